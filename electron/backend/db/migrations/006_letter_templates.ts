import { primaryId } from '../dialect';
import { sql, type Kysely } from 'kysely';

const LETTER = `{{organisation.address}}

{{today}}

Our reference: {{case.reference}}

Dear Sir or Madam,

I am writing on behalf of my constituent, {{constituent.fullName}}, of:

{{constituent.address}}

[Set out the constituent’s concern and what you are asking for.]

I would be grateful for your reply within your published target, and for anything you can do to help.

Yours sincerely,

{{signature}}`;

const CHASER = `{{organisation.address}}

{{today}}

Our reference: {{case.reference}}

Dear Sir or Madam,

On {{previous.date}} I wrote to you about “{{previous.subject}}” on behalf of my constituent, {{constituent.fullName}}. I have not yet had a reply, and the time you aim to reply within has now passed.

I would be grateful for a full reply as soon as possible.

Yours sincerely,

{{signature}}`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('letter_templates')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  const at = '2026-11-24T00:00:00.000Z';
  await sql`INSERT INTO letter_templates (name, purpose, subject, body, updated_at) VALUES
    (${'Letter about a case'}, ${'letter'}, ${'{{case.title}}'}, ${LETTER}, ${at}),
    (${'Chaser'}, ${'chaser'}, ${'Chasing: {{previous.subject}}'}, ${CHASER}, ${at})`.execute(db);
}
