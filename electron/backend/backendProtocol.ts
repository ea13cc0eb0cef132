import type { ResponseEnvelope } from '../../shared/contract/envelope';
import type { ServerEvent } from '../../shared/contract/events';
import type { DownloadReply, StageReply } from '../../shared/contract/uploads';
import type { BackendOptions } from './backend';

/** What the desktop's main process may pass when it starts the backend process (structured-cloned). */
export type BackendStartOptions = Pick<
  BackendOptions,
  'host' | 'nativeBinding' | 'officeDatabaseUrl' | 'automaticBackups' | 'erasureWithoutReview'
>;

/** Main process → backend process. */
export type ToBackend =
  | { kind: 'start'; options: BackendStartOptions }
  | { kind: 'call'; id: number; envelope: unknown; origin: string }
  | { kind: 'stage'; id: number; fileName: unknown; bytes: Uint8Array }
  | { kind: 'download'; id: number; downloadId: unknown }
  | { kind: 'stop' };

/** Backend process → main process. */
export type FromBackend =
  | { kind: 'started' }
  | { kind: 'startFailed'; message: string }
  | { kind: 'reply'; id: number; reply: ResponseEnvelope | StageReply | DownloadReply<Uint8Array> }
  | { kind: 'event'; event: ServerEvent }
  | { kind: 'stopped' };

/** The ends of a message channel (Electron's parentPort and UtilityProcess both look like this). */
export interface MessageEnd<In, Out> {
  postMessage(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}
