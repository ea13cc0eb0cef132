import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { OfficeConnection } from '../../../shared/contract/officeDatabase';
import { describeOfficeDatabase, officeDatabaseUrlOf } from '../../../shared/officeDatabaseUrl';

const connection: OfficeConnection = {
  host: 'office-server',
  port: 5433,
  database: 'postbag office',
  user: 'case@worker',
  password: 'p@ss:w/rd?#£ 100%',
  tls: 'verified',
};

/** What pg itself will connect with, read from the connection string (nothing is connected). */
const asPgReadsIt = (url: string) => {
  // pg keeps what it parsed on the client (not in its types).
  const client = new pg.Client({ connectionString: url }) as unknown as { connectionParameters: pg.ClientConfig };
  const { host, port, database, user, password, ssl } = client.connectionParameters;
  return { host, port, database, user, password, ssl };
};

describe('the connection string for Settings → Office database', () => {
  it('escapes every part, so pg reads back exactly what was typed', () => {
    expect(asPgReadsIt(officeDatabaseUrlOf(connection))).toEqual({
      host: 'office-server',
      port: 5433,
      database: 'postbag office',
      user: 'case@worker',
      password: 'p@ss:w/rd?#£ 100%',
      ssl: {},
    });
    expect(describeOfficeDatabase(officeDatabaseUrlOf(connection))).toBe(
      'office-server:5433/postbag office as case@worker',
    );
  });

  it('says how the connection is protected, and brackets an IPv6 address', () => {
    expect(asPgReadsIt(officeDatabaseUrlOf({ ...connection, tls: 'encrypted' })).ssl).toEqual({
      rejectUnauthorized: false,
    });
    expect(asPgReadsIt(officeDatabaseUrlOf({ ...connection, tls: 'off' })).ssl).toBe(false);
    expect(asPgReadsIt(officeDatabaseUrlOf({ ...connection, host: 'fd00::5' })).host).toBe('fd00::5');
  });
});
