import { z } from 'zod';
import type { ResponseEnvelope } from '../shared/contract/envelope';
import { officeConnectionInput } from '../shared/contract/officeDatabase';
import type { BackendPort } from './backend/backend';
import { DESKTOP_ORIGIN, NOT_OUR_WINDOW, type InvokeEventLike } from './ipcAdapter';
import { storageFailureError } from './backend/storageFailure';
import { isAppUrl } from './navigationGuards';
import { OfficeConnectionUnusable, type OfficeConnectionStore } from './officeConnectionStore';

const connectRequest = z.object({ session: z.string().max(100).optional(), connection: z.unknown() });

/** How long the page shows "restarting" before the app restarts on the office database. */
export const RESTART_DELAY_MS = 1_500;

/**
 * `ipcMain.handle` callback for Settings → Office database → Connect: the app's own frame only. The
 * backend checks the caller may (administrators) and that the server answers, exactly as "Test
 * connection" does; only then is the connection saved, and the app restarts on it.
 */
export function createOfficeConnectionHandler(
  backend: Pick<BackendPort, 'call'>,
  store: Pick<OfficeConnectionStore, 'save'>,
  restart: () => void,
) {
  return async (event: InvokeEventLike, request: unknown): Promise<ResponseEnvelope> => {
    if (!isAppUrl(event.senderFrame?.url)) return { id: null, ok: false, error: NOT_OUR_WINDOW };
    const parsed = connectRequest.safeParse(request);
    if (!parsed.success) {
      return { id: null, ok: false, error: { code: 'BAD_REQUEST', message: 'The request carried no connection.' } };
    }
    const { session, connection } = parsed.data;
    const checked = await backend.call(
      { id: 'office.connect', method: 'office.testConnection', input: connection, ...(session ? { session } : {}) },
      DESKTOP_ORIGIN,
    );
    if (!checked.ok) return checked;
    try {
      await store.save(officeConnectionInput.parse(connection));
    } catch (error) {
      if (!(error instanceof OfficeConnectionUnusable) && !storageFailureError(error)) throw error;
      const refusal = storageFailureError(error) ?? { code: 'CONFLICT' as const, message: (error as Error).message };
      return { id: checked.id, ok: false, error: { code: refusal.code, message: refusal.message } };
    }
    setTimeout(restart, RESTART_DELAY_MS);
    return checked;
  };
}
