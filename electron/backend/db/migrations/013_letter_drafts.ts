import { primaryId } from '../dialect';
import type { Kysely } from 'kysely';

/** A letter being written, saved as the caseworker types, until it is marked as sent (or discarded). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('letter_drafts')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('case_id', 'integer', (c) => c.references('cases.id').onDelete('cascade'))
    .addColumn('campaign_id', 'integer', (c) => c.references('campaigns.id').onDelete('cascade'))
    .addColumn('organisation_id', 'integer', (c) => c.references('organisations.id').onDelete('set null'))
    .addColumn('previous_id', 'integer', (c) => c.references('correspondence.id').onDelete('set null'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('template_id', 'integer')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('letter_drafts_case').on('letter_drafts').column('case_id').execute();
}
