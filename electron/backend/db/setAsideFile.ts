import SqliteDatabase from 'better-sqlite3';

export interface RecordedErasure {
  erasedAt: string;
  actor: string;
  reason: string;
  records: string;
}

/**
 * The erasures recorded in a data file set aside by a restore, after a moment (the backup's): read
 * read-only, so the file stays as it was. None when it has no record of erasures (an older
 * Postbag's) or cannot be read; the caller says so.
 */
export function erasuresRecordedIn(file: string, after: string, nativeBinding?: string): RecordedErasure[] {
  const sqlite = new SqliteDatabase(file, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'erasures'").get();
    if (!table) return [];
    return sqlite
      .prepare('SELECT erased_at AS erasedAt, actor, reason, records FROM erasures WHERE erased_at > ? ORDER BY id')
      .all(after) as RecordedErasure[];
  } finally {
    sqlite.close();
  }
}
