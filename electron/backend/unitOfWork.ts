import type { Transaction } from 'kysely';
import type { Change, EntityKind } from '../../shared/contract/changes';
import { nowIso, todayIso, type BackendContext, type Caller, type CommandContext } from './context';
import type { Database } from './db/schema';
import { insertAuditEntries, type AuditEntry } from './domains/audit/audit.repository';
import { refreshSearchIndex } from './domains/search/search.service';

/** What a command's work gets: its transaction, who is acting and when, and where to say what it did. */
export interface Work {
  readonly trx: Transaction<Database>;
  /** The caller, as the name on audit entries, notes and timelines. */
  readonly actor: string;
  readonly at: string;
  readonly today: string;
  /** Who did what to which record (never its personal content); the record is reported as changed. */
  audit(entity: EntityKind, entityId: number | null, action: string): void;
  /** A record changed as a side effect, with no audit entry of its own. */
  changed(entity: EntityKind, entityId?: number | null): void;
}

/**
 * One unit of work: one transaction, the caller as actor, its audit entries written with it, and the
 * changes reported only once it has committed. Every write in the backend goes through here.
 */
async function runUnitOfWork<T>(
  ctx: BackendContext,
  caller: Caller,
  committed: Change[],
  work: (work: Work) => Promise<T>,
): Promise<T> {
  const at = nowIso(ctx);
  const audit: AuditEntry[] = [];
  const changes: Change[] = [];
  const changed = (entity: EntityKind, entityId: number | null = null) => {
    if (!changes.some((change) => change.entity === entity && change.id === entityId)) {
      changes.push({ entity, id: entityId });
    }
  };
  const result = await ctx.db.transaction().execute(async (trx) => {
    const value = await work({
      trx,
      actor: caller.staffName,
      at,
      today: todayIso(ctx),
      audit: (entity, entityId, action) => {
        audit.push({ at, actor: caller.staffName, entity, entityId, action });
        changed(entity, entityId);
      },
      changed,
    });
    await insertAuditEntries(trx, audit);
    await refreshSearchIndex(trx, changes);
    return value;
  });
  committed.push(...changes);
  return result;
}

/** A command's context: the caller, and its one unit of work, whose changes land in `committed`. */
export function commandContext(ctx: BackendContext, caller: Caller, committed: Change[]): CommandContext {
  let started = false;
  return {
    ...ctx,
    caller,
    unitOfWork(work, actingAs) {
      if (started) throw new Error('A command runs one unit of work.');
      started = true;
      return runUnitOfWork(ctx, actingAs === undefined ? caller : { ...caller, staffName: actingAs }, committed, work);
    },
  };
}
