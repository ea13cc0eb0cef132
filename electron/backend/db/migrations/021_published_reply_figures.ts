import type { Kysely } from 'kysely';

/**
 * The Cabinet Office's yearly figures on replies to MPs' letters, as loaded by the office (empty: the
 * copy shipped with Postbag is in use). One row per department; the table's "Total" row among them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('published_reply_figures')
    .addColumn('department', 'text', (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('target_working_days', 'integer')
    .addColumn('received', 'integer')
    .addColumn('within_target_percent', 'real')
    .addColumn('within_twenty_days_percent', 'real')
    .execute();
}
