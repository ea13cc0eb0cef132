import type { Kysely } from 'kysely';

/**
 * Consent to act on a case: how the constituent gave it ('' until recorded) and on which day.
 * Existing cases start unrecorded.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('cases')
    .addColumn('consent_given_by', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.alterTable('cases').addColumn('consent_given_on', 'text').execute();
}
