import type { Kysely } from 'kysely';
import { makeAppendOnly } from '../appendOnly';

/** The audit log becomes append-only, and is read by staff member, record, action and date. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await makeAppendOnly(db, 'audit_log', 'The audit log is append-only: its entries cannot be changed or removed');
  await db.schema.dropIndex('audit_log_entity').execute();
  await db.schema.createIndex('audit_log_record').on('audit_log').columns(['entity', 'entity_id', 'id']).execute();
  await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor', 'id']).execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
}
