import { formatISO, startOfISOWeek } from 'date-fns';

export const DAILY_BACKUPS_KEPT = 7;
export const WEEKLY_BACKUPS_KEPT = 4;

/**
 * The backups a rotation keeps, by when each was made: the newest of each of the last 7 days that
 * have one, then the newest of each of the 4 weeks (Monday to Sunday) before the oldest of those.
 * Everything else is removed.
 */
export function backupsToKeep(createdAt: readonly string[]): Set<string> {
  const newestFirst = [...createdAt].sort().reverse();
  const keep = new Set<string>();
  const days = new Set<string>();
  for (const at of newestFirst) {
    if (days.size === DAILY_BACKUPS_KEPT) break;
    if (!days.has(at.slice(0, 10))) {
      days.add(at.slice(0, 10));
      keep.add(at);
    }
  }
  const oldestDay = [...days].sort()[0];
  const weeks = new Set<string>();
  for (const at of newestFirst) {
    if (weeks.size === WEEKLY_BACKUPS_KEPT) break;
    if (oldestDay === undefined || at.slice(0, 10) >= oldestDay) continue;
    const week = formatISO(startOfISOWeek(new Date(at)), { representation: 'date' });
    if (!weeks.has(week)) {
      weeks.add(week);
      keep.add(at);
    }
  }
  return keep;
}
