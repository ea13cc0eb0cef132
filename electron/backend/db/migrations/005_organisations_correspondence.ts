import { primaryId } from '../dialect';
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reply_target_days', 'integer', (c) => c.notNull())
    .addColumn('is_example', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('organisations_name')
    .on('organisations')
    .expression(sql`lower(name)`)
    .execute();

  await db.schema
    .createTable('correspondence')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'integer', (c) => c.references('organisations.id').onDelete('set null'))
    .addColumn('case_id', 'integer', (c) => c.references('cases.id').onDelete('cascade'))
    .addColumn('campaign_id', 'integer', (c) => c.references('campaigns.id').onDelete('cascade'))
    .addColumn('constituent_id', 'integer', (c) => c.references('constituents.id').onDelete('cascade'))
    .addColumn('our_reference', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('their_reference', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('dated_on', 'text', (c) => c.notNull())
    // Outgoing items that expect a reply:
    .addColumn('reply_state', 'text', (c) => c.notNull().defaultTo('not_needed'))
    .addColumn('reply_due_on', 'text')
    .addColumn('replied_on', 'text')
    .addColumn('response_working_days', 'integer')
    // Incoming items that answer an outgoing one:
    .addColumn('in_reply_to', 'integer', (c) => c.references('correspondence.id').onDelete('set null'))
    .addColumn('is_holding', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_example', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('correspondence_case').on('correspondence').column('case_id').execute();
  await db.schema.createIndex('correspondence_campaign').on('correspondence').column('campaign_id').execute();
  await db.schema.createIndex('correspondence_constituent').on('correspondence').column('constituent_id').execute();
  await db.schema
    .createIndex('correspondence_organisation')
    .on('correspondence')
    .columns(['organisation_id', 'dated_on'])
    .execute();
  await db.schema.createIndex('correspondence_reply_to').on('correspondence').column('in_reply_to').execute();
  await db.schema
    .createIndex('correspondence_awaiting')
    .on('correspondence')
    .column('reply_due_on')
    .where(sql.ref('reply_state'), '=', sql.lit('awaiting'))
    .execute();

  // An office-loaded copy of the official list; when empty, the bundled list is used.
  await db.schema
    .createTable('bank_holidays')
    .addColumn('date', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}
