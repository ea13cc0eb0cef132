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

export interface AuditFilter {
  actor?: string;
  entity?: EntityKind;
  entityId?: number;
  action?: string;
  /** ISO timestamps: from (inclusive) and until (exclusive). */
  from?: string;
  until?: string;
  before?: number;
}

/** The newest entries matching every filter given, newest first (one more than asked: is there more?). */
export async function auditEntries(db: Db, filter: AuditFilter, limit: number) {
  let query = db.selectFrom('auditLog').select(['id', 'at', 'actor', 'entity', 'entityId', 'action']);
  if (filter.actor !== undefined) query = query.where('actor', '=', filter.actor);
  if (filter.entity !== undefined) query = query.where('entity', '=', filter.entity);
  if (filter.entityId !== undefined) query = query.where('entityId', '=', filter.entityId);
  if (filter.action !== undefined) query = query.where('action', '=', filter.action);
  if (filter.from !== undefined) query = query.where('at', '>=', filter.from);
  if (filter.until !== undefined) query = query.where('at', '<', filter.until);
  if (filter.before !== undefined) query = query.where('id', '<', filter.before);
  return query.orderBy('id', 'desc').limit(limit).execute();
}

/** Everyone named in the log (staff past and present), for the viewer's filter. */
export async function auditActors(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('auditLog').select('actor').distinct().orderBy('actor').execute();
  return rows.map((row) => row.actor);
}
