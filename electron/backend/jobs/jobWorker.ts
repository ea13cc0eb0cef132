import type { DistributiveOmit } from '../../../shared/distributiveOmit';
import fs from 'node:fs/promises';
import v8 from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { MethodName } from '../../../shared/contract/api';
import type { Change } from '../../../shared/contract/changes';
import type { BackendContext, JobControl } from '../context';
import { openJobConnection } from '../db/store';
import { apiErrorOf } from '../dispatcher';
import { DomainError } from '../errors';
import { createStagingArea, type StagingArea } from '../files/stagingArea';
import type { StagedFile } from '../../../shared/contract/uploads';
import { handlers } from '../handlers';
import { createSessionStore } from '../domains/staff/sessions';
import { commandContext } from '../unitOfWork';
import { JobCancelled, type JobContext } from './jobContext';
import type { JobEnd, JobOrder, JobWorkerData, JobWorkerMessage } from './jobProtocol';

const backend = workerData as JobWorkerData;
const db = openJobConnection(backend.database, backend.nativeBinding);
const post = (message: JobWorkerMessage) => parentPort!.postMessage(message);
const end = (message: DistributiveOmit<JobEnd, 'heapBytes'>) =>
  post({ ...message, heapBytes: v8.getHeapStatistics().total_heap_size } as JobEnd);
const PROGRESS_EVERY_MS = 100;

const NO_NESTED_JOBS: JobControl = {
  start: () => {
    throw new Error('A job does not start another.');
  },
  outcome: () => Promise.reject(new Error('A job does not wait for another.')),
  cancel: () => false,
};

/**
 * The worker reads the uploads the backend staged, and writes the files it offers for download into
 * the same folder (the backend takes them over when the job ends); it never removes one itself.
 */
function stagedFilesView(staged: JobOrder['staged'], offered: (StagedFile & { path: string })[]): StagingArea {
  const offering = createStagingArea(backend.stagingFolder);
  const locate: StagingArea['locate'] = (stagedFileId, limit) => {
    const file = staged.find((entry) => entry.stagedFileId === stagedFileId);
    if (!file) throw new DomainError('NOT_FOUND', 'The file is no longer here; choose it again.');
    if (limit && file.sizeBytes > limit.maxBytes) throw new DomainError('VALIDATION', limit.tooLarge);
    return file;
  };
  const refuse = () => Promise.reject(new Error('A job does not manage the staging area.'));
  return {
    folder: backend.stagingFolder,
    locate,
    read: async (id, limit) => fs.readFile(locate(id, limit).path),
    stage: async (source, fileName) => {
      const file = await offering.stage(source, fileName);
      offered.push(file);
      return file;
    },
    adopt: () => undefined,
    discard: refuse,
    clear: refuse,
  };
}

function jobContext(order: JobOrder, changes: Change[], offered: (StagedFile & { path: string })[]): JobContext {
  const base: BackendContext = {
    db,
    reader: db,
    engine: backend.database.engine,
    host: backend.host,
    schemaVersion: backend.schemaVersion,
    clock: () => new Date(Date.now() + order.clockOffsetMs),
    staging: stagedFilesView(order.staged, offered),
    jobs: NO_NESTED_JOBS,
    // A job runs as the caller who started it; it never signs anyone in or out.
    sessions: createSessionStore(),
  };
  const cancelFlag = new Int32Array(order.cancelFlag);
  let lastPosted = 0;
  let lastTenth = -1;
  return {
    ...commandContext(base, order.caller, changes),
    progress(done, total) {
      // Every tenth of the way, and in between at most every PROGRESS_EVERY_MS: a bar that moves, without flooding.
      const tenth = total > 0 ? Math.floor((10 * done) / total) : 0;
      const now = Date.now();
      if (done < total && tenth === lastTenth && now - lastPosted < PROGRESS_EVERY_MS) return;
      lastPosted = now;
      lastTenth = tenth;
      post({ type: 'progress', done, total });
    },
    throwIfCancelled() {
      if (Atomics.load(cancelFlag, 0) === 1) throw new JobCancelled();
    },
  };
}

/** One job, start to end, through the same handlers the dispatcher uses, on this thread's own connection. */
async function run(order: JobOrder): Promise<void> {
  const changes: Change[] = [];
  const offered: (StagedFile & { path: string })[] = [];
  try {
    const handler = handlers[order.method as MethodName] as (ctx: JobContext, input: unknown) => Promise<unknown>;
    const result = await handler(jobContext(order, changes, offered), order.input);
    end({ type: 'done', result, changes, staged: offered });
  } catch (error) {
    if (error instanceof JobCancelled) {
      end({ type: 'cancelled' });
      return;
    }
    const logError = (method: string, cause: unknown) => console.error(`[postbag] job ${method} failed:`, cause);
    end({ type: 'failed', error: apiErrorOf(error, order.method, logError) });
  }
}

parentPort!.on('message', (order: JobOrder) => void run(order));
