import { DatabaseRefusedError } from './db/dataFileGuard';
import { classifyStorageFailure } from './storageFailure';

/** A start-up failure whose message already says what is wrong and what to do. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

export function errnoOf(error: unknown): { code?: string; path?: string; port?: number } {
  return (error ?? {}) as { code?: string; path?: string; port?: number };
}

function fileSystemMessage(error: unknown): string | null {
  const { code, path: where = 'the data folder', port } = errnoOf(error);
  switch (code) {
    case 'EADDRINUSE':
      return `Port ${port} is already in use: choose another with --port, or --port 0 for a free one.`;
    case 'ENOTDIR':
    case 'EEXIST':
      return `${where} cannot be used: part of that path is a file, not a folder. Choose another data folder.`;
    case 'EISDIR':
      return `${where} is a folder where Postbag expected a file: move it elsewhere or choose another data folder.`;
    case 'ENOENT':
      return `${where} does not exist and could not be made: check the path.`;
  }
  switch (classifyStorageFailure(error)) {
    case 'disk_full':
      return `The disk holding ${where} is full: free some space, then start Postbag again.`;
    case 'read_only':
      return `Postbag may not write to ${where} (read-only or permission denied): choose another data folder or fix its permissions.`;
    case 'busy':
      return 'The data file is in use by another program (or another copy of Postbag): close it, then start Postbag again.';
    case 'io_error':
      return `The disk reported an error reading ${where} (I/O error): check the disk, then start Postbag again.`;
    case 'damaged':
      return 'The data file is damaged: restore postbag.sqlite from your latest backup.';
    case 'unreachable':
      return 'The office database cannot be reached: check the network or VPN and that the server is running, then start Postbag again.';
    case 'login_refused':
      return 'The office database refused the connection: check the user name, password and database name in the connection details.';
  }
  if (code === 'SQLITE_CANTOPEN') {
    return 'Postbag cannot open its data file: check that the data folder exists and that Postbag may write to it.';
  }
  return null;
}

/** One plain line for the terminal or the desktop's dialog: what is wrong and what to do; never a stack trace. */
export function describeStartupFailure(error: unknown): string {
  if (error instanceof DatabaseRefusedError || error instanceof StartupError) return error.message;
  const known = fileSystemMessage(error);
  if (known) return known;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return `Postbag could not start: ${message}`;
}
