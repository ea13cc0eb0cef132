import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CamelCasePlugin,
  CompiledQuery,
  Kysely,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDatabase as KyselySqliteDatabase,
} from 'kysely';
import { checkDataFileReadOnly, inspectDataFileHeader, POSTBAG_APPLICATION_ID } from './dataFileGuard';
import { migrateOrClose } from './migrate';
import type { Database } from './schema';

export { DatabaseRefusedError, POSTBAG_APPLICATION_ID, type RefusalReason } from './dataFileGuard';

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron uses its own build). */
  nativeBinding?: string;
  /** Stop at this schema version (migration tests); the latest by default. */
  targetVersion?: number;
}

export interface OpenedDatabase {
  db: Kysely<Database>;
  /** A second connection that cannot write: queries run on it, so a query never writes by construction. */
  reader: Kysely<Database>;
  sqlite: SqliteDatabase.Database;
  schemaVersion: number;
  /** Moves committed pages out of the -wal and empties it, so removed values are not left readable there. */
  checkpoint(): void;
  close(): Promise<void>;
}

const OWNER_ONLY = 0o600;

function applyConnectionSettings(sqlite: SqliteDatabase.Database): void {
  sqlite.pragma('journal_mode = WAL');
  // better-sqlite3 builds default to NORMAL, which can lose committed work on power loss.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Erased casework must not linger in free pages of the file.
  sqlite.pragma('secure_delete = ON');
}

/**
 * A new office's file is made aside and renamed into place once it carries Postbag's application
 * id (written before WAL mode, so straight into the file): a file named postbag.sqlite is always ours.
 */
function createDataFile(file: string, nativeBinding: string | undefined): void {
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${crypto.randomBytes(6).toString('hex')}.new`,
  );
  fs.writeFileSync(temporary, '', { mode: OWNER_ONLY, flag: 'wx' });
  try {
    const sqlite = new SqliteDatabase(temporary, { nativeBinding });
    try {
      sqlite.pragma(`application_id = ${POSTBAG_APPLICATION_ID}`);
      sqlite.pragma('journal_mode = WAL');
    } finally {
      sqlite.close();
    }
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** SQLite files hold special-category data: the owner alone may read them (-wal and -shm follow the file's mode). */
function makeOwnerOnly(file: string): void {
  for (const name of [file, `${file}-wal`, `${file}-shm`]) {
    if (fs.existsSync(name)) fs.chmodSync(name, OWNER_ONLY);
  }
}

/**
 * SQLite rolls a transaction back by itself on some failures (disk full, I/O error); Kysely's
 * ROLLBACK would then fail with "no transaction is active" and hide the real cause.
 */
class SqliteDriverKeepingCause extends SqliteDriver {
  constructor(
    config: ConstructorParameters<typeof SqliteDriver>[0],
    private readonly sqlite: SqliteDatabase.Database,
  ) {
    super(config);
  }

  /**
   * Every transaction here writes: it takes the write lock as it begins, so two writers (the backend
   * and a job's thread) take turns instead of the second failing on a stale read (SQLITE_BUSY_SNAPSHOT).
   */
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('BEGIN IMMEDIATE'));
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.sqlite.inTransaction) await super.rollbackTransaction(connection);
  }
}

const STATEMENT_CACHE_SIZE = 200;

/**
 * Kysely prepares every statement afresh; better-sqlite3 statements can be run again, and a big
 * one (a 500-row insert) costs as much to prepare as to run. Safe because Kysely runs one query at a
 * time on the connection and never leaves one iterating (no streaming here).
 */
function withStatementCache(sqlite: SqliteDatabase.Database): KyselySqliteDatabase {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    prepare(source) {
      let statement = cache.get(source);
      if (statement) {
        cache.delete(source);
      } else {
        statement = sqlite.prepare(source);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      cache.set(source, statement);
      return statement;
    },
    close: () => sqlite.close(),
  };
}

class PostbagSqliteDialect extends SqliteDialect {
  constructor(
    private readonly sqlite: SqliteDatabase.Database,
    private readonly cached = withStatementCache(sqlite),
  ) {
    super({ database: cached });
  }

  override createDriver(): Driver {
    return new SqliteDriverKeepingCause({ database: this.cached }, this.sqlite);
  }
}

/**
 * A second connection to a data file the backend has already checked and migrated: a long job's
 * worker thread uses its own, so the thread that answers calls is never held up by it.
 */
export function openWorkerConnection(file: string, nativeBinding?: string): Kysely<Database> {
  const sqlite = new SqliteDatabase(file, { nativeBinding, fileMustExist: true });
  applyConnectionSettings(sqlite);
  return withHandle(
    new Kysely<Database>({ dialect: new PostbagSqliteDialect(sqlite), plugins: [new CamelCasePlugin()] }),
    sqlite,
  );
}

const HANDLES = new WeakMap<Kysely<Database>, SqliteDatabase.Database>();

function withHandle(db: Kysely<Database>, sqlite: SqliteDatabase.Database): Kysely<Database> {
  HANDLES.set(db, sqlite);
  return db;
}

/** The better-sqlite3 connection under a writer this module opened: SQLite's online backup API works on it. */
export function sqliteHandleOf(db: Kysely<Database>): SqliteDatabase.Database | undefined {
  return HANDLES.get(db);
}

/**
 * Opens the data file (a new one when there is none). An existing file is checked before the first
 * write — ours, not newer, not damaged — and refused untouched otherwise; then settings, migrations.
 */
export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  if (fs.existsSync(file)) inspectDataFileHeader(file);
  else createDataFile(file, options.nativeBinding);
  checkDataFileReadOnly(file, options.nativeBinding);

  const sqlite = new SqliteDatabase(file, { nativeBinding: options.nativeBinding, fileMustExist: true });
  try {
    applyConnectionSettings(sqlite);
    makeOwnerOnly(file);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = withHandle(
    new Kysely<Database>({ dialect: new PostbagSqliteDialect(sqlite), plugins: [new CamelCasePlugin()] }),
    sqlite,
  );
  const schemaVersion = await migrateOrClose(db as Kysely<unknown>, options.targetVersion);
  const readOnly = new SqliteDatabase(file, {
    nativeBinding: options.nativeBinding,
    readonly: true,
    fileMustExist: true,
  });
  readOnly.pragma('busy_timeout = 5000');
  const reader = new Kysely<Database>({
    dialect: new PostbagSqliteDialect(readOnly),
    plugins: [new CamelCasePlugin()],
  });
  return {
    db,
    reader,
    sqlite,
    schemaVersion,
    checkpoint: () => sqlite.pragma('wal_checkpoint(TRUNCATE)'),
    close: async () => {
      await reader.destroy();
      await db.destroy();
    },
  };
}
