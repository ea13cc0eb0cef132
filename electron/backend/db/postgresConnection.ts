import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrateTo } from './migrate';
import type { Database } from './schema';

export interface OpenedPostgres {
  db: Kysely<Database>;
  schemaVersion: number;
  close(): Promise<void>;
}

/** Connects to the office's PostgreSQL database (a connection string) and brings its schema up to date. */
export async function openPostgresDatabase(
  url: string,
  options: { targetVersion?: number } = {},
): Promise<OpenedPostgres> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
  try {
    const schemaVersion = await migrateTo(db as Kysely<unknown>, options.targetVersion);
    return { db, schemaVersion, close: () => db.destroy() };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
