import type { Change } from '../../../shared/contract/changes';
import type { ApiError } from '../../../shared/contract/errors';
import type { StagedFile } from '../../../shared/contract/uploads';
import type { Caller, HostInfo } from '../context';
import type { DatabaseLocation } from '../db/store';

/** What a job worker thread is started with: the backend it works for. It then runs jobs one at a time. */
export interface JobWorkerData {
  database: DatabaseLocation;
  /** The backend's staging area: a job writes the files it offers for download there. */
  stagingFolder: string;
  nativeBinding?: string;
  host: HostInfo;
  schemaVersion: number;
}

/** One job, sent to an idle worker (structured-cloned, the cancel flag shared). */
export interface JobOrder {
  method: string;
  input: unknown;
  caller: Caller;
  /** The backend's clock minus the real one, so "today" agrees with the backend's (tests move it). */
  clockOffsetMs: number;
  /** The uploads the job reads, where they are. */
  staged: (StagedFile & { path: string })[];
  /** Set to 1 by the backend when the user cancels. */
  cancelFlag: SharedArrayBuffer;
}

/** How a job ended, with the size the thread's heap was left at (a big one is not kept for the next job). */
export type JobEnd = (
  | { type: 'done'; result: unknown; changes: Change[]; staged: (StagedFile & { path: string })[] }
  | { type: 'failed'; error: ApiError }
  | { type: 'cancelled' }
) & { heapBytes: number };

/** What a worker tells the backend. */
export type JobWorkerMessage = { type: 'progress'; done: number; total: number } | JobEnd;
