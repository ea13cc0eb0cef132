import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('parliament_petitions')
    .addColumn('campaign_id', 'integer', (c) => c.primaryKey().references('campaigns.id').onDelete('cascade'))
    .addColumn('petition_id', 'integer')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('signature_count', 'integer', (c) => c.notNull())
    .addColumn('constituency_name', 'text', (c) => c.notNull())
    .addColumn('constituency_code', 'text', (c) => c.notNull())
    .addColumn('constituency_count', 'integer', (c) => c.notNull())
    .addColumn('constituency_rank', 'integer', (c) => c.notNull())
    .addColumn('constituencies_total', 'integer', (c) => c.notNull())
    .addColumn('response_summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('response_details', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('responded_on', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('file_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .execute();
}
