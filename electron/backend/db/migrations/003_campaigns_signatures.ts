import { primaryId } from '../dialect';
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('campaigns')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('ask', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('target_organisation', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('owner', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signature_goal', 'integer')
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('stage_since', 'text', (c) => c.notNull())
    .addColumn('is_example', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('campaign_events')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('campaign_id', 'integer', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('stage', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('campaign_events_campaign')
    .on('campaign_events')
    .columns(['campaign_id', 'occurred_on'])
    .execute();

  await db.schema
    .createTable('campaign_figures')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('campaign_id', 'integer', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('as_of', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('campaign_figures_campaign').on('campaign_figures').column('campaign_id').execute();

  await db.schema
    .createTable('campaign_constituents')
    .addColumn('campaign_id', 'integer', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('constituent_id', 'integer', (c) => c.notNull().references('constituents.id').onDelete('cascade'))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('campaign_constituents_pk', ['campaign_id', 'constituent_id'])
    .execute();

  await db.schema
    .alterTable('cases')
    .addColumn('campaign_id', 'integer', (c) => c.references('campaigns.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('cases_campaign').on('cases').column('campaign_id').execute();

  await db.schema
    .createTable('signature_batches')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('campaign_id', 'integer', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('encoding', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('rows_total', 'integer', (c) => c.notNull())
    .addColumn('imported', 'integer', (c) => c.notNull())
    .addColumn('duplicates', 'integer', (c) => c.notNull())
    .addColumn('invalid', 'integer', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .addColumn('undone_by', 'text')
    .execute();
  await db.schema.createIndex('signature_batches_campaign').on('signature_batches').column('campaign_id').execute();

  await db.schema
    .createTable('signatures')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('campaign_id', 'integer', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('batch_id', 'integer', (c) => c.notNull().references('signature_batches.id').onDelete('cascade'))
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('postcode', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signed_on', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('constituent_id', 'integer', (c) => c.references('constituents.id').onDelete('set null'))
    .execute();
  // No unique index for the dedupe rules: each import checks them inside its own transaction
  // (SQLite has one writer), and the two indexes cost a quarter of a 100,000-row import.
  await db.schema
    .createIndex('signatures_campaign_postcode')
    .on('signatures')
    .columns(['campaign_id', 'postcode'])
    .execute();
  await db.schema
    .createIndex('signatures_campaign_signed')
    .on('signatures')
    .columns(['campaign_id', 'signed_on'])
    .execute();
  await db.schema.createIndex('signatures_batch').on('signatures').column('batch_id').execute();
  await db.schema.createIndex('signatures_constituent').on('signatures').column('constituent_id').execute();
  await db.schema
    .createIndex('signatures_campaign_linked')
    .on('signatures')
    .columns(['campaign_id', 'constituent_id'])
    .where(sql.ref('constituent_id'), 'is not', null)
    .execute();

  await db.schema
    .createTable('postcode_wards')
    .addColumn('postcode', 'text', (c) => c.primaryKey())
    .addColumn('ward_code', 'text', (c) => c.notNull())
    .addColumn('ward_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('constituency_code', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}
