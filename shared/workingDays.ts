/**
 * Working days in England and Wales: Monday to Friday, less bank holidays. Reply targets count
 * from the day after sending: 20 working days from Thursday 18 December 2025 is Tuesday 20 January 2026.
 * Dates are `YYYY-MM-DD`, handled as UTC calendar days so no time zone can shift them.
 */
export type Holidays = ReadonlySet<string>;

const DAY_MS = 86_400_000;

function toDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!) / DAY_MS;
}

function toIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function isWorkingDayNumber(day: number, holidays: Holidays): boolean {
  const weekday = new Date(day * DAY_MS).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(toIso(day));
}

export function isWorkingDay(iso: string, holidays: Holidays): boolean {
  return isWorkingDayNumber(toDay(iso), holidays);
}

/** The date `count` working days after `fromIso` (which itself does not count). */
export function addWorkingDays(fromIso: string, count: number, holidays: Holidays): string {
  let day = toDay(fromIso);
  for (let left = count; left > 0;) {
    day += 1;
    if (isWorkingDayNumber(day, holidays)) left -= 1;
  }
  return toIso(day);
}

/** Working days after `fromIso` up to and including `toIso`; 0 when `toIso` is not later. */
export function workingDaysBetween(fromIso: string, toIso: string, holidays: Holidays): number {
  let count = 0;
  for (let day = toDay(fromIso) + 1, end = toDay(toIso); day <= end; day++) {
    if (isWorkingDayNumber(day, holidays)) count += 1;
  }
  return count;
}

/**
 * `workingDaysBetween` for many pairs of dates within [firstIso, lastIso] at once: one pass over the
 * span, then each pair in constant time (a report over a year of closed cases).
 */
export function workingDaysCounter(
  firstIso: string,
  lastIso: string,
  holidays: Holidays,
): (fromIso: string, toIso: string) => number {
  const first = toDay(firstIso);
  const upTo: number[] = [];
  for (let day = first, count = 0; day <= toDay(lastIso); day++) {
    if (isWorkingDayNumber(day, holidays)) count += 1;
    upTo.push(count);
  }
  const countTo = (day: number) => upTo[Math.min(Math.max(day - first, 0), upTo.length - 1)] ?? 0;
  return (fromIso, toIso) => Math.max(countTo(toDay(toIso)) - countTo(toDay(fromIso)), 0);
}
