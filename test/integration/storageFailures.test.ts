import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiCallError } from '../../shared/contract/errors';
import { startBackend } from '../../electron/backend/backend';
import { describeStartupFailure } from '../../electron/backend/startupFailure';
import { canMount, mountSmallDisk, type SmallDisk } from '../support/mounts';
import { makeTempDir, startTempBackend, type TempBackend } from '../support/tempBackend';

const backends: TempBackend[] = [];
const disks: SmallDisk[] = [];
afterEach(async () => {
  await Promise.all(backends.splice(0).map((b) => b.close()));
  for (const disk of disks.splice(0)) disk.unmount();
});

async function backendIn(dir: string): Promise<TempBackend> {
  const t = await startTempBackend({ dir });
  backends.push(t);
  return t;
}

let serial = 0;
const newConstituent = (t: TempBackend, note = '') =>
  t.api('constituents.create', {
    firstName: `Person${serial++}`,
    lastName: `Filler ${note}`.trim().slice(0, 100),
    addressLine1: `${serial} Long Road ${'x'.repeat(180)}`,
    postcode: 'RM9 6XX',
    preferredContact: 'post',
    allowDuplicate: true,
  });

async function failureOf(promise: Promise<unknown>): Promise<ApiCallError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiCallError);
  return error as ApiCallError;
}

async function writeUntilFailure(t: TempBackend): Promise<ApiCallError> {
  for (let i = 0; i < 20_000; i++) {
    const outcome = await newConstituent(t).then(
      () => null,
      (e: unknown) => e as ApiCallError,
    );
    if (outcome) return outcome;
  }
  throw new Error('the disk never filled');
}

async function constituentCount(t: TempBackend): Promise<number> {
  return (await t.api('constituents.list', { limit: 1 })).total;
}

const DISK_FULL = /^The disk is full: nothing was saved\..*everything saved before is intact/;

describe('write failures say their cause', () => {
  it('a full database (SQLite out of room) answers DISK_FULL, keeps what was saved, and works again once there is room', async () => {
    const t = await backendIn(makeTempDir());
    await newConstituent(t, 'before');
    const { db } = t.backend.context;
    const { rows } = await sql<{ pageCount: number }>`PRAGMA page_count`.execute(db);
    await sql.raw(`PRAGMA max_page_count = ${rows[0]!.pageCount + 2}`).execute(db);
    const failure = await writeUntilFailure(t);
    expect(failure.error.code).toBe('DISK_FULL');
    expect(failure.message).toMatch(DISK_FULL);
    expect(failure.message).not.toMatch(/rollback|Something went wrong/);
    const saved = await constituentCount(t);
    expect(saved).toBeGreaterThanOrEqual(1);
    expect((await t.api('system.health', {})).status).toBe('ok');

    await sql`PRAGMA max_page_count = 1073741823`.execute(db);
    await newConstituent(t, 'after');
    expect(await constituentCount(t)).toBe(saved + 1);
  });

  it.runIf(canMount)(
    'a really full disk answers DISK_FULL for data and for attachments, and recovers when space is freed',
    async () => {
      const disk = mountSmallDisk(2048);
      disks.push(disk);
      const t = await backendIn(disk.dir);
      const first = await newConstituent(t, 'before');
      const letter = await t.api('correspondence.recordOutgoing', {
        constituentId: first.id,
        channel: 'letter',
        subject: 'Before the disk filled',
        sentOn: '2026-11-24',
      });
      // Staged while there is room; the copy into the attachments folder is what meets the full disk.
      const scan = await t.stage(Buffer.alloc(512 * 1024, 7));
      const filler = path.join(disk.dir, 'filler');
      const free = () => fs.statfsSync(disk.dir).bavail * fs.statfsSync(disk.dir).bsize;
      fs.writeFileSync(filler, Buffer.alloc(Math.max(0, free() - 64 * 1024)));

      const failure = await writeUntilFailure(t);
      expect(failure.error.code).toBe('DISK_FULL');
      expect(failure.message).toMatch(DISK_FULL);
      const attachment = await failureOf(
        t.api('attachments.add', {
          correspondenceId: letter.id,
          fileName: 'scan.pdf',
          stagedFileId: scan,
        }),
      );
      expect(attachment.error.code).toBe('DISK_FULL');
      expect(fs.readdirSync(path.join(disk.dir, 'attachments')).filter((n) => n.endsWith('.part'))).toEqual([]);
      const saved = await constituentCount(t);
      expect((await t.api('constituents.get', { id: first.id })).constituent.lastName).toBe('Filler before');

      fs.rmSync(filler);
      await newConstituent(t, 'after');
      expect(await constituentCount(t)).toBe(saved + 1);
    },
  );
});

describe('start-up failures are one plain line', () => {
  const start = (dataFile: string) =>
    startBackend({ host: { kind: 'browser', appVersion: 't', dataFile } }).then(
      async (backend) => {
        await backend.close();
        return 'started';
      },
      (error: unknown) => describeStartupFailure(error),
    );

  it('when the data folder is a file', async () => {
    const notAFolder = path.join(makeTempDir(), 'postbag-data');
    fs.writeFileSync(notAFolder, 'x');
    expect(await start(path.join(notAFolder, 'postbag.sqlite'))).toBe(
      `The data folder ${notAFolder} is a file, not a folder: choose a folder for Postbag's data.`,
    );
  });

  it('when the data file is a folder', async () => {
    const dir = makeTempDir();
    fs.mkdirSync(path.join(dir, 'postbag.sqlite'));
    expect(await start(path.join(dir, 'postbag.sqlite'))).toMatch(/is a folder, not a Postbag data file/);
  });

  it.runIf(canMount)('when the data folder is on a read-only disk, or its parent is', async () => {
    const disk = mountSmallDisk(1024, { readOnly: true });
    disks.push(disk);
    expect(await start(path.join(disk.dir, 'postbag.sqlite'))).toBe(
      `The data folder ${disk.dir} is on a read-only disk: Postbag needs to write there. Choose another data folder.`,
    );
    expect(await start(path.join(disk.dir, 'new-office', 'postbag.sqlite'))).toBe(
      `Postbag cannot make the data folder ${disk.dir}/new-office: ${disk.dir} is on a read-only disk. Choose another data folder.`,
    );
  });

  it('never shows a stack trace, even for the unforeseen', () => {
    const line = describeStartupFailure(new Error('surprise\n    at somewhere (file.ts:1:1)'));
    expect(line).toBe('Postbag could not start: surprise');
  });
});
