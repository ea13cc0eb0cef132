import type { Kysely } from 'kysely';

/** Organisations, campaigns and letter templates carry the version an edit started from too: a stale edit is refused, not applied. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['organisations', 'campaigns', 'letter_templates']) {
    await db.schema
      .alterTable(table)
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
  }
}
