import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { OFFICE_TABLES, sqlTableName } from '../../electron/backend/db/copyOffice';
import { freshPostgresDatabase, officeConnectionOf, TEST_POSTGRES_URL } from '../support/postgres';
import { startTempBackend } from '../support/tempBackend';

describe('[sqlite] copying an office', () => {
  it('[sqlite] knows every table of the schema (the search index is copied apart), so nothing is left behind', async () => {
    const t = await startTempBackend();
    const { rows } = await sql<{
      name: string;
    }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%'`.execute(
      t.backend.context.db,
    );
    await t.close();
    expect(rows.map((row) => row.name).sort()).toEqual(OFFICE_TABLES.map(sqlTableName).sort());
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
    const letter = (await solo.api('correspondence.list', {}))[0]!;
    const scan = Buffer.from('%PDF-1.7 the scanned reply');
    await solo.api('attachments.add', {
      correspondenceId: letter.id,
      fileName: 'reply.pdf',
      stagedFileId: await solo.stage(scan),
    });
    const database = await freshPostgresDatabase();
    cleanup.push(() => database.drop());

    const moved = await solo.job('office.moveToServer', officeConnectionOf(database.url));
    expect(moved.database).toMatch(/^127\.0\.0\.1:\d+\/postbag_test_\w+ as postgres$/);
    expect(moved.tables.find((c) => c.table === 'cases')!.rows).toBe(before.cases);
    expect(moved.tables.find((c) => c.table === 'attachment_contents')!.rows).toBe(1);
    await expect(solo.job('office.moveToServer', officeConnectionOf(database.url))).rejects.toMatchObject({
      error: {
        code: 'CONFLICT',
        message: expect.stringMatching(/only into an empty database, and has changed nothing/),
      },
    });

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
    const attachment = (await onServer.api('correspondence.list', {})).find((item) => item.id === letter.id)!
      .attachments[0]!;
    const file = await onServer.api('attachments.download', { id: attachment.id });
    expect(await onServer.download(file)).toEqual(scan);
    const soloCases = (await solo.api('cases.list', { sort: 'reference', direction: 'desc' })).rows;
    expect(opened.reference > soloCases[0]!.reference).toBe(true);
  });

  it('[postgres] refuses while a staff member has no password, or the server is not there, copying nothing', async () => {
    const solo = await startTempBackend({ staffName: 'Sam Okoro' });
    cleanup.push(() => solo.close());
    const database = await freshPostgresDatabase();
    cleanup.push(() => database.drop());
    await expect(
      solo.job('office.moveToServer', { ...officeConnectionOf(database.url), port: 1 }),
    ).rejects.toMatchObject({
      error: {
        code: 'VALIDATION',
        fields: { port: [expect.stringMatching(/^127.0.0.1 refused a connection on port 1:/)] },
      },
    });
    await solo.backend.context.db.updateTable('staff').set({ passwordHash: '' }).execute();
    await expect(solo.job('office.moveToServer', officeConnectionOf(database.url))).rejects.toMatchObject({
      error: { code: 'CONFLICT', message: expect.stringMatching(/^Set a password for Sam Okoro first/) },
    });
    await expect(
      solo.api('office.moveToServer', { ...officeConnectionOf(database.url), host: 'office server; DROP' }),
    ).rejects.toMatchObject({
      error: { code: 'VALIDATION', fields: { host: [expect.stringMatching(/^Enter a server name or address/)] } },
    });
  });
});
