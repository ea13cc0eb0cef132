import crypto from 'node:crypto';
import pg from 'pg';
import type { OfficeConnection } from '../../shared/contract/officeDatabase';

/** Set (by `.ci/run`, or by hand) to a server the tests may create and drop databases on. */
export const TEST_POSTGRES_URL = process.env.POSTBAG_TEST_DATABASE_URL;

/** A new, empty database on the test server for one test file; `drop` removes it (and its connections). */
export async function freshPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!TEST_POSTGRES_URL) throw new Error('POSTBAG_TEST_DATABASE_URL is not set');
  const name = `postbag_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** The Settings form's fields for a test database's connection string (the test server speaks no TLS). */
export function officeConnectionOf(url: string): OfficeConnection {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    database: decodeURIComponent(parsed.pathname.slice(1)),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    tls: 'off',
  };
}
