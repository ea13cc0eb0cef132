import { isValid, parse } from 'date-fns';

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const WORDY_FORMATS = [
  'd MMM yyyy',
  'd MMMM yyyy',
  'd MMM yy',
  'EEE d MMM yyyy',
  'EEEE d MMMM yyyy',
  'd-MMM-yyyy',
  'd-MMM-yy',
];

const pad = (n: number) => String(n).padStart(2, '0');

function isoFrom(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null; // 31/02 and the like
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * A date as UK offices write it → `YYYY-MM-DD`, or null. Day first always (`03/04/2026` is
 * 3 April); two-digit years are 20xx; ISO dates and times, and month names, are understood.
 */
export function parseUkDate(input: string): string | null {
  const text = input
    .trim()
    .replace(/(\d)(st|nd|rd|th)\b/i, '$1')
    .replace(/,/g, '');
  if (text === '') return null;
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const year = Number(dayFirst[3]!.length === 2 ? `20${dayFirst[3]}` : dayFirst[3]);
    return isoFrom(year, Number(dayFirst[2]), Number(dayFirst[1]));
  }
  const iso = ISO.exec(text);
  if (iso) return isoFrom(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  for (const format of WORDY_FORMATS) {
    const parsed = parse(text, format, new Date(2000, 0, 1));
    if (isValid(parsed)) return isoFrom(parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate());
  }
  return null;
}
