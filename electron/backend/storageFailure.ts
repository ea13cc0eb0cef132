import type { ApiErrorCode } from '../../shared/contract/errors';
import { DomainError } from './errors';

export type StorageFailure = 'disk_full' | 'read_only' | 'busy' | 'io_error' | 'damaged';

const SQLITE_CODES: [RegExp, StorageFailure][] = [
  [/^SQLITE_FULL/, 'disk_full'],
  [/^SQLITE_READONLY/, 'read_only'],
  [/^SQLITE_(BUSY|LOCKED)/, 'busy'],
  [/^SQLITE_IOERR/, 'io_error'],
  [/^SQLITE_(CORRUPT|NOTADB)/, 'damaged'],
];

const ERRNO_CODES: Record<string, StorageFailure> = {
  ENOSPC: 'disk_full',
  EDQUOT: 'disk_full',
  EROFS: 'read_only',
  EACCES: 'read_only',
  EPERM: 'read_only',
  EBUSY: 'busy',
  EIO: 'io_error',
};

/** What kind of storage failure an error from SQLite or the file system is, if it is one. */
export function classifyStorageFailure(error: unknown): StorageFailure | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  for (const [pattern, failure] of SQLITE_CODES) if (pattern.test(code)) return failure;
  return ERRNO_CODES[code] ?? null;
}

const RUNTIME: Record<StorageFailure, [ApiErrorCode, string]> = {
  disk_full: [
    'DISK_FULL',
    'The disk is full: nothing was saved. Free some space on this computer, then try again; everything saved before is intact.',
  ],
  read_only: [
    'READ_ONLY',
    'Postbag cannot write to its data (the file or its folder is read-only, or permission was taken away): nothing was saved. Check the data folder shown in Settings.',
  ],
  busy: [
    'BUSY',
    'The data file is busy (another program is holding it): nothing was saved. Close the other program or wait a moment, then try again.',
  ],
  io_error: [
    'IO_ERROR',
    'The disk reported an error while Postbag was reading or writing (I/O error): nothing was saved. Check the disk or drive, then try again.',
  ],
  damaged: [
    'DAMAGED',
    'The data file is damaged: nothing was saved. Close Postbag and restore postbag.sqlite from your latest backup.',
  ],
};

/** The storage failure as the API reports it, or null when the error is not one. */
export function storageFailureError(error: unknown): DomainError | null {
  const failure = classifyStorageFailure(error);
  if (!failure) return null;
  const [code, message] = RUNTIME[failure];
  return new DomainError(code, message);
}
