import { startBackend } from '../electron/backend/backend';
import { inProcessClient } from '../electron/backend/inProcessClient';

/** A real backend on `dataFile`, called in process as the tests do; `clock` fixes "today" where figures depend on it. */
export async function startBenchBackend(dataFile: string, clock?: () => Date) {
  const backend = await startBackend({
    host: { kind: 'browser', appVersion: 'bench', dataFile, defaultStaffName: 'Bench' },
    clock,
  });
  return { backend, api: inProcessClient(backend) };
}
