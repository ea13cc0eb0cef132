import { z } from 'zod';
import type { BackupStatus } from '../shared/contract/backups';
import type { ResponseEnvelope } from '../shared/contract/envelope';
import type { BackendPort } from './backend/backend';
import { DESKTOP_ORIGIN, NOT_OUR_WINDOW, type InvokeEventLike } from './ipcAdapter';
import { isAppUrl } from './navigationGuards';
import { RESTART_DELAY_MS } from './officeConnectionHandler';

const restartRequest = z.object({ session: z.string().max(100).optional() });

/**
 * `ipcMain.handle` callback for Settings → Backups → "Restart now": the app's own frame only, a caller
 * the backend lets see the backups (administrators), and a checked restore waiting; then the app
 * restarts, and the restore is swapped in before the data file opens.
 */
export function createRestoreRestartHandler(backend: Pick<BackendPort, 'call'>, restart: () => void) {
  return async (event: InvokeEventLike, request: unknown): Promise<ResponseEnvelope> => {
    if (!isAppUrl(event.senderFrame?.url)) return { id: null, ok: false, error: NOT_OUR_WINDOW };
    const parsed = restartRequest.safeParse(request ?? {});
    if (!parsed.success) {
      return { id: null, ok: false, error: { code: 'BAD_REQUEST', message: 'The request was not understood.' } };
    }
    const { session } = parsed.data;
    const status = await backend.call(
      { id: 'backups.restartToRestore', method: 'backups.status', input: {}, ...(session ? { session } : {}) },
      DESKTOP_ORIGIN,
    );
    if (!status.ok) return status;
    if (!(status.result as BackupStatus).restorePending) {
      return {
        id: status.id,
        ok: false,
        error: { code: 'CONFLICT', message: 'No checked restore is waiting: Postbag was not restarted.' },
      };
    }
    setTimeout(restart, RESTART_DELAY_MS);
    return status;
  };
}
