import type { DistributiveOmit } from '../shared/distributiveOmit';
import { buffer } from 'node:stream/consumers';
import type { ResponseEnvelope } from '../shared/contract/envelope';
import type { ServerEvent } from '../shared/contract/events';
import type { DownloadReply, StageReply } from '../shared/contract/uploads';
import type { BackendPort } from './backend/backend';
import type { BackendStartOptions, FromBackend, MessageEnd, ToBackend } from './backend/backendProtocol';

export interface BackendProcessClient extends BackendPort {
  close(): Promise<void>;
}

/** Thrown when the backend process could not open the data; its message is the plain one for the dialog. */
export class BackendStartFailed extends Error {}

/**
 * The main process's side of the boundary: a BackendPort whose calls, uploads and events travel as
 * messages to and from the backend process. Resolves once the backend has opened the data file.
 */
export function connectBackendProcess(
  child: MessageEnd<FromBackend, ToBackend>,
  options: BackendStartOptions,
): Promise<BackendProcessClient> {
  let nextId = 1;
  type Reply = ResponseEnvelope | StageReply | DownloadReply<Uint8Array>;
  const waiting = new Map<number, (reply: Reply) => void>();
  const listeners = new Set<(event: ServerEvent) => void>();
  let stopped: (() => void) | undefined;
  return new Promise((resolve, reject) => {
    const ask = <R extends Reply>(
      message: DistributiveOmit<ToBackend, 'id'> & { kind: 'call' | 'stage' | 'download' },
    ) =>
      new Promise<R>((answer) => {
        const id = nextId++;
        waiting.set(id, answer as (reply: Reply) => void);
        child.postMessage({ ...message, id } as ToBackend);
      });
    child.onMessage((message) => {
      if (message.kind === 'reply') {
        waiting.get(message.id)?.(message.reply);
        waiting.delete(message.id);
      } else if (message.kind === 'event') {
        for (const listener of listeners) listener(message.event);
      } else if (message.kind === 'started') {
        resolve({
          call: (envelope, origin) => ask<ResponseEnvelope>({ kind: 'call', envelope, origin }),
          openDownload: async (downloadId) => {
            const reply = await ask<DownloadReply<Uint8Array>>({ kind: 'download', downloadId });
            if (!reply.ok) return reply;
            const { content, ...file } = reply.result;
            return {
              ok: true,
              result: {
                ...file,
                content: (async function* () {
                  yield content;
                })(),
              },
            };
          },
          stageFile: async (source, fileName) => {
            const bytes = source instanceof Uint8Array ? source : await buffer(source);
            return ask<StageReply>({ kind: 'stage', fileName, bytes });
          },
          subscribe(listener) {
            listeners.add(listener);
            return () => listeners.delete(listener);
          },
          close: () =>
            new Promise<void>((done) => {
              stopped = done;
              child.postMessage({ kind: 'stop' });
            }),
        });
      } else if (message.kind === 'startFailed') {
        reject(new BackendStartFailed(message.message));
      } else {
        stopped?.();
      }
    });
    child.postMessage({ kind: 'start', options });
  });
}
