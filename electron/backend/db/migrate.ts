import { sql, type Kysely } from 'kysely';
import { isPostgres } from './dialect';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations';

/** PostgreSQL keeps the schema version in a table of its own; SQLite in the file's header (`user_version`). */
export const POSTGRES_VERSION_TABLE = 'postbag_schema_version';
/** Any fixed number: the advisory lock's name while a backend migrates the office database. */
const MIGRATION_LOCK = 7_401_120;

export async function readSchemaVersion(db: Kysely<unknown>): Promise<number> {
  if (isPostgres(db)) {
    await sql`CREATE TABLE IF NOT EXISTS ${sql.table(POSTGRES_VERSION_TABLE)} (version integer NOT NULL)`.execute(db);
    const { rows } = await sql<{
      version: number;
    }>`SELECT max(version) AS version FROM ${sql.table(POSTGRES_VERSION_TABLE)}`.execute(db);
    return rows[0]?.version ?? 0;
  }
  const { rows } = await sql<{ version: number }>`SELECT user_version AS version FROM pragma_user_version()`.execute(
    db,
  );
  return rows[0]?.version ?? 0;
}

async function writeSchemaVersion(db: Kysely<unknown>, version: number): Promise<void> {
  if (isPostgres(db)) {
    await sql`DELETE FROM ${sql.table(POSTGRES_VERSION_TABLE)}`.execute(db);
    await sql`INSERT INTO ${sql.table(POSTGRES_VERSION_TABLE)} (version) VALUES (${version})`.execute(db);
  } else {
    await sql.raw(`PRAGMA user_version = ${version}`).execute(db);
  }
}

/**
 * Brings the schema up to `target` (the latest by default), one transaction per migration; the
 * version moves inside the same transaction, so a failed step leaves the previous version intact
 * (PostgreSQL's DDL is transactional too).
 */
export async function migrateTo(db: Kysely<unknown>, target: number = LATEST_SCHEMA_VERSION): Promise<number> {
  // Several laptops may start at once against one PostgreSQL database: one migrates, the others wait and find it done.
  if (isPostgres(db)) {
    return db.connection().execute(async (connection) => {
      await sql`SELECT pg_advisory_lock(${MIGRATION_LOCK})`.execute(connection);
      try {
        return await runMigrations(connection, target);
      } finally {
        await sql`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`.execute(connection);
      }
    });
  }
  return runMigrations(db, target);
}

async function runMigrations(db: Kysely<unknown>, target: number): Promise<number> {
  let version = await readSchemaVersion(db);
  for (const migration of migrations) {
    if (migration.version <= version || migration.version > target) continue;
    await db.transaction().execute(async (trx) => {
      await migration.up(trx);
      await writeSchemaVersion(trx, migration.version);
    });
    version = migration.version;
  }
  return version;
}

/** Migrates a just-opened database; if that fails, closes it before the failure goes on (no connection left open). */
export async function migrateOrClose(db: Kysely<unknown>, target?: number): Promise<number> {
  try {
    return await migrateTo(db, target);
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
