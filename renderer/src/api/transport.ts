import type { SendEnvelope } from '../../../shared/contract/client';
import type { ResponseEnvelope } from '../../../shared/contract/envelope';
import type { ApiError } from '../../../shared/contract/errors';
import type { ServerEvent } from '../../../shared/contract/events';
import type { OfficeConnection } from '../../../shared/contract/officeDatabase';
import type { DownloadFile, DownloadReply, StageReply } from '../../../shared/contract/uploads';
import { takeBrowserHostKey } from './browserHostKey';

/** What the Electron preload exposes on `window.postbag`; nothing else crosses the bridge. */
export interface DesktopBridge {
  invoke(envelope: unknown): Promise<ResponseEnvelope>;
  /** An upload's bytes into the backend's staging area. */
  stageFile(fileName: string, bytes: ArrayBuffer): Promise<StageReply>;
  /** A prepared download's bytes. */
  download(downloadId: string): Promise<DownloadReply<Uint8Array>>;
  /** Server events; returns the way to stop listening. */
  onEvent(listener: (event: ServerEvent) => void): () => void;
  savePdf(suggestedName: string): Promise<{ saved: boolean; path?: string }>;
  /** Checks the connection as "Test connection" does, keeps it (password in the OS keychain), then restarts on it. */
  connectOfficeDatabase(connection: OfficeConnection, session?: string): Promise<ResponseEnvelope>;
  /** When a checked restore is waiting: restarts the app, which swaps it in before the data file opens. */
  restartToRestore(session?: string): Promise<ResponseEnvelope>;
}

declare global {
  interface Window {
    postbag?: DesktopBridge;
  }
}

export interface EventHandlers {
  onEvent(event: ServerEvent): void;
  /** The channel came back after a drop: events may have been missed. */
  onResync(): void;
}

/** Calls out, events in, whichever host the page runs in. */
export interface Transport {
  send: SendEnvelope;
  /** Uploads a chosen file's bytes (not base64 in JSON); calls then refer to it by its id. */
  stageFile(file: File): Promise<StageReply>;
  /** Fetches a file the backend prepared (once), as a Blob to save. */
  download(file: DownloadFile): Promise<DownloadReply<Blob>>;
  subscribe(handlers: EventHandlers): () => void;
}

const EVENTS_PROTOCOL = 'postbag.events';
const RECONNECT_MS = 2_000;

/** Why the browser host answered without one of its own replies: the tab's key is stale, or the host is not answering. */
function hostFailure(response: Response, didNot: string): ApiError {
  return response.status === 401
    ? {
        code: 'FORBIDDEN',
        message: 'This browser tab is no longer signed in to Postbag. Open the address printed when Postbag started.',
      }
    : { code: 'INTERNAL', message: `Postbag ${didNot} (HTTP ${response.status}). Is it still running?` };
}

const sendOverHttp =
  (key: string | null, tab: string): SendEnvelope =>
  async (envelope) => {
    const response = await fetch('api', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Postbag-Key': key ?? '', 'X-Postbag-Tab': tab },
      credentials: 'omit',
      body: JSON.stringify(envelope),
    });
    // Over the size limit: the host answers with an envelope that says so.
    if (response.status === 413) return { ...((await response.json()) as ResponseEnvelope), id: envelope.id };
    if (!response.ok) return { id: envelope.id, ok: false, error: hostFailure(response, 'did not answer') };
    return (await response.json()) as ResponseEnvelope;
  };

const uploadOverHttp =
  (key: string | null) =>
  async (file: File): Promise<StageReply> => {
    const response = await fetch('upload', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/octet-stream',
        'X-Postbag-Key': key ?? '',
        'X-Postbag-File-Name': encodeURIComponent(file.name),
      },
      credentials: 'omit',
      body: file,
    });
    if (response.headers.get('Content-Type')?.startsWith('application/json'))
      return (await response.json()) as StageReply;
    return { ok: false, error: hostFailure(response, 'did not take the file') };
  };

const downloadOverHttp =
  (key: string | null) =>
  async (file: DownloadFile): Promise<DownloadReply<Blob>> => {
    const response = await fetch(`download?id=${encodeURIComponent(file.downloadId)}`, {
      headers: { 'X-Postbag-Key': key ?? '' },
      credentials: 'omit',
    });
    if (response.ok) {
      return {
        ok: true,
        result: { fileName: file.fileName, sizeBytes: file.sizeBytes, content: await response.blob() },
      };
    }
    if (response.headers.get('Content-Type')?.startsWith('application/json')) {
      return (await response.json()) as DownloadReply<Blob>;
    }
    return { ok: false, error: hostFailure(response, 'did not send the file') };
  };

/** The browser host's events channel: a WebSocket (the key among its subprotocols), reopened after a drop. */
function subscribeOverWebSocket(key: string | null, tab: string, handlers: EventHandlers): () => void {
  const url = new URL(`events?tab=${tab}`, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  let socket: WebSocket | null = null;
  let stopped = false;
  let dropped = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const open = () => {
    socket = new WebSocket(url, [EVENTS_PROTOCOL, `key.${key ?? ''}`]);
    socket.onopen = () => {
      if (dropped) handlers.onResync();
      dropped = false;
    };
    socket.onmessage = (message) => handlers.onEvent(JSON.parse(String(message.data)) as ServerEvent);
    socket.onclose = () => {
      if (stopped) return;
      dropped = true;
      retry = setTimeout(open, RECONNECT_MS);
    };
  };
  open();
  return () => {
    stopped = true;
    clearTimeout(retry);
    socket?.close();
  };
}

/** Desktop: Electron IPC through the preload bridge. Browser host: same-origin HTTP, and a WebSocket for events. */
export function createTransport(): Transport {
  const bridge = window.postbag;
  if (bridge) {
    return {
      send: (envelope) => bridge.invoke(envelope),
      stageFile: async (file) => bridge.stageFile(file.name, await file.arrayBuffer()),
      download: async (file) => {
        const reply = await bridge.download(file.downloadId);
        if (!reply.ok) return reply;
        return { ok: true, result: { ...reply.result, content: new Blob([reply.result.content as BlobPart]) } };
      },
      subscribe: ({ onEvent }) => bridge.onEvent(onEvent),
    };
  }
  const key = takeBrowserHostKey(window.location, window.history, window.sessionStorage);
  // This tab's name for itself: the host does not echo its own changes back to it.
  const tab = crypto.randomUUID().replaceAll('-', '');
  return {
    send: sendOverHttp(key, tab),
    stageFile: uploadOverHttp(key),
    download: downloadOverHttp(key),
    subscribe: (handlers) => subscribeOverWebSocket(key, tab, handlers),
  };
}
