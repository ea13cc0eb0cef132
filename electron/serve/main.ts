import crypto from 'node:crypto';
import path from 'node:path';
import { APP_VERSION } from '../appVersion';
import { startBackend } from '../backend/backend';
import { describeStartupFailure } from '../backend/startupFailure';
import { startBrowserHost } from './browserHost';
import { parseServeOptions } from './serveOptions';
import { describeOfficeDatabase } from '../../shared/officeDatabaseUrl';

const DATA_FILE_NAME = 'postbag.sqlite';

async function main() {
  const { dataDir, port, clock, officeDatabaseUrl } = parseServeOptions(process.argv.slice(2));
  const backend = await startBackend({
    officeDatabaseUrl,
    host: {
      kind: 'browser',
      appVersion: APP_VERSION,
      dataFile: path.join(dataDir, DATA_FILE_NAME),
    },
    clock,
    automaticBackups: true,
    erasureWithoutReview: true,
  });
  const host = await startBrowserHost({
    backend,
    rendererDir: path.resolve(__dirname, '../renderer'),
    secret: crypto.randomBytes(32).toString('base64url'),
    port,
  }).catch(async (error: unknown) => {
    await backend.close();
    throw error;
  });
  console.log(`Postbag ${APP_VERSION} is running. Open this address in your browser:`);
  console.log(host.url);
  console.log(
    officeDatabaseUrl
      ? `Office database: ${describeOfficeDatabase(officeDatabaseUrl)}`
      : `Data file: ${backend.context.host.dataFile}`,
  );
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
  console.error(describeStartupFailure(error));
  if (process.env.POSTBAG_DEBUG) console.error(error);
  process.exit(2);
});
