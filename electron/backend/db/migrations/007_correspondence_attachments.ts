import { primaryId } from '../dialect';
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('correspondence_attachments')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('correspondence_id', 'integer', (c) => c.notNull().references('correspondence.id').onDelete('cascade'))
    // The name the file had when it was attached; the copy on disk is named by its SHA-256.
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('correspondence_attachments_item')
    .on('correspondence_attachments')
    .column('correspondence_id')
    .execute();
  await db.schema
    .createIndex('correspondence_attachments_sha256')
    .on('correspondence_attachments')
    .column('sha256')
    .execute();
}
