import { buffer } from 'node:stream/consumers';
import type { ResponseEnvelope } from '../shared/contract/envelope';
import type { DownloadReply, StageReply } from '../shared/contract/uploads';
import { isForConnection, type ServerEvent } from '../shared/contract/events';
import { IPC_EVENT_CHANNEL } from './ipcChannel';
import type { BackendPort } from './backend/backend';
import { isAppUrl } from './navigationGuards';

/** The desktop has one window: its calls and its events share this origin. */
export const DESKTOP_ORIGIN = 'desktop';

/** The part of Electron's IpcMainInvokeEvent we look at. */
export interface InvokeEventLike {
  senderFrame: { url: string } | null;
}

/** `ipcMain.handle` callback: only the app's own frame may call, and the event never reaches the backend. */
export function createIpcHandler(backend: Pick<BackendPort, 'call'>) {
  return async (event: InvokeEventLike, envelope: unknown): Promise<ResponseEnvelope> => {
    if (!isAppUrl(event.senderFrame?.url)) {
      const id = (envelope as { id?: unknown } | null)?.id;
      return {
        id: typeof id === 'string' || typeof id === 'number' ? id : null,
        ok: false,
        error: NOT_OUR_WINDOW,
      };
    }
    return backend.call(envelope, DESKTOP_ORIGIN);
  };
}

export const NOT_OUR_WINDOW = {
  code: 'FORBIDDEN',
  message: 'Calls are only accepted from Postbag’s own window.',
} as const;

/** `ipcMain.handle` callback for uploads: the app's own frame only; the bytes go to the staging area. */
export function createStageFileHandler(backend: Pick<BackendPort, 'stageFile'>) {
  return async (event: InvokeEventLike, upload: unknown): Promise<StageReply> => {
    if (!isAppUrl(event.senderFrame?.url)) return { ok: false, error: NOT_OUR_WINDOW };
    const { fileName, bytes } = (upload ?? {}) as { fileName?: unknown; bytes?: unknown };
    if (!(bytes instanceof ArrayBuffer) && !ArrayBuffer.isView(bytes)) {
      return { ok: false, error: { code: 'BAD_REQUEST', message: 'The upload carried no file.' } };
    }
    return backend.stageFile(bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : (bytes as Uint8Array), fileName);
  };
}

/** `ipcMain.handle` callback for downloads: the app's own frame only; the prepared file's bytes go to the page. */
export function createDownloadHandler(backend: Pick<BackendPort, 'openDownload'>) {
  return async (event: InvokeEventLike, request: unknown): Promise<DownloadReply<Uint8Array>> => {
    if (!isAppUrl(event.senderFrame?.url)) return { ok: false, error: NOT_OUR_WINDOW };
    const opened = await backend.openDownload((request as { downloadId?: unknown } | null)?.downloadId);
    if (!opened.ok) return opened;
    return { ok: true, result: { ...opened.result, content: await buffer(opened.result.content) } };
  };
}

/** The part of Electron's WebContents the events need. */
export interface EventTarget {
  isDestroyed(): boolean;
  send(channel: string, payload: ServerEvent): void;
}

/** Server events to the window (not the echo of its own commands), while it is open. */
export function createEventForwarder(target: () => EventTarget | undefined) {
  return (event: ServerEvent): void => {
    const contents = target();
    if (contents && !contents.isDestroyed() && isForConnection(event, DESKTOP_ORIGIN)) {
      contents.send(IPC_EVENT_CHANNEL, event);
    }
  };
}
