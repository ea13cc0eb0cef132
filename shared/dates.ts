import { format, parseISO } from 'date-fns';

// Built once: constructing an Intl formatter costs more than formatting with it.
const UK_ISO_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const UK_DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** Today's calendar date in the office's time zone (UK), as `YYYY-MM-DD`. */
export function ukDateString(instant: Date): string {
  return UK_ISO_DATE.format(instant);
}

/** `2026-11-24` or an ISO timestamp → `24 Nov 2026`. */
export function formatUkDate(iso: string): string {
  return format(parseISO(iso), 'd MMM yyyy');
}

/** An ISO timestamp → `24 Nov 2026, 14:05` in UK time. */
export function formatUkDateTime(iso: string): string {
  return UK_DATE_TIME.format(new Date(iso));
}
