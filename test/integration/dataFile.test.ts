import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DatabaseRefusedError,
  openDatabase,
  POSTBAG_APPLICATION_ID,
  type OpenedDatabase,
} from '../../electron/backend/db/connection';
import { LATEST_SCHEMA_VERSION } from '../../electron/backend/db/migrations';
import { fingerprint, modeOf, writeAndDie } from '../support/dataFiles';
import { makeTempDir, startTempBackend } from '../support/tempBackend';

const opened: OpenedDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()));
});

const dataFileIn = (dir = makeTempDir()) => path.join(dir, 'postbag.sqlite');

async function refusal(file: string): Promise<DatabaseRefusedError> {
  const result = await openDatabase(file).then(
    (db) => {
      opened.push(db);
      return null;
    },
    (error: unknown) => error,
  );
  expect(result).toBeInstanceOf(DatabaseRefusedError);
  return result as DatabaseRefusedError;
}

/** A Postbag file with its schema, closed cleanly. */
async function postbagFile(): Promise<string> {
  const file = dataFileIn();
  await (await openDatabase(file)).close();
  return file;
}

describe('opening a data file', () => {
  it('refuses another program’s WAL-mode SQLite file (application id 0), leaving file, -wal and -shm byte for byte', async () => {
    const file = dataFileIn();
    writeAndDie(file, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('theirs, not ours');");
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    expect(fs.existsSync(`${file}-shm`)).toBe(true);
    const before = fingerprint(file);

    const error = await refusal(file);
    expect(error.reason).toBe('not_postbag');
    expect(error.message).toMatch(/another program.*left as it is/);
    expect(fingerprint(file)).toEqual(before);
  });

  it.each([3, 7])('refuses a plain SQLite file whose user_version happens to be %i, untouched', async (version) => {
    const file = dataFileIn();
    const raw = new SqliteDatabase(file);
    raw.exec('CREATE TABLE settings (key TEXT, value TEXT)');
    raw.pragma(`user_version = ${version}`);
    raw.close();
    const before = fingerprint(file);

    expect((await refusal(file)).reason).toBe('not_postbag');
    expect(fingerprint(file)).toEqual(before);
  });

  it('refuses a 0-byte data file with advice, instead of starting an empty office in it', async () => {
    const file = dataFileIn();
    fs.writeFileSync(file, '');
    const error = await refusal(file);
    expect(error.reason).toBe('empty');
    expect(error.message).toMatch(
      /empty \(0 bytes\).*Restore postbag\.sqlite from your latest backup.*move the empty file/,
    );
    expect(fs.statSync(file).size).toBe(0);
    expect(fingerprint(file)).toMatchObject({ '-wal': 'absent', '-shm': 'absent' });
  });

  it('refuses a data path that is a folder', async () => {
    const file = dataFileIn();
    fs.mkdirSync(file);
    expect((await refusal(file)).reason).toBe('not_a_file');
  });

  it('refuses a damaged Postbag file (a page of its records overwritten, header intact) before writing anything', async () => {
    const file = await postbagFile();
    const pageSize = 4096;
    // A page of records (the search index, rebuilt from them, is not checked at start: see dataFileGuard).
    const reader = new SqliteDatabase(file, { readonly: true });
    const page = reader.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'settings'").pluck().get() as number;
    reader.close();
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(pageSize, 0xab), 0, pageSize, (page - 1) * pageSize);
    fs.closeSync(fd);
    const before = fingerprint(file);

    const error = await refusal(file);
    expect(error.reason).toBe('damaged');
    expect(error.message).toMatch(
      /is damaged.*nothing was written to it.*restore postbag\.sqlite from your latest backup/,
    );
    expect(fingerprint(file)).toEqual(before);
  });

  it('refuses a newer Postbag file whose newer schema is still in its -wal, without merging the -wal', async () => {
    const file = await postbagFile();
    writeAndDie(file, `CREATE TABLE future_things (x); PRAGMA user_version = ${LATEST_SCHEMA_VERSION + 1};`);
    expect(new SqliteDatabase(file, { readonly: true }).pragma('user_version', { simple: true })).toBe(
      LATEST_SCHEMA_VERSION + 1,
    );
    const before = fingerprint(file);
    expect(before['-wal']).not.toBe('absent');

    expect((await refusal(file)).reason).toBe('newer_version');
    expect(fingerprint(file)).toMatchObject({ main: before.main, '-wal': before['-wal'] });
  });

  it('opens its own file with work left in the -wal by a crash, and keeps that work', async () => {
    const file = await postbagFile();
    writeAndDie(file, "INSERT INTO settings (key, value) VALUES ('crash.marker', 'kept');");
    const db = await openDatabase(file);
    opened.push(db);
    expect(db.sqlite.prepare("SELECT value FROM settings WHERE key = 'crash.marker'").pluck().get()).toBe('kept');
  });

  it('creates a new file as Postbag’s, owner-only with its -wal and -shm, whatever the folder’s mode', async () => {
    const dir = makeTempDir();
    fs.chmodSync(dir, 0o755);
    const file = dataFileIn(dir);
    const db = await openDatabase(file);
    opened.push(db);
    expect(db.sqlite.pragma('application_id', { simple: true })).toBe(POSTBAG_APPLICATION_ID);
    for (const name of [file, `${file}-wal`, `${file}-shm`]) expect(modeOf(name), name).toBe(0o600);
    expect(fs.readdirSync(dir).sort()).toEqual(['postbag.sqlite', 'postbag.sqlite-shm', 'postbag.sqlite-wal']);
  });

  it('makes an existing file that others could read owner-only', async () => {
    const file = await postbagFile();
    fs.chmodSync(file, 0o644);
    opened.push(await openDatabase(file));
    expect(modeOf(file)).toBe(0o600);
  });

  it('keeps attachment copies and their folder owner-only, and removes half-written copies at start', async () => {
    const t = await startTempBackend();
    const folder = path.join(t.dir, 'attachments');
    fs.mkdirSync(folder, { mode: 0o755 });
    fs.chmodSync(folder, 0o755);
    fs.writeFileSync(path.join(folder, `${'a'.repeat(64)}.1234.part`), 'half');
    await t.close();

    const again = await startTempBackend({ dir: t.dir });
    expect(fs.readdirSync(folder)).toEqual([]);
    expect(modeOf(folder)).toBe(0o700);
    await again.close();
  });
});
