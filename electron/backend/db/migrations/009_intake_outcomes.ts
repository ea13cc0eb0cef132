import { primaryId } from '../dialect';
import { sql, type Kysely } from 'kysely';
import { foldText, phoneDigits } from '../../../../shared/textMatching';

/** The outcomes an office starts with; it can add its own. Closed cases before this version get the last. */
const STARTING_OUTCOMES = [
  'Resolved in the constituent’s favour',
  'Partly resolved',
  'Not resolved',
  'Referred to another organisation',
  'No further action needed',
  'Constituent withdrew',
  'Other (see note)',
];

/** As the app's Kysely returns it (its CamelCasePlugin renames result columns). */
interface OldConstituent {
  id: number;
  title: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  addressLine1: string;
  addressLine2: string;
  town: string;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  // What the intake search compares: folded names, e-mail and address in one column, a phone number's digits.
  await db.schema
    .alterTable('constituents')
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('constituents')
    .addColumn('phone_digits', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  // "Dear Mr Whitfield" or "Dear Tom": how the person likes to be addressed in letters.
  await db.schema
    .alterTable('constituents')
    .addColumn('salutation', 'text', (c) => c.notNull().defaultTo('title_surname'))
    .execute();
  const people =
    await sql<OldConstituent>`SELECT id, title, first_name, last_name, email, phone, address_line1, address_line2, town FROM constituents`.execute(
      db,
    );
  for (const person of people.rows) {
    const searchText = foldText(
      [
        person.title,
        person.firstName,
        person.lastName,
        person.email,
        person.addressLine1,
        person.addressLine2,
        person.town,
      ].join(' '),
    );
    await sql`UPDATE constituents SET search_text = ${searchText}, phone_digits = ${phoneDigits(person.phone)} WHERE id = ${person.id}`.execute(
      db,
    );
  }

  await db.schema
    .createTable('case_outcomes')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('label', 'text', (c) => c.notNull().unique())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db
    .insertInto('case_outcomes' as never)
    .values(STARTING_OUTCOMES.map((label, position) => ({ label, position })) as never)
    .execute();
  await db.schema
    .alterTable('cases')
    .addColumn('outcome_note', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await sql`UPDATE cases SET outcome_note = outcome, outcome = ${STARTING_OUTCOMES.at(-1)} WHERE outcome != ''`.execute(
    db,
  );

  // A change of priority, assignee or due date on the timeline: which field, from what, to what.
  await db.schema.alterTable('case_events').addColumn('field', 'text').execute();
  await db.schema.alterTable('case_events').addColumn('from_value', 'text').execute();
  await db.schema.alterTable('case_events').addColumn('to_value', 'text').execute();
}
