import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';

export interface ServerFacts {
  version: string;
  /** As `server_version_num`: 150004 for 15.4. */
  versionNumber: number;
  tables: string[];
}

/** The server's version and the tables in the database's schema. */
export async function serverFacts(db: Kysely<Database>): Promise<ServerFacts> {
  const { rows } = await sql<{ version: string; versionNumber: number }>`
    SELECT current_setting('server_version') AS version, current_setting('server_version_num')::int AS version_number
  `.execute(db);
  const tables = await sql<{ tableName: string }>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
  `.execute(db);
  return { ...rows[0]!, tables: tables.rows.map((row) => row.tableName) };
}

export async function countStaffAndCases(db: Kysely<Database>): Promise<{ staff: number; cases: number }> {
  const [staff, cases] = await Promise.all([
    db
      .selectFrom('staff')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { staff: staff.n, cases: cases.n };
}
