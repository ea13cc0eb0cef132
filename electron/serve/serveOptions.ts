import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

export interface ServeOptions {
  dataDir: string;
  port: number;
  /** The office clock: the real one, or one started at `--clock` that runs on from there (demos, e2e tests). */
  clock: () => Date;
}

/** Reads `npm run serve`'s flags; a bad value stops start-up with a message that says how to fix it. */
export function parseServeOptions(args: string[]): ServeOptions {
  const { values } = parseArgs({
    args,
    options: {
      data: { type: 'string', default: path.join(os.homedir(), 'postbag-data') },
      port: { type: 'string', default: '0' },
      clock: { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535 (0 picks a free port), not "${values.port}".`);
  }
  return {
    dataDir: path.resolve(values.data),
    port,
    clock: values.clock ? clockStartingAt(values.clock) : () => new Date(),
  };
}

function clockStartingAt(start: string): () => Date {
  const startMs = Date.parse(start);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(start) || Number.isNaN(startMs)) {
    throw new Error(`--clock must be a date and time like 2026-01-21T09:00:00Z, not "${start}".`);
  }
  const offset = startMs - Date.now();
  return () => new Date(Date.now() + offset);
}
