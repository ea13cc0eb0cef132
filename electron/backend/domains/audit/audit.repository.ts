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
