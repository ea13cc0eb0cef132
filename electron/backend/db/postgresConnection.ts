import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrateOrClose } from './migrate';
import type { Database } from './schema';

export interface OpenedPostgres {
  db: Kysely<Database>;
  /** The writer's pool, for what Kysely does not say (NOTIFY). */
  pool: pg.Pool;
  reader: Kysely<Database>;
  schemaVersion: number;
  close(): Promise<void>;
}

// bigint (count(*), sum) as a JavaScript number: counts here stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
// numeric (avg, percentiles) likewise.
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

/** A connection that waits no longer than this for the server: an unreachable office server is said at once. */
const CONNECT_TIMEOUT_MS = 5_000;

function kysely(pool: pg.Pool): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
}

function pool(url: string, max: number, readOnly = false): pg.Pool {
  const created = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // A reader's transactions cannot write, on the server's word.
    ...(readOnly ? { options: '-c default_transaction_read_only=on' } : {}),
  });
  // A connection the server or network drops must not crash the process: an idle one is replaced on
  // next use; one in use also fails its query, which reports the failure to the caller (OFFLINE).
  created.on('error', () => undefined);
  created.on('connect', (client) => client.on('error', () => undefined));
  return created;
}

/** Connects to the office's PostgreSQL database (a connection string) and brings its schema up to date. */
export async function openPostgresDatabase(
  url: string,
  options: { targetVersion?: number } = {},
): Promise<OpenedPostgres> {
  const writers = pool(url, 10);
  const db = kysely(writers);
  const schemaVersion = await migrateOrClose(db as Kysely<unknown>, options.targetVersion);
  const reader = kysely(pool(url, 10, true));
  return {
    db,
    pool: writers,
    reader,
    schemaVersion,
    close: async () => {
      await reader.destroy();
      await db.destroy();
    },
  };
}

/** A long job's own connections, to a database the backend has already migrated. */
export function openPostgresWorkerConnection(url: string): Kysely<Database> {
  return kysely(pool(url, 2));
}

/** One read-only connection to a server, for "Test connection": nothing is migrated or written. */
export async function lookAtPostgres<T>(url: string, look: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  const db = kysely(pool(url, 1, true));
  try {
    return await look(db);
  } finally {
    await db.destroy();
  }
}
