import type { Change } from './changes';
import type { JobStatus } from './jobs';

/** What the backend pushes to the page, on every transport. */
export type ServerEvent =
  /** Records changed (by another window, a colleague, or a job): the page refreshes the queries that read them. */
  | { type: 'changed'; changes: Change[]; origin: string }
  /** A long job's progress, and its end. */
  | { type: 'job'; job: JobStatus; origin: string };

/** Whether a connection should hear an event: not the echo of its own command, whose reply already said what changed. */
export function isForConnection(event: ServerEvent, origin: string): boolean {
  return !(event.type === 'changed' && event.origin === origin);
}
