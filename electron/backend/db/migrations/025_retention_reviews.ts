import type { Kysely } from 'kysely';
import { makeAppendOnly } from '../appendOnly';
import { primaryId } from '../dialect';

/**
 * Retention reviews: each decision on a record the office's schedule brought up — erased, or kept
 * with a reason until a date when it comes up again. Append-only: a later review adds a row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('retention_reviews')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('record_id', 'integer', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addColumn('review_again_on', 'text')
    .execute();
  await db.schema
    .createIndex('retention_reviews_record')
    .on('retention_reviews')
    .columns(['kind', 'record_id', 'review_again_on'])
    .execute();
  await makeAppendOnly(db, 'retention_reviews', 'Retention reviews are append-only: a later review adds a row');
}
