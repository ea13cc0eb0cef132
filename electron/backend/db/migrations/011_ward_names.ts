import type { Kysely } from 'kysely';

/** Ward names from the ONS names-and-codes file, so wards show by name when the directory carries only codes. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ward_names')
    .addColumn('ward_code', 'text', (c) => c.primaryKey())
    .addColumn('ward_name', 'text', (c) => c.notNull())
    .execute();
}
