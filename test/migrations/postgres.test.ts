import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/backend/db/migrations';
import { openPostgresDatabase, type OpenedPostgres } from '../../electron/backend/db/postgresConnection';
import { freshPostgresDatabase, TEST_POSTGRES_URL } from '../support/postgres';

/** The same migrations build PostgreSQL (office mode): run when POSTBAG_TEST_DATABASE_URL names a server. */
describe.skipIf(!TEST_POSTGRES_URL)('[postgres] migrations', () => {
  let database: Awaited<ReturnType<typeof freshPostgresDatabase>>;
  const opened: OpenedPostgres[] = [];
  beforeAll(async () => {
    database = await freshPostgresDatabase();
  });
  afterAll(async () => {
    await Promise.all(opened.map((o) => o.close()));
    await database.drop();
  });

  it('[postgres] two backends starting at once build the whole schema once, to the latest version', async () => {
    const [first, second] = await Promise.all([openPostgresDatabase(database.url), openPostgresDatabase(database.url)]);
    opened.push(first!, second!);
    expect([first!.schemaVersion, second!.schemaVersion]).toEqual([LATEST_SCHEMA_VERSION, LATEST_SCHEMA_VERSION]);
    const versions = await sql<{ version: number }>`SELECT version FROM postbag_schema_version`.execute(first!.db);
    expect(versions.rows).toEqual([{ version: LATEST_SCHEMA_VERSION }]);
    const tables = await sql<{
      name: string;
    }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`.execute(first!.db);
    expect(tables.rows.map((t) => t.name)).toEqual(
      expect.arrayContaining(['constituents', 'cases', 'signatures', 'correspondence', 'letter_drafts', 'audit_log']),
    );
  });

  it('[postgres] gives new rows their own ids, and keeps the starting data the migrations add', async () => {
    const { db } = opened[0]!;
    const ids = await db
      .insertInto('organisations')
      .values([
        {
          name: 'Home Office',
          kind: 'government_department',
          replyTargetDays: 20,
          isExample: 0,
          createdAt: 'c',
          updatedAt: 'u',
        },
        { name: 'Met Police', kind: 'police_force', replyTargetDays: 20, isExample: 0, createdAt: 'c', updatedAt: 'u' },
      ] as never)
      .returning('id')
      .execute();
    expect(ids.map((row) => row.id)).toEqual([1, 2]);
    expect((await db.selectFrom('caseOutcomes').select('label').execute()).length).toBeGreaterThan(0);
    expect((await db.selectFrom('letterTemplates').select('purpose').execute()).map((t) => t.purpose)).toContain(
      'standard_reply',
    );
  });
});
