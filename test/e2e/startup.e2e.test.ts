import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/tempBackend';
import { REPO_ROOT, SERVE_ENTRY } from './support/serveProcess';

/** `npm run serve` as built, with these flags: its exit code and what it printed. */
function serve(args: string[]) {
  const result = spawnSync(process.execPath, [SERVE_ENTRY, '--port', '0', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trimEnd() };
}

function expectOnePlainLine(result: ReturnType<typeof serve>, message: RegExp) {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/^\s+at |Error:|node:internal/m);
  expect(result.stderr).toMatch(message);
}

describe('npm run serve refuses to start with one plain line and exit code 2', () => {
  const dataDir = () => makeTempDir('postbag-startup-');

  it.each([
    [['--clock', 'tomorrow'], /^--clock must be a date and time like 2026-01-21T09:00:00Z, not "tomorrow"\.$/],
    [['--port', '99999'], /^--port must be a whole number from 0 to 65535/],
    [['--colour', 'blue'], /^Unknown option --colour\. Usage: npm run serve --/],
    [['--data'], /^--data needs a value\./],
  ])('for the flags %j', (flags, message) => {
    expectOnePlainLine(serve([...flags]), message);
  });

  it('when --data is a file', () => {
    const file = path.join(dataDir(), 'notes.txt');
    fs.writeFileSync(file, 'x');
    expectOnePlainLine(serve(['--data', file]), /is a file, not a folder/);
  });

  it('when the data file is a folder', () => {
    const dir = dataDir();
    fs.mkdirSync(path.join(dir, 'postbag.sqlite'));
    expectOnePlainLine(serve(['--data', dir]), /postbag\.sqlite is a folder, not a Postbag data file/);
  });

  it('when the data file belongs to another program', () => {
    const dir = dataDir();
    const theirs = new SqliteDatabase(path.join(dir, 'postbag.sqlite'));
    theirs.exec('CREATE TABLE t (x)');
    theirs.close();
    expectOnePlainLine(serve(['--data', dir]), /a database from another program, not a Postbag data file/);
  });

  it('when the data file is not a database at all', () => {
    const dir = dataDir();
    fs.writeFileSync(path.join(dir, 'postbag.sqlite'), 'PK\u0003\u0004 a zip, perhaps'.repeat(50));
    expectOnePlainLine(serve(['--data', dir]), /is not a database, or is too damaged to read/);
  });
});
