import { z } from 'zod';
import type { Change } from './changes';
import type { ApiError } from './errors';

/** A long job's life: it runs, then is done, failed or cancelled (and then wrote nothing). */
export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

/** What the page is told as a job goes: `done` of `total` steps (rows, letters), and how it ended. */
export interface JobStatus {
  jobId: string;
  method: string;
  state: JobState;
  done: number;
  total: number;
  error?: ApiError;
}

/** A job method's reply: the job has started; its progress comes as events, its result from `jobs.result`. */
export interface JobStarted {
  jobId: string;
}

/** A finished job's result, and what it changed (the page refreshes what reads it). */
export interface JobOutcome<O = unknown> {
  result: O;
  changes: Change[];
}

export const jobIdInput = z.object({ jobId: z.string().regex(/^[0-9a-f]{32}$/, 'There is no such job') });
