import { startBackend } from '../electron/backend/backend';
import { inProcessClient } from '../electron/backend/inProcessClient';
import { signedInClient } from '../test/support/signedInClient';

/**
 * A real backend on `dataFile` (or, given `officeDatabaseUrl`, on that PostgreSQL database), called
 * in process as the tests do, signed in as the office's administrator; `clock` fixes "today".
 * `coldStartMs`: from nothing to its first answer (`system.health`), before anyone signs in.
 */
export async function startBenchBackend(dataFile: string, clock?: () => Date, officeDatabaseUrl?: string) {
  const started = performance.now();
  const backend = await startBackend({
    officeDatabaseUrl,
    host: { kind: 'browser', appVersion: 'bench', dataFile },
    clock,
  });
  await inProcessClient(backend)('system.health', {});
  const coldStartMs = performance.now() - started;
  const { api } = await signedInClient(backend, 'Bench');
  return { backend, api, coldStartMs };
}
