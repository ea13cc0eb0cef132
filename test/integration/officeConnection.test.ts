import { afterEach, describe, expect, it } from 'vitest';
import { freshPostgresDatabase, officeConnectionOf, TEST_POSTGRES_URL } from '../support/postgres';
import { startTempBackend, type TempBackend } from '../support/tempBackend';

describe.skipIf(!TEST_POSTGRES_URL)('[postgres] Settings → Office database → Test connection', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });
  const soloOffice = async (): Promise<TempBackend> => {
    const solo = await startTempBackend({ staffName: 'Sam Okoro' });
    cleanup.push(() => solo.close());
    return solo;
  };
  const freshDatabase = async () => {
    const database = await freshPostgresDatabase();
    cleanup.push(() => database.drop());
    return database;
  };

  it('[postgres] says what the database holds — empty, then an office with its staff and cases — and writes nothing', async () => {
    const solo = await soloOffice();
    const database = await freshDatabase();
    const connection = officeConnectionOf(database.url);
    const empty = await solo.api('office.testConnection', connection);
    expect(empty).toEqual({
      database: `${connection.host}:${connection.port}/${connection.database} as ${connection.user}`,
      serverVersion: expect.stringMatching(/^1[5-9]|^[2-9]\d/),
      holds: 'empty',
      staff: null,
      cases: null,
    });
    // Still empty: testing never migrates.
    expect((await solo.api('office.testConnection', connection)).holds).toBe('empty');

    const office = await startTempBackend({ officeDatabaseUrl: database.url, staffName: 'Ada Obi' });
    cleanup.push(() => office.close());
    await office.api('exampleData.load', {});
    const cases = (await office.api('cases.list', {})).total;
    expect(await solo.api('office.testConnection', connection)).toMatchObject({ holds: 'postbag', staff: 1, cases });
  });

  it('[postgres] names the field to fix: no such server, a closed port, no such database, a server without TLS', async () => {
    const solo = await soloOffice();
    const connection = officeConnectionOf((await freshDatabase()).url);
    const refusedBeside = (field: string, message: RegExp) => ({
      error: { code: 'VALIDATION', fields: { [field]: [expect.stringMatching(message)] } },
    });
    await expect(
      solo.api('office.testConnection', { ...connection, host: 'no-such-server.invalid' }),
    ).rejects.toMatchObject(refusedBeside('host', /^No server called no-such-server\.invalid was found/));
    await expect(solo.api('office.testConnection', { ...connection, port: 1 })).rejects.toMatchObject(
      refusedBeside('port', /refused a connection on port 1: is PostgreSQL running there/),
    );
    await expect(solo.api('office.testConnection', { ...connection, database: 'not_an_office' })).rejects.toMatchObject(
      refusedBeside('database', /^There is no database called not_an_office on /),
    );
    await expect(solo.api('office.testConnection', { ...connection, tls: 'verified' })).rejects.toMatchObject(
      refusedBeside('tls', /^The server does not offer encrypted connections/),
    );
  });

  it('[postgres] is for administrators only, and checks every field before it connects', async () => {
    const solo = await soloOffice();
    const connection = officeConnectionOf((await freshDatabase()).url);
    const volunteer = await solo.signedInAs('Val Volunteer', 'volunteer');
    await expect(volunteer('office.testConnection', connection)).rejects.toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    await expect(
      solo.api('office.testConnection', { ...connection, port: 70000, user: '', host: 'a b' }),
    ).rejects.toMatchObject({
      error: {
        code: 'VALIDATION',
        fields: {
          port: ['The port is a number from 1 to 65535'],
          user: ['Enter the user name'],
          host: [expect.stringMatching(/^Enter a server name or address/)],
        },
      },
    });
  });
});
