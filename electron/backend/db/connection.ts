import fs from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { migrateTo } from './migrate';
import type { Database } from './schema';

/** 'PBAG': marks a SQLite file as Postbag's. */
export const POSTBAG_APPLICATION_ID = 0x50424147;

export type RefusalReason = 'newer_version' | 'not_postbag' | 'unreadable';

/** The file exists but is not safe to open; it has not been changed. */
export class DatabaseRefusedError extends Error {
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseRefusedError';
  }
}

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron uses its own build). */
  nativeBinding?: string;
  /** Stop at this schema version (migration tests); the latest by default. */
  targetVersion?: number;
}

export interface OpenedDatabase {
  db: Kysely<Database>;
  sqlite: SqliteDatabase.Database;
  schemaVersion: number;
  close(): Promise<void>;
}

function refuseUnlessSafe(sqlite: SqliteDatabase.Database, file: string): void {
  let applicationId: number;
  let userVersion: number;
  try {
    applicationId = sqlite.pragma('application_id', { simple: true }) as number;
    userVersion = sqlite.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    throw new DatabaseRefusedError(
      'unreadable',
      `The data file ${file} cannot be read as a database (${(error as Error).message}). ` +
        'It has been left as it is. Restore it from a backup, or move it elsewhere to start afresh.',
    );
  }
  if (applicationId !== 0 && applicationId !== POSTBAG_APPLICATION_ID) {
    throw new DatabaseRefusedError(
      'not_postbag',
      `The file ${file} is a database from another program, not a Postbag data file. It has been left as it is.`,
    );
  }
  if (userVersion > LATEST_SCHEMA_VERSION) {
    throw new DatabaseRefusedError(
      'newer_version',
      `The data file ${file} was written by a newer version of Postbag (schema ${userVersion}; this version knows up to ${LATEST_SCHEMA_VERSION}). ` +
        'It has been left as it is: install the latest Postbag to open it.',
    );
  }
}

function applyConnectionSettings(sqlite: SqliteDatabase.Database): void {
  sqlite.pragma('journal_mode = WAL');
  // better-sqlite3 builds default to NORMAL, which can lose committed work on power loss.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Erased casework must not linger in free pages of the file.
  sqlite.pragma('secure_delete = ON');
}

/** Opens (creating if needed) the data file, refuses unsafe files untouched, applies settings, migrates. */
export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const existed = fs.existsSync(file);
  const sqlite = new SqliteDatabase(file, { nativeBinding: options.nativeBinding });
  try {
    if (existed) refuseUnlessSafe(sqlite, file);
    applyConnectionSettings(sqlite);
    if (sqlite.pragma('application_id', { simple: true }) === 0) {
      sqlite.pragma(`application_id = ${POSTBAG_APPLICATION_ID}`);
    }
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    plugins: [new CamelCasePlugin()],
  });
  let schemaVersion: number;
  try {
    schemaVersion = await migrateTo(db as Kysely<unknown>, options.targetVersion);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, sqlite, schemaVersion, close: () => db.destroy() };
}
