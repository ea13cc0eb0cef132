import type { Kysely } from 'kysely';

/**
 * The Reports page reads a year of cases from these alone (index-only scans): cases opened in a range
 * with what it counts them by, and cases closed in a range with when they opened and their outcome.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('cases_report_opened')
    .on('cases')
    .columns(['opened_on', 'category', 'status', 'assignee', 'constituent_id'])
    .execute();
  await db.schema
    .createIndex('cases_report_closed')
    .on('cases')
    .columns(['status', 'closed_on', 'opened_on', 'outcome'])
    .execute();
}
