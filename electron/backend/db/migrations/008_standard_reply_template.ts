import { sql, type Kysely } from 'kysely';

const STANDARD_REPLY = `{{constituent.address}}

{{today}}

Dear {{constituent.firstName}},

Thank you for supporting “{{campaign.title}}”. You were one of {{campaign.signatures}} people who asked: {{campaign.ask}}

[Say what has happened since: the petition delivered, the government’s response, what happens next.]

I will keep pressing for this, and I will write again when there is news.

Yours sincerely,

{{signature}}`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`INSERT INTO letter_templates (name, purpose, subject, body, updated_at) VALUES
    (${'Campaign standard reply'}, ${'standard_reply'}, ${'{{campaign.title}}'}, ${STANDARD_REPLY}, ${'2026-11-28T00:00:00.000Z'})`.execute(
    db,
  );
}
