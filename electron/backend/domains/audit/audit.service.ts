import type { EntityKind } from '../../../../shared/contract/changes';
import { formatUkDateTime } from '../../../../shared/dates';
import type { Db } from '../../context';
import { DomainError } from '../../errors';
import { latestAuditEntry } from './audit.repository';

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
