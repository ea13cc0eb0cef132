import { sql } from 'kysely';
import type { Db } from '../../context';

/** The office server's WAL archiver, as PostgreSQL reports it (archive_mode, and its last success and failure). */
export async function readServerArchiver(db: Db) {
  const { rows } = await sql<{
    mode: string;
    lastArchivedAt: Date | null;
    lastFailedAt: Date | null;
  }>`SELECT current_setting('archive_mode') AS "mode", last_archived_time AS "lastArchivedAt",
       last_failed_time AS "lastFailedAt" FROM pg_stat_archiver`.execute(db);
  return rows[0];
}
