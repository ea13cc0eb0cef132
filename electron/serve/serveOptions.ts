import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { StartupError } from '../backend/startupFailure';
import { officeDatabaseUrlProblem } from '../../shared/officeDatabaseUrl';

export interface ServeOptions {
  dataDir: string;
  port: number;
  /** The office clock: the real one, or one started at `--clock` that runs on from there (demos, e2e tests). */
  clock: () => Date;
  /** Office mode: the office's PostgreSQL database (`--database`, else POSTBAG_DATABASE_URL); solo without it. */
  officeDatabaseUrl?: string;
}

/** Reads `npm run serve`'s flags; a bad value stops start-up with a message that says how to fix it. */
const USAGE =
  'Usage: npm run serve -- [--data <folder>] [--port <n>] [--clock <date and time>] [--database postgres://user@host/db]';

function readFlags(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        data: { type: 'string', default: path.join(os.homedir(), 'postbag-data') },
        port: { type: 'string', default: '0' },
        clock: { type: 'string' },
        database: { type: 'string' },
      },
    }).values;
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = /'(--?[\w-]+)/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new StartupError(`Unknown option ${option}. ${USAGE}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new StartupError(`${option} needs a value. ${USAGE}`);
    throw new StartupError(`${message.split('.')[0]}. ${USAGE}`);
  }
}

/** A PostgreSQL connection string, checked for shape before anything connects. */
function officeDatabase(url: string | undefined): string | undefined {
  if (url === undefined || url === '') return undefined;
  const problem = officeDatabaseUrlProblem(url);
  if (problem) throw new StartupError(`--database: ${problem}.`);
  return url;
}

export function parseServeOptions(args: string[], env: NodeJS.ProcessEnv = process.env): ServeOptions {
  const values = readFlags(args);
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) {
    throw new StartupError(
      `--port must be a whole number from 0 to 65535 (0 picks a free port), not "${values.port}".`,
    );
  }
  return {
    dataDir: path.resolve(values.data),
    port,
    clock: values.clock ? clockStartingAt(values.clock) : () => new Date(),
    officeDatabaseUrl: officeDatabase(values.database ?? env.POSTBAG_DATABASE_URL),
  };
}

function clockStartingAt(start: string): () => Date {
  const startMs = Date.parse(start);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(start) || Number.isNaN(startMs)) {
    throw new StartupError(`--clock must be a date and time like 2026-01-21T09:00:00Z, not "${start}".`);
  }
  const offset = startMs - Date.now();
  return () => new Date(Date.now() + offset);
}
