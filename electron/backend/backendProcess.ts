import { buffer } from 'node:stream/consumers';
import { startBackend, type Backend } from './backend';
import type { FromBackend, MessageEnd, ToBackend } from './backendProtocol';
import { describeStartupFailure } from './startupFailure';

/**
 * The backend's side of the desktop's process boundary: it starts the backend when told, answers
 * calls and uploads, and passes every server event up. Pure Node; the entry gives it Electron's parentPort.
 */
export function serveBackend(port: MessageEnd<ToBackend, FromBackend>, start = startBackend): void {
  let backend: Backend | undefined;
  port.onMessage((message) => {
    void (async () => {
      if (message.kind === 'start') {
        try {
          backend = await start(message.options);
          backend.subscribe((event) => port.postMessage({ kind: 'event', event }));
          port.postMessage({ kind: 'started' });
        } catch (error) {
          port.postMessage({ kind: 'startFailed', message: describeStartupFailure(error) });
        }
      } else if (message.kind === 'call') {
        port.postMessage({
          kind: 'reply',
          id: message.id,
          reply: await backend!.call(message.envelope, message.origin),
        });
      } else if (message.kind === 'download') {
        const opened = await backend!.openDownload(message.downloadId);
        const reply = opened.ok
          ? { ok: true as const, result: { ...opened.result, content: await buffer(opened.result.content) } }
          : opened;
        port.postMessage({ kind: 'reply', id: message.id, reply });
      } else if (message.kind === 'stage') {
        const reply = await backend!.stageFile(message.bytes, message.fileName);
        port.postMessage({ kind: 'reply', id: message.id, reply });
      } else {
        await backend?.close();
        port.postMessage({ kind: 'stopped' });
      }
    })();
  });
}
