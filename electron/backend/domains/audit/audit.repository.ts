import type { EntityKind } from '../../../../shared/contract/changes';
import type { Db } from '../../context';

export interface AuditEntry {
  at: string;
  actor: string;
  entity: EntityKind;
  entityId: number | null;
  action: string;
}

/** Who did what to which record, and when; never the personal content itself. */
export async function insertAuditEntries(db: Db, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.insertInto('auditLog').values(entries).execute();
}

/** The newest audit entry for a record (who last did what to it, and when), if any. */
export async function latestAuditEntry(db: Db, entity: EntityKind, entityId: number) {
  return db
    .selectFrom('auditLog')
    .select(['actor', 'at', 'action'])
    .where('entity', '=', entity)
    .where('entityId', '=', entityId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
