import type { Kysely } from 'kysely';
import { makeAppendOnly } from '../appendOnly';
import { primaryId } from '../dialect';

/**
 * The record of erasures: when, by whom, why, and which records went (their numbers only), so an
 * older backup restored later can have the same erasures applied again. Append-only, like the audit.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('erasures')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('erased_at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('constituent_id', 'integer')
    .addColumn('records', 'text', (c) => c.notNull())
    .execute();
  await makeAppendOnly(db, 'erasures', 'The record of erasures is append-only: it cannot be changed or removed');
}
