import type { Kysely } from 'kysely';
import { primaryId } from '../dialect';

/**
 * The subject access request log: when each request arrived, how, its due date (one calendar month)
 * and when it was answered. Erasing the person leaves the row without them (the office keeps the
 * fact that it answered in time).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('subject_access_requests')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('constituent_id', 'integer', (c) => c.references('constituents.id').onDelete('set null'))
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('received_by', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('answered_on', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('subject_access_requests_open')
    .on('subject_access_requests')
    .columns(['answered_on', 'due_on'])
    .execute();
}
