import type { Kysely } from 'kysely';

/** What a signer wrote beside their signature ("my car was broken into twice"), kept from the import. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('signatures')
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}
