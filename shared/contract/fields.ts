import { z } from 'zod';
import { isValidPostcode, normalisePostcode } from '../postcode';

/** Building blocks for the contract's schemas. Form fields are strings; '' means "not given". */

export const entityId = z.number({ error: 'Must be a record id' }).int().positive();

/** An edit names the version it started from: a stale one is refused with who changed the record and when. */
export const editVersion = z.number({ error: 'The version the edit started from is missing' }).int().positive();

export const isoDate = z.iso.date({ error: 'Enter a date as YYYY-MM-DD' });

export function text(max: number, label: string) {
  return z.string().trim().max(max, `${label} must be at most ${max} characters`);
}

export function requiredText(max: number, label: string, emptyMessage: string) {
  return text(max, label).min(1, emptyMessage);
}

export const optionalEmail = z
  .string()
  .trim()
  .max(254, 'Email must be at most 254 characters')
  .pipe(z.union([z.literal(''), z.email('Enter an email address like name@example.com')]));

/** The one e-mail rule, for a CSV row as for a form field. */
export function isEmailAddressOrBlank(text: string): boolean {
  return optionalEmail.safeParse(text).success;
}

export const optionalPhone = z
  .string()
  .trim()
  .refine((value) => value === '' || /^\+?[0-9 ()-]{7,20}$/.test(value), 'Enter a phone number like 020 7946 0000');

export const optionalPostcode = z
  .string()
  .trim()
  .refine((value) => value === '' || isValidPostcode(value), 'Enter a real UK postcode, like RM9 6XX')
  .transform((value) => (value === '' ? '' : (normalisePostcode(value) ?? value)));

export const optionalIsoDate = z.union([z.literal(''), isoDate]);
