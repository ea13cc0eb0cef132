import crypto from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { contract, type MethodName } from '../../../shared/contract/api';
import type { ServerEvent } from '../../../shared/contract/events';
import type { JobOutcome, JobStarted, JobStatus } from '../../../shared/contract/jobs';
import type { BackendContext, Caller, JobControl } from '../context';
import { DomainError } from '../errors';
import { uploadUsedBy } from '../files/stagingArea';
import type { DatabaseLocation } from '../db/store';
import type { JobOrder, JobWorkerData, JobWorkerMessage } from './jobProtocol';

export interface JobRunnerOptions {
  /** The bundled worker entry (jobWorker.cjs). */
  workerScript: string;
  /** The database the backend opened: each job's thread opens its own connection to it. */
  database: DatabaseLocation;
  nativeBinding?: string;
  emit(event: ServerEvent): void;
  /** After a job that writes, whether it finished or not (the WAL checkpoint). */
  afterWrite(): Promise<void>;
}

/** A cancelled job that writes is given this long to roll back by itself before its thread is stopped. */
const CANCEL_GRACE_MS = 5_000;
/** A finished job's outcome waits this long to be collected. */
const KEEP_FINISHED_MS = 10 * 60 * 1000;
/** Threads kept loaded between jobs (a new one takes ~0.2 s to start), for how long, and how big at most. */
const MAX_IDLE_WORKERS = 2;
const IDLE_WORKER_MS = 5 * 60 * 1000;
const MAX_IDLE_HEAP_BYTES = 96 * 1024 * 1024;

const STOPPED = 'The job stopped unexpectedly and nothing was saved. Please try again.';

interface Job {
  status: JobStatus;
  origin: string;
  cancelFlag: Int32Array;
  worker: Worker;
  outcome: Promise<JobOutcome>;
}

/**
 * Long jobs (imports, the directory, a 5,000-letter Word file) each run in a worker thread with its
 * own connection, so the thread answering calls stays free. Progress and the end go out as events;
 * a cancelled job throws inside its unit of work, which rolls back: nothing is half-written.
 */
