import type { Kysely } from 'kysely';

/** Each case and constituent carries the version an edit started from: a stale edit is refused, never silently applied. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['cases', 'constituents']) {
    await db.schema
      .alterTable(table)
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
  }
}
