import { addMonths, formatISO, parseISO } from 'date-fns';

/** The same date `months` calendar months later (earlier when negative), or that month's last day when it has no such date. */
export function calendarMonthsAfter(isoDate: string, months: number): string {
  return formatISO(addMonths(parseISO(isoDate), months), { representation: 'date' });
}

/**
 * A subject access request's due date: the same date a calendar month later, or that month's last
 * day when it has no such date (received 31 January: due 28 or 29 February), as the ICO counts it.
 */
export function oneCalendarMonthAfter(isoDate: string): string {
  return calendarMonthsAfter(isoDate, 1);
}
