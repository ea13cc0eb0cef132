import { formatUkDateTime } from '../../../../shared/dates';
import type { ServerArchiving } from '../../../../shared/contract/backups';
import type { Db } from '../../context';
import { readServerArchiver } from './backups.repository';

/**
 * What the office's PostgreSQL server says about its own archiving of the write-ahead log (the one
 * backup a server reports on; a nightly pg_dump leaves no trace there).
 */
export async function serverArchiving(db: Db): Promise<ServerArchiving> {
  const row = await readServerArchiver(db);
  if (!row || row.mode === 'off') return { archiving: false, lastArchivedAt: null, failingSince: null };
  const failing = row.lastFailedAt !== null && (row.lastArchivedAt === null || row.lastFailedAt > row.lastArchivedAt);
  return {
    archiving: true,
    lastArchivedAt: row.lastArchivedAt?.toISOString() ?? null,
    failingSince: failing ? row.lastFailedAt!.toISOString() : null,
  };
}

/** The dashboard's word on it: only a failure the server reports (a quiet office archives nothing for days). */
export function serverArchivingWarning(status: ServerArchiving): string | null {
  if (!status.failingSince) return null;
  return `The office server has failed to archive its write-ahead log since ${formatUkDateTime(status.failingSince)}: its backups may be incomplete. Ask whoever looks after the server to check archive_command.`;
}
