import type { Db } from '../../context';

export type AuditEntity =
  | 'constituent'
  | 'case'
  | 'settings'
  | 'example_data'
  | 'campaign'
  | 'signature_batch'
  | 'postcode_directory'
  | 'organisation'
  | 'correspondence'
  | 'letter_template'
  | 'attachment'
  | 'case_outcome'
  | 'letter_draft';

export interface AuditEntry {
  at: string;
  actor: string;
  entity: AuditEntity;
  entityId: number | null;
  action: string;
}

/** Who did what to which record, and when; never the personal content itself. */
export async function insertAuditEntries(db: Db, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.insertInto('auditLog').values(entries).execute();
}
