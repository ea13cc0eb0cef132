import { caseless, primaryId } from '../dialect';
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('case_reference_counters')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('cases')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('constituent_id', 'integer', (c) => c.notNull().references('constituents.id').onDelete('restrict'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('assignee', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('opened_on', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text')
    .addColumn('closed_on', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('is_example', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The case list filters by one of these and sorts; each index serves a common view.
  await db.schema.createIndex('cases_constituent').on('cases').column('constituent_id').execute();
  await db.schema.createIndex('cases_opened').on('cases').column('opened_on').execute();
  await db.schema.createIndex('cases_status_opened').on('cases').columns(['status', 'opened_on']).execute();
  await db.schema.createIndex('cases_status_due').on('cases').columns(['status', 'due_on']).execute();
  await db.schema.createIndex('cases_category_opened').on('cases').columns(['category', 'opened_on']).execute();
  await db.schema
    .createIndex('cases_assignee')
    .on('cases')
    .expression(sql`${caseless(db, 'assignee')}, category, status`)
    .execute();
  await db.schema
    .createIndex('cases_live_due')
    .on('cases')
    .column('due_on')
    .where(sql.ref('status'), '!=', sql.lit('closed'))
    .execute();

  await db.schema
    .createTable('case_events')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_events_case').on('case_events').columns(['case_id', 'at']).execute();
}
