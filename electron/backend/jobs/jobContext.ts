import type { CommandContext } from '../context';

/** What a job's work gets besides a command's context: a way to report progress and to stop when cancelled. */
export interface JobContext extends CommandContext {
  /** `done` of `total` steps (rows, letters); cheap to call often. */
  progress(done: number, total: number): void;
  /** Throws when the user has cancelled: inside the unit of work that rolls everything back. */
  throwIfCancelled(): void;
}

/** Thrown by throwIfCancelled; the job ends as cancelled, having written nothing. */
export class JobCancelled extends Error {
  constructor() {
    super('The job was cancelled.');
    this.name = 'JobCancelled';
  }
}
