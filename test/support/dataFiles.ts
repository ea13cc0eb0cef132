import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';

/** sha256 of the data file, its -wal and its -shm ('absent' where there is none): "untouched" means all three equal. */
export function fingerprint(file: string): Record<string, string> {
  return Object.fromEntries(
    ['', '-wal', '-shm'].map((suffix) => {
      const name = `${file}${suffix}`;
      const digest = fs.existsSync(name)
        ? crypto.createHash('sha256').update(fs.readFileSync(name)).digest('hex')
        : 'absent';
      return [suffix || 'main', digest];
    }),
  );
}

/**
 * Runs SQL on a file in WAL mode in another process that then dies without closing it, as a crash or
 * kill -9 would: what it wrote stays in an unfinished -wal (with its -shm) beside the file.
 */
export function writeAndDie(file: string, sqlStatements: string): void {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.exec(process.argv[2]);
    process.kill(process.pid, 'SIGKILL');
  `;
  try {
    execFileSync(process.execPath, ['-e', script, file, sqlStatements], { stdio: 'pipe' });
  } catch (error) {
    if ((error as { signal?: string }).signal !== 'SIGKILL') throw error;
  }
}

/** The permission bits of a file or folder (0o600 and so on). */
export const modeOf = (name: string) => fs.statSync(name).mode & 0o777;
