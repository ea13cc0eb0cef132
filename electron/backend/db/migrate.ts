import { sql, type Kysely } from 'kysely';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations';

export async function readSchemaVersion(db: Kysely<unknown>): Promise<number> {
  const { rows } = await sql<{ version: number }>`SELECT user_version AS version FROM pragma_user_version()`.execute(
    db,
  );
  return rows[0]?.version ?? 0;
}

/**
 * Brings the schema up to `target` (the latest by default), one transaction per migration;
 * `user_version` moves inside the same transaction, so a failed step leaves the previous version intact.
 */
export async function migrateTo(db: Kysely<unknown>, target: number = LATEST_SCHEMA_VERSION): Promise<number> {
  let version = await readSchemaVersion(db);
  for (const migration of migrations) {
    if (migration.version <= version || migration.version > target) continue;
    await db.transaction().execute(async (trx) => {
      await migration.up(trx);
      await sql.raw(`PRAGMA user_version = ${migration.version}`).execute(trx);
    });
    version = migration.version;
  }
  return version;
}
