import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { serverArchivingWarning } from '../../electron/backend/domains/backups/serverArchiving';
import { TEST_POSTGRES_URL } from '../support/postgres';
import { createMarkedPerson } from '../support/markedPerson';
import { makeTempDir, startTempBackend, type TempBackend } from '../support/tempBackend';

const PASSPHRASE = 'correct horse battery staple office';

describe('[sqlite] backups', () => {
  const open: TempBackend[] = [];
  const start = async (dir = makeTempDir(), options: { automaticBackups?: boolean } = {}) => {
    const t = await startTempBackend({ dir, start: '2026-11-24T10:00:00.000Z', staffName: 'Sam Okoro', ...options });
    open.push(t);
    return t;
  };
  /** Closes the backend and starts another on the same folder, as quitting and opening the app does. */
  const restart = async (t: TempBackend) => {
    await t.close();
    open.splice(open.indexOf(t), 1);
    return start(t.dir);
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((t) => t.close()));
  });
  const backupFolder = (t: TempBackend, name: string) => path.join(t.dir, 'backups', name);

  it('takes a consistent copy while colleagues write, and restores it at the next start, keeping the file it replaces', async () => {
    const t = await start();
    const person = await t.api('constituents.create', {
      firstName: 'Ann',
      lastName: 'Able',
      email: 'ann@example.org',
      preferredContact: 'email',
    });
    const open = (i: number) =>
      t.api('cases.create', {
        constituentId: person.id,
        title: `Case ${i}`,
        category: 'housing',
        openedOn: '2026-11-20',
      });
    // A colleague keeps opening cases until the backup is done (each call arriving as its own task,
    // as calls over the network do; in-process calls alone would never let the job's messages in).
    let backingUp = true;
    let opened = 0;
    const writer = (async () => {
      while (backingUp) {
        await open(opened++);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const db = t.backend.context.db;
    const written = async () =>
      Number(
        (
          await db
            .selectFrom('cases')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    await expect.poll(written).toBeGreaterThanOrEqual(20);
    const backup = await t.job('backups.create', { trigger: 'manual' });
    backingUp = false;
    await writer;
    expect(backup).toMatchObject({ trigger: 'manual', encrypted: false, attachments: 0 });
    expect((await t.api('backups.status', {})).backups.map((b) => b.name)).toEqual([backup.name]);

    expect(await t.job('backups.restore', { name: backup.name, passphrase: '' })).toEqual({
      name: backup.name,
      createdAt: backup.createdAt,
    });
    const after = await restart(t);
    const restoredDb = after.backend.context.db;
    const cases = await restoredDb.selectFrom('cases').select('id').execute();
    const created = await restoredDb
      .selectFrom('auditLog')
      .select('entityId')
      .where('entity', '=', 'case')
      .where('action', '=', 'create')
      .execute();
    // Every case in the copy with its audit entry, written in the same transaction: no half of a write.
    expect(created.map((row) => row.entityId).sort()).toEqual(cases.map((row) => row.id).sort());
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(cases.length).toBeLessThan(opened);
    const aside = fs.readdirSync(after.dir).filter((name) => name.startsWith('postbag.sqlite.before-restore-'));
    expect(aside).toContain(`postbag.sqlite.before-restore-2026-11-24T100000Z`);
    const kept = new SqliteDatabase(
      path.join(
        after.dir,
        aside.find((name) => !/-(wal|shm)$/.test(name))!,
      ),
      {
        readonly: true,
      },
    );
    expect(kept.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: opened });
    kept.close();
  });

  it('refuses a damaged backup and another program’s file, changing nothing', async () => {
    const t = await start();
    await createMarkedPerson(t.api, t.stage);
    const damaged = await t.job('backups.create', { trigger: 'manual' });
    // A second backup in the same second (the test's clock stands still) replaces the first.
    expect((await t.job('backups.create', { trigger: 'manual' })).name).toBe(damaged.name);
    expect((await t.api('backups.status', {})).backups).toHaveLength(1);
    const file = path.join(backupFolder(t, damaged.name), 'postbag.sqlite');
    const bytes = fs.readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 100) ^ 0xff, bytes.length - 100);
    fs.writeFileSync(file, bytes);
    await expect(t.job('backups.restore', { name: damaged.name, passphrase: '' })).rejects.toMatchObject({
      error: { code: 'DAMAGED', message: expect.stringContaining('postbag.sqlite has changed') },
    });

    t.setNow('2026-11-24T11:00:00.000Z');
    const foreign = await t.job('backups.create', { trigger: 'manual' });
    const folder = backupFolder(t, foreign.name);
    const other = new SqliteDatabase(path.join(folder, 'postbag.sqlite.other'));
    other.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('not Postbag')");
    other.close();
    fs.renameSync(path.join(folder, 'postbag.sqlite.other'), path.join(folder, 'postbag.sqlite'));
    const manifestFile = path.join(folder, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { files: { path: string; sha256: string }[] };
    const crypto = await import('node:crypto');
    manifest.files[0]!.sha256 = crypto
      .createHash('sha256')
      .update(fs.readFileSync(path.join(folder, 'postbag.sqlite')))
      .digest('hex');
    fs.writeFileSync(manifestFile, JSON.stringify(manifest));
    await expect(t.job('backups.restore', { name: foreign.name, passphrase: '' })).rejects.toMatchObject({
      error: { code: 'VALIDATION', message: expect.stringContaining('does not hold a Postbag data file') },
    });
    expect((await t.api('backups.status', {})).restorePending).toBeNull();
    expect(fs.existsSync(path.join(t.dir, 'restore-pending'))).toBe(false);
  });

  it('encrypts every file with the office’s passphrase: unreadable without it, restored with it', async () => {
    const t = await start();
    await expect(t.api('backups.setPassphrase', { passphrase: 'short', confirm: 'short' })).rejects.toMatchObject({
      error: { code: 'VALIDATION', fields: { passphrase: [expect.stringContaining('at least 12')] } },
    });
    expect(await t.api('backups.setPassphrase', { passphrase: PASSPHRASE, confirm: PASSPHRASE })).toMatchObject({
      passphraseSet: true,
    });
    const person = await createMarkedPerson(t.api, t.stage);
    const backup = await t.job('backups.create', { trigger: 'manual' });
    expect(backup).toMatchObject({ encrypted: true, attachments: 1 });
    const folder = backupFolder(t, backup.name);
    const stored = fs.readdirSync(folder, { recursive: true, encoding: 'utf8' });
    expect(stored.filter((name) => name.endsWith('.enc'))).toHaveLength(2);
    for (const name of stored.filter((entry) => entry.endsWith('.enc'))) {
      const bytes = fs.readFileSync(path.join(folder, name));
      for (const marker of person.markers) expect(bytes.includes(Buffer.from(marker)), marker).toBe(false);
      expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    }

    await expect(t.job('backups.restore', { name: backup.name, passphrase: '' })).rejects.toMatchObject({
      error: { code: 'VALIDATION', fields: { passphrase: ['Give the passphrase this backup was made with'] } },
    });
    await expect(
      t.job('backups.restore', { name: backup.name, passphrase: 'the wrong passphrase' }),
    ).rejects.toMatchObject({
      error: { code: 'VALIDATION', fields: { passphrase: [expect.stringContaining('Not the passphrase')] } },
    });
    await t.job('backups.restore', { name: backup.name, passphrase: PASSPHRASE });
    const after = await restart(t);
    expect((await after.api('constituents.get', { id: person.constituentId })).constituent.lastName).toBe('QzxLastVwk');
    expect(await after.download(await after.api('attachments.download', { id: person.attachmentId }))).toEqual(
      person.attachmentBytes,
    );
  });

  it('erases again, after a restore, the people erased since the backup was made', async () => {
    const t = await start();
    const person = await createMarkedPerson(t.api, t.stage);
    const backup = await t.job('backups.create', { trigger: 'manual' });
    t.setNow('2026-11-25T09:00:00.000Z');
    await t.api('dataProtection.erasePerson', {
      constituentId: person.constituentId,
      reason: 'Asked by letter received 24 Nov 2026',
      confirmName: 'QzxFirstVwk QzxLastVwk',
    });
    await t.job('backups.restore', { name: backup.name, passphrase: '' });
    const after = await restart(t);
    await expect(after.api('constituents.get', { id: person.constituentId })).rejects.toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    expect((await after.api('search.global', { query: 'QzxCaseNoteVwk' })).groups).toEqual([]);
    const erasures = await after.backend.context.db.selectFrom('erasures').select(['reason', 'erasedAt']).execute();
    expect(erasures).toEqual([
      { reason: 'Asked by letter received 24 Nov 2026', erasedAt: '2026-11-25T09:00:00.000Z' },
    ]);
    const audit = await after.api('audit.list', { entity: 'constituent', entityId: person.constituentId });
    expect(audit.entries[0]).toMatchObject({ action: 'erase_reapplied', actor: 'Postbag (restoring a backup)' });
    expect(fs.readdirSync(path.join(after.dir, 'attachments'))).toEqual([]);
  });

  it('erases again, after a restore, the closed cases the retention schedule erased since; their person stays', async () => {
    const t = await start();
    const person = await createMarkedPerson(t.api, t.stage);
    await t.api('retention.setSchedule', { closedCaseMonths: 12, signatureMonths: null, eraseWithoutReview: false });
    const backup = await t.job('backups.create', { trigger: 'manual' });
    t.setNow('2027-11-25T09:00:00.000Z');
    await t.api('retention.decide', {
      items: [{ kind: 'closed_case', id: person.caseId }],
      decision: 'erase',
      reason: 'Retention schedule',
    });
    await t.job('backups.restore', { name: backup.name, passphrase: '' });
    const after = await restart(t);
    await expect(after.api('cases.get', { id: person.caseId })).rejects.toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect((await after.api('constituents.get', { id: person.constituentId })).cases).toEqual([]);
    const audit = await after.api('audit.list', { entity: 'case', entityId: person.caseId });
    expect(audit.entries[0]).toMatchObject({ action: 'erase_reapplied', actor: 'Postbag (restoring a backup)' });
    expect(fs.readdirSync(path.join(after.dir, 'attachments'))).toEqual([]);
  });

  it('shows why a backup failed — on the dashboard too — until one succeeds', async () => {
    const t = await start();
    expect((await t.api('dashboard.summary', {})).backupWarning).toBe(
      'No backup has been made yet: Settings → Backups → Back up now.',
    );
    const person = await createMarkedPerson(t.api, t.stage);
    const [copy] = fs.readdirSync(path.join(t.dir, 'attachments'));
    const file = path.join(t.dir, 'attachments', copy!);
    fs.writeFileSync(file, 'changed behind Postbag’s back');
    await expect(t.job('backups.create', { trigger: 'manual' })).rejects.toMatchObject({ error: { code: 'DAMAGED' } });
    const status = await t.api('backups.status', {});
    expect(status.problem).toMatchObject({
      at: expect.stringMatching(/^2026-11-24T10:00/),
      message: expect.stringContaining('no longer matches'),
    });
    expect(status.backups).toEqual([]);
    expect((await t.api('dashboard.summary', {})).backupWarning).toMatch(/^The last backup failed: The stored copy/);
    const caseworker = await t.signedInAs('Priya Nair', 'caseworker');
    expect((await caseworker('dashboard.summary', {})).backupWarning).toBeNull();

    fs.writeFileSync(file, person.attachmentBytes);
    await t.job('backups.create', { trigger: 'manual' });
    expect((await t.api('backups.status', {})).problem).toBeNull();
    expect((await t.api('dashboard.summary', {})).backupWarning).toBeNull();
    t.setNow('2026-11-26T10:00:01.000Z');
    expect((await t.api('dashboard.summary', {})).backupWarning).toMatch(/more than two days old/);
  });

  it('backs up by itself once a day while running and on closing', async () => {
    const t = await start(makeTempDir(), { automaticBackups: true });
    await expect.poll(async () => (await t.api('backups.status', {})).backups.length, { timeout: 10_000 }).toBe(1);
    t.setNow('2026-11-24T10:00:01.000Z');
    await t.close();
    open.splice(open.indexOf(t), 1);
    const after = await start(t.dir);
    // The day's newest is kept: the one made on closing.
    expect((await after.api('backups.status', {})).backups.map((b) => b.trigger)).toEqual(['quit']);
  });
});

describe.skipIf(!TEST_POSTGRES_URL)('[postgres] backups in office mode', () => {
  it('are the server’s: the app reports what the server says of its archiving, and warns only of a failure', async () => {
    const t = await startTempBackend({ engine: 'postgres', start: '2026-11-24T10:00:00.000Z' });
    try {
      const status = await t.api('backups.status', {});
      // The test server archives nothing (archive_mode is off): there is nothing the app can tell.
      expect(status).toMatchObject({
        available: false,
        backups: [],
        server: { archiving: false, lastArchivedAt: null, failingSince: null },
      });
      expect((await t.api('dashboard.summary', {})).backupWarning).toBeNull();
    } finally {
      await t.close();
    }
  });

  it('word a failure the server reports as the dashboard’s warning', () => {
    const failing = {
      archiving: true,
      lastArchivedAt: '2026-11-20T02:00:00.000Z',
      failingSince: '2026-11-22T02:00:00.000Z',
    };
    expect(serverArchivingWarning(failing)).toMatch(/failed to archive its write-ahead log since 22 Nov 2026/);
    expect(serverArchivingWarning({ ...failing, failingSince: null })).toBeNull();
  });
});