export function createJobRunner(
  backend: () => BackendContext,
  options: JobRunnerOptions,
): JobControl & { close(): Promise<void> } {
  const jobs = new Map<string, Job>();
  const idle: { worker: Worker; timer: NodeJS.Timeout }[] = [];
  const everyWorker = new Set<Worker>();

  function takeWorker(): Worker {
    const warm = idle.pop();
    if (warm) {
      clearTimeout(warm.timer);
      return warm.worker;
    }
    const { host, schemaVersion } = backend();
    const workerData: JobWorkerData = {
      database: options.database,
      stagingFolder: backend().staging.folder,
      nativeBinding: options.nativeBinding,
      host,
      schemaVersion,
    };
    const worker = new Worker(options.workerScript, { workerData });
    everyWorker.add(worker);
    worker.on('exit', () => {
      everyWorker.delete(worker);
      const at = idle.findIndex((entry) => entry.worker === worker);
      if (at !== -1) idle.splice(at, 1);
    });
    return worker;
  }

  /** Kept warm for the next job, unless enough are, or this one was left holding a big heap (a 100,000-row import). */
  function release(worker: Worker, heapBytes: number) {
    if (idle.length >= MAX_IDLE_WORKERS || heapBytes > MAX_IDLE_HEAP_BYTES) {
      void worker.terminate();
      return;
    }
    const timer = setTimeout(() => void worker.terminate(), IDLE_WORKER_MS);
    timer.unref();
    idle.push({ worker, timer });
  }

  const announce = (job: Job) => options.emit({ type: 'job', job: { ...job.status }, origin: job.origin });

  function start(method: string, input: unknown, caller: Caller): JobStarted {
    const ctx = backend();
    // A missing upload is the caller's mistake, said at once rather than as a failed job.
    const upload = uploadUsedBy(input);
    const staged = upload === null ? [] : [ctx.staging.locate(upload)];
    const jobId = crypto.randomBytes(16).toString('hex');
    const cancelFlag = new Int32Array(new SharedArrayBuffer(4));
    const writes = contract[method as MethodName].writes;
    const worker = takeWorker();
    const job: Job = {
      status: { jobId, method, state: 'running', done: 0, total: 0 },
      origin: caller.origin,
      cancelFlag,
      worker,
      outcome: Promise.resolve({ result: null, changes: [] }),
    };
    job.outcome = new Promise<JobOutcome>((resolve, reject) => {
      let ended = false;
      const end = async (state: JobStatus['state'], outcome: JobOutcome | null, error: DomainError | null) => {
        if (ended) return;
        ended = true;
        worker.off('message', onMessage);
        worker.off('error', onStopped);
        worker.off('exit', onStopped);

        if (writes) await options.afterWrite().catch(() => undefined);
        if (state === 'done' && writes && staged[0]) await ctx.staging.discard(staged[0].stagedFileId);
        job.status = {
          ...job.status,
          state,
          ...(error
            ? { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } }
            : {}),
        };
        announce(job);
        if (outcome && outcome.changes.length > 0) {
          options.emit({ type: 'changed', changes: outcome.changes, origin: job.origin });
        }
        setTimeout(() => jobs.delete(jobId), KEEP_FINISHED_MS).unref();
        if (outcome) resolve(outcome);
        else reject(error!);
      };
      const onMessage = (message: JobWorkerMessage) => {
        if (message.type === 'progress') {
          job.status = { ...job.status, done: message.done, total: message.total };
          announce(job);
          return;
        }
        // Ended by itself (a cancelled one rolled back first): the thread can take the next job.
        release(worker, message.heapBytes);
        if (message.type === 'done') {
          ctx.staging.adopt(message.staged);
          void end('done', { result: message.result, changes: message.changes }, null);
        } else if (message.type === 'failed') {
          const { code, message: text, details, fields } = message.error;
          void end('failed', null, new DomainError(code, text, details, fields));
        } else {
          void end('cancelled', null, cancelledError());
        }
      };
      // Stopped by cancel (terminated), or crashed: not to be used again.
      const onStopped = () => {
        void worker.terminate();
        const cancelled = Atomics.load(cancelFlag, 0) === 1;
        void end(cancelled ? 'cancelled' : 'failed', null, cancelled ? cancelledError() : stoppedError());
      };
      worker.on('message', onMessage);
      worker.on('error', onStopped);
      worker.on('exit', onStopped);
    });
    // Collected by `outcome`; an uncollected failure must not become an unhandled rejection.
    job.outcome.catch(() => undefined);
    jobs.set(jobId, job);
    const order: JobOrder = {
      method,
      input,
      caller,
      clockOffsetMs: ctx.clock().getTime() - Date.now(),
      staged,
      cancelFlag: cancelFlag.buffer as SharedArrayBuffer,
    };
    worker.postMessage(order);
    announce(job);
    return { jobId };
  }

  function find(jobId: string): Job {
    const job = jobs.get(jobId);
    if (!job) throw new DomainError('NOT_FOUND', 'That job has finished and its result has gone, or it never existed.');
    return job;
  }

  return {
    start,
    outcome: (jobId) => find(jobId).outcome,
    cancel(jobId) {
      const job = find(jobId);
      if (job.status.state !== 'running') return false;
      Atomics.store(job.cancelFlag, 0, 1);
      // A job that only reads stops at once; one that writes rolls back at its next step, or is stopped
      // after a grace period (SQLite rolls back the open transaction of a connection that goes).
      const writes = contract[job.status.method as MethodName].writes;
      setTimeout(
        () => {
          if (job.status.state === 'running') void job.worker.terminate();
        },
        writes ? CANCEL_GRACE_MS : 0,
      ).unref();
      return true;
    },
    async close() {
      for (const job of jobs.values()) Atomics.store(job.cancelFlag, 0, 1);
      for (const entry of idle) clearTimeout(entry.timer);
      await Promise.all([...everyWorker].map((worker) => worker.terminate()));
      jobs.clear();
    },
  };
}

function cancelledError(): DomainError {
  return new DomainError('CANCELLED', 'Cancelled: nothing was saved.');
}

function stoppedError(): DomainError {
  return new DomainError('INTERNAL', STOPPED);
}
