import type { ResponseEnvelope } from '../shared/contract/envelope';
import type { Dispatcher } from './backend/dispatcher';
import { isAppUrl } from './navigationGuards';

/** The part of Electron's IpcMainInvokeEvent we look at. */
export interface InvokeEventLike {
  senderFrame: { url: string } | null;
}

/** `ipcMain.handle` callback: only the app's own frame may call, and the event never reaches the backend. */
export function createIpcHandler(dispatcher: Dispatcher) {
  return async (event: InvokeEventLike, envelope: unknown): Promise<ResponseEnvelope> => {
    if (!isAppUrl(event.senderFrame?.url)) {
      const id = (envelope as { id?: unknown } | null)?.id;
      return {
        id: typeof id === 'string' || typeof id === 'number' ? id : null,
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Calls are only accepted from Postbag’s own window.' },
      };
    }
    return dispatcher.dispatch(envelope);
  };
}
