import { sql, type Kysely } from 'kysely';
import { emailKey, nameKey } from '../../../../shared/samePerson';

/** As the app's Kysely returns it (its CamelCasePlugin renames result columns). */
interface Person {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
}

/**
 * The one same-person rule's keys on each constituent, so the duplicate warning compares names
 * without case, accents, punctuation or spacing, and e-mails in any case, in any engine.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('constituents')
    .addColumn('name_key', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('constituents')
    .addColumn('email_key', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  const people = await sql<Person>`SELECT id, first_name, last_name, email FROM constituents`.execute(db);
  for (const person of people.rows) {
    await sql`UPDATE constituents SET name_key = ${nameKey(`${person.firstName} ${person.lastName}`)}, email_key = ${emailKey(person.email)} WHERE id = ${person.id}`.execute(
      db,
    );
  }
  await db.schema.createIndex('constituents_email_key').on('constituents').column('email_key').execute();
  await db.schema
    .createIndex('constituents_name_key_postcode')
    .on('constituents')
    .columns(['name_key', 'postcode'])
    .execute();
}
