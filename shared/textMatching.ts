import { distance } from 'fastest-levenshtein';

const LETTER_FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th' };

/**
 * Text as search compares it: lower case, accents and marks dropped ("Zoë Brontë" → "zoe bronte"),
 * apostrophes and hyphens joined or split so "O'Brien" finds "obrien" and "o brien" alike.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþ]/g, (ch) => LETTER_FOLDS[ch] ?? ch)
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}@.]+/gu, ' ')
    .trim();
}

/** The words of folded text. */
export function foldedWords(text: string): string[] {
  return foldText(text).split(' ').filter(Boolean);
}

/** A phone number's digits, the UK way: "+44 (0)7700 900 123" and "07700900123" give the same. */
export function phoneDigits(text: string): string {
  const digits = text.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (digits.startsWith('0044')) return `0${digits.slice(4)}`;
  if (digits.startsWith('44') && text.trim().startsWith('+')) return `0${digits.slice(2)}`;
  return digits;
}

/** How many typing slips a word of this length may carry and still match: none below 4 letters. */
function allowedSlips(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/** "smiht" for "smith": one slip to a typist, two edits to Levenshtein. */
function isOneSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return (
    differ.length === 2 &&
    differ[1] === differ[0]! + 1 &&
    a[differ[0]!] === b[differ[1]!] &&
    a[differ[1]!] === b[differ[0]!]
  );
}

function slipsBetween(a: string, b: string): number {
  return isOneSwap(a, b) ? 1 : distance(a, b);
}

/** A typed word against a stored one: equal, a prefix of it, or within a typing slip or two ("whitfeld" ~ "whitfield"). */
export function wordMatch(typed: string, stored: string): 'exact' | 'prefix' | 'close' | null {
  if (typed === stored) return 'exact';
  if (stored.startsWith(typed)) return 'prefix';
  const slips = allowedSlips(typed.length);
  if (slips > 0 && Math.abs(typed.length - stored.length) <= slips && slipsBetween(typed, stored) <= slips)
    return 'close';
  return null;
}
