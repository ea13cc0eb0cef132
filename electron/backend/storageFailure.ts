import type { ApiErrorCode } from '../../shared/contract/errors';
import { DomainError } from './errors';

export type StorageFailure =
  | 'disk_full'
  | 'read_only'
  | 'busy'
  | 'io_error'
  | 'damaged'
  /** Office mode: the server cannot be reached (network, VPN, server down). */
  | 'unreachable'
  /** Office mode: the server refused the user name or password. */
  | 'login_refused';

const SQLITE_CODES: [RegExp, StorageFailure][] = [
  [/^SQLITE_FULL/, 'disk_full'],
  [/^SQLITE_READONLY/, 'read_only'],
  [/^SQLITE_(BUSY|LOCKED)/, 'busy'],
  [/^SQLITE_IOERR/, 'io_error'],
  [/^SQLITE_(CORRUPT|NOTADB)/, 'damaged'],
];

/** PostgreSQL's SQLSTATE codes (office mode), by class where the whole class means one thing. */
const POSTGRES_CODES: [RegExp, StorageFailure][] = [
  [/^53100$/, 'disk_full'],
  [/^25006$/, 'read_only'],
  [/^(40001|40P01|55P03|53300)$/, 'busy'],
  [/^58030$/, 'io_error'],
  [/^XX00[12]$/, 'damaged'],
  [/^(08...|57P0[123])$/, 'unreachable'],
  [/^(28P01|28000|3D000)$/, 'login_refused'],
];

/** What `pg` throws, without a code, when the server goes away or does not answer in time. */
const LOST_CONNECTION =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

const ERRNO_CODES: Record<string, StorageFailure> = {
  ECONNREFUSED: 'unreachable',
  ECONNRESET: 'unreachable',
  ETIMEDOUT: 'unreachable',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  ENOTFOUND: 'unreachable',
  EAI_AGAIN: 'unreachable',
  EPIPE: 'unreachable',
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
  if (typeof code !== 'string') {
    return error instanceof Error && LOST_CONNECTION.test(error.message) ? 'unreachable' : null;
  }
  for (const [pattern, failure] of [...SQLITE_CODES, ...POSTGRES_CODES]) if (pattern.test(code)) return failure;
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
  unreachable: [
    'OFFLINE',
    'The office database cannot be reached (network, VPN or server down): nothing was saved, here or anywhere else. Check the connection, then try again; everything saved before is safe on the server.',
  ],
  login_refused: [
    'OFFLINE',
    'The office database refused Postbag’s user name or password (or the database is not there): nothing was saved. Ask whoever looks after the server to check the details in Settings → Office database.',
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
