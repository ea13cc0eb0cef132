import type { Kysely } from 'kysely';
import { createSearchIndex } from '../searchIndex';

/**
 * The global search's index (empty: the backend fills it at start from the records, with the indexing
 * rules of the day, and keeps it current in every unit of work), and signers found by name.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createSearchIndex(db);
  await db.schema.createIndex('signatures_name_key').on('signatures').column('name_key').execute();
}
