import { repeatInBackground } from '../../backgroundTask';
import type { Caller } from '../../context';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The backend itself, as the actor when the retention schedule erases without review. */
export const RETENTION_SCHEDULE_CALLER: Caller = {
  staffId: null,
  role: 'administrator',
  staffName: 'Postbag (retention schedule)',
  origin: 'postbag',
};

/**
 * At start and once a day: `eraseBatch` until it erases nothing (it erases only when the office has
 * turned "erase without review" on). A failure is logged, and the next day tries again.
 */
export function scheduleErasureWithoutReview(eraseBatch: () => Promise<number>, log: (error: unknown) => void) {
  return repeatInBackground(
    async () => {
      while ((await eraseBatch()) > 0) {
        // Each batch is its own unit of work; the next reads what is still due.
      }
    },
    DAY_MS,
    log,
  );
}
