import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { copyOffice, OFFICE_TABLES } from '../../electron/backend/db/copyOffice';
import { openStore, type OpenedStore } from '../../electron/backend/db/store';
import { freshPostgresDatabase, TEST_POSTGRES_URL } from '../support/postgres';
import { startTempBackend } from '../support/tempBackend';

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

describe('[sqlite] copying an office', () => {
  it('[sqlite] knows every table of the schema, so nothing is left behind', async () => {
    const t = await startTempBackend();
    const { rows } = await sql<{
      name: string;
    }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`.execute(t.backend.context.db);
    await t.close();
    expect(rows.map((row) => row.name).sort()).toEqual(OFFICE_TABLES.map(snake).sort());
  });
});

describe.skipIf(!TEST_POSTGRES_URL)('[postgres] moving a solo office to the office database', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('[postgres] copies every record in one go, counts each table, and ids carry on; a database in use is refused', async () => {
    const solo = await startTempBackend({ staffName: 'Sam Okoro' });
    cleanup.push(() => solo.close());
    await solo.api('exampleData.load', {});
    const before = {
      constituents: (await solo.api('constituents.list', {})).total,
      cases: (await solo.api('cases.list', {})).total,
      campaigns: (await solo.api('campaigns.list', {})).length,
      correspondence: (await solo.api('correspondence.list', {})).length,
    };
    const database = await freshPostgresDatabase();
    cleanup.push(() => database.drop());
    const office: OpenedStore = await openStore({ engine: 'postgres', url: database.url });
    cleanup.push(() => office.close());

    const counts = await copyOffice(solo.backend.context.reader, office.db);
    expect(counts.find((c) => c.table === 'cases')!.rows).toBe(before.cases);
    await expect(copyOffice(solo.backend.context.reader, office.db)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/only into an empty database, and has changed nothing/),
    });
    await office.close();
    cleanup.pop();

    // The same office, now on the server: the same records, and new ones carry on after them.
    const onServer = await startTempBackend({ officeDatabaseUrl: database.url, staffName: 'Sam Okoro' });
    cleanup.push(() => onServer.close());
    expect({
      constituents: (await onServer.api('constituents.list', {})).total,
      cases: (await onServer.api('cases.list', {})).total,
      campaigns: (await onServer.api('campaigns.list', {})).length,
      correspondence: (await onServer.api('correspondence.list', {})).length,
    }).toEqual(before);
    const person = await onServer.api('constituents.create', {
      firstName: 'New',
      lastName: 'Person',
      email: 'new.person@example.org',
      preferredContact: 'email',
    });
    const opened = await onServer.api('cases.create', {
      constituentId: person.id,
      title: 'After the move',
      category: 'housing',
      openedOn: '2026-11-24',
    });
    const soloCases = (await solo.api('cases.list', { sort: 'reference', direction: 'desc' })).rows;
    expect(opened.reference > soloCases[0]!.reference).toBe(true);
  });
});
