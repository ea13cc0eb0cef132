import { sql, type Updateable } from 'kysely';
import type { Db } from '../context';
import type { Database } from './schema';

/** The tables whose rows carry the version an edit started from. */
type VersionedTable = 'cases' | 'constituents' | 'campaigns' | 'organisations' | 'letterTemplates';

/**
 * Applies an edit only if the row is still at the version it started from, and moves the version on:
 * false when a colleague changed the row since (or it is gone), so nothing is silently overwritten.
 */
export async function updateAtVersion<T extends VersionedTable>(
  db: Db,
  table: T,
  id: number,
  version: number,
  changes: Updateable<Database[T]>,
): Promise<boolean> {
  // One statement for every versioned table: Kysely cannot type `set` over a union of tables, so it is given one of them.
  const result = await db
    .updateTable(table as 'cases')
    .set({ ...(changes as Updateable<Database['cases']>), version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
