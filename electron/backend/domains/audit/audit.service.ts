import type { EntityKind } from '../../../../shared/contract/changes';
import { formatUkDateTime } from '../../../../shared/dates';
import type { ParsedInput } from '../../../../shared/contract/api';
import { AUDIT_PAGE_SIZE, type AuditPage } from '../../../../shared/contract/audit';
import type { Db, QueryContext } from '../../context';
import { DomainError } from '../../errors';
import { auditActors, auditEntries, latestAuditEntry } from './audit.repository';

/**
 * The refusal of an edit that started from an older version: it names who changed the record and
 * when, so nothing is silently overwritten ("Sam Okoro changed this case at 2 Dec 2026, 14:02 — …").
 */
export async function staleEdit(db: Db, entity: EntityKind, id: number, what: string): Promise<DomainError> {
  const latest = await latestAuditEntry(db, entity, id);
  const who = latest ? `${latest.actor} changed ${what} at ${formatUkDateTime(latest.at)}` : `${what} has changed`;
  return new DomainError(
    'CONFLICT',
    `${who[0]!.toUpperCase()}${who.slice(1)} — reload to see it, then make your change again.`,
    {
      changedBy: latest?.actor ?? null,
      changedAt: latest?.at ?? null,
    },
  );
}

/** The day after an ISO date, as the instant it starts (UTC, as entries are stamped). */
function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}

/** The audit log for administrators: filtered by staff member, record, action and dates, newest first, a page at a time. */
export async function listAudit(ctx: QueryContext, input: ParsedInput<'audit.list'>): Promise<AuditPage> {
  const { from, to, ...rest } = input;
  const filter = {
    ...rest,
    ...(from ? { from: `${from}T00:00:00.000Z` } : {}),
    ...(to ? { until: dayAfter(to) } : {}),
  };
  const [rows, actors] = await Promise.all([
    auditEntries(ctx.reader, filter, AUDIT_PAGE_SIZE + 1),
    auditActors(ctx.reader),
  ]);
  return {
    entries: rows.slice(0, AUDIT_PAGE_SIZE).map((row) => ({ ...row, entity: row.entity as EntityKind })),
    more: rows.length > AUDIT_PAGE_SIZE,
    actors,
  };
}
