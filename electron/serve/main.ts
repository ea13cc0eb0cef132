import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { APP_VERSION } from '../appVersion';
import { startBackend } from '../backend/backend';
import { DatabaseRefusedError } from '../backend/db/connection';
import { startBrowserHost } from './browserHost';

const DATA_FILE_NAME = 'postbag.sqlite';

function parseOptions() {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: path.join(os.homedir(), 'postbag-data') },
      port: { type: 'string', default: '0' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535 (0 picks a free port), not "${values.port}".`);
  }
  return { dataDir: path.resolve(values.data), port };
}

async function main() {
  const { dataDir, port } = parseOptions();
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const backend = await startBackend({
    host: {
      kind: 'browser',
      appVersion: APP_VERSION,
      dataFile: path.join(dataDir, DATA_FILE_NAME),
      defaultStaffName: os.userInfo().username,
    },
  });
  const host = await startBrowserHost({
    dispatcher: backend.dispatcher,
    rendererDir: path.resolve(__dirname, '../renderer'),
    secret: crypto.randomBytes(32).toString('base64url'),
    port,
  });
  console.log(`Postbag ${APP_VERSION} is running. Open this address in your browser:`);
  console.log(host.url);
  console.log(`Data file: ${backend.context.host.dataFile}`);
  console.log('Press Ctrl+C to stop.');

  const stop = async () => {
    await host.close();
    await backend.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof DatabaseRefusedError ? error.message : error);
  process.exit(error instanceof DatabaseRefusedError ? 2 : 1);
});
