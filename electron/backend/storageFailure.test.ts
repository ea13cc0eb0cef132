import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/tempBackend';
import { storageFailureError } from './storageFailure';

function thrownBy(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('storage failures, from real SQLite and file-system errors', () => {
  const file = path.join(makeTempDir(), 'probe.sqlite');
  const writer = new SqliteDatabase(file);
  writer.pragma('journal_mode = WAL');
  writer.exec('CREATE TABLE t (x)');

  it('a read-only connection: READ_ONLY, nothing saved', () => {
    const readOnly = new SqliteDatabase(file, { readonly: true });
    const error = storageFailureError(thrownBy(() => readOnly.exec('INSERT INTO t VALUES (1)')));
    readOnly.close();
    expect(error?.code).toBe('READ_ONLY');
    expect(error?.message).toMatch(/^Postbag cannot write to its data.*nothing was saved/);
  });

  it('another connection holding the write lock: BUSY', () => {
    const other = new SqliteDatabase(file, { timeout: 0 });
    writer.exec('BEGIN IMMEDIATE');
    const error = storageFailureError(thrownBy(() => other.exec('INSERT INTO t VALUES (2)')));
    writer.exec('ROLLBACK');
    other.close();
    expect(error?.code).toBe('BUSY');
    expect(error?.message).toMatch(/busy.*nothing was saved/);
  });

  it('a read-only file system (EROFS): READ_ONLY; a damaged page (SQLITE_CORRUPT): DAMAGED', () => {
    expect(storageFailureError(Object.assign(new Error('EROFS'), { code: 'EROFS' }))?.code).toBe('READ_ONLY');
    expect(storageFailureError(Object.assign(new Error('SQLITE_CORRUPT'), { code: 'SQLITE_CORRUPT' }))?.code).toBe(
      'DAMAGED',
    );
  });

  it('anything else is not a storage failure', () => {
    expect(storageFailureError(new Error('plain'))).toBeNull();
    expect(storageFailureError(thrownBy(() => writer.exec('SELECT nonsense FROM nowhere')))).toBeNull();
  });
});
