import { nameKey } from '../../../../shared/samePerson';
import { isEmailAddressOrBlank } from '../../../../shared/contract/fields';
import type { SignatureMapping } from '../../../../shared/contract/signatures';
import { SIGNATURE_FIELDS, type SignatureField } from '../../../../shared/domain/enums';
import { normalisePostcode } from '../../../../shared/postcode';
import { parseUkDate } from '../../../../shared/ukDate';
import { UNREADABLE_CHARACTER } from './csvText';

/** How column headers are usually spelt, per field (lower-case, punctuation and spaces removed). */
const HEADER_NAMES: Record<SignatureField, string[]> = {
  fullName: ['name', 'fullname', 'signatory', 'signername', 'yourname'],
  firstName: ['firstname', 'forename', 'givenname', 'first'],
  lastName: ['lastname', 'surname', 'familyname', 'last'],
  email: ['email', 'emailaddress', 'email1', 'mail'],
  postcode: ['postcode', 'postalcode', 'zip', 'pcode', 'post code'],
  address: ['address', 'address1', 'addressline1', 'street', 'streetaddress'],
  signedOn: ['signedon', 'signed', 'date', 'datesigned', 'signeddate', 'signedat', 'timestamp', 'created', 'createdat'],
  comment: ['comment', 'comments', 'reason', 'whysigning', 'why', 'message', 'note', 'notes'],
};

function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** A first guess at the mapping from the header row; the user confirms or changes it. */
export function suggestMapping(headers: string[]): SignatureMapping {
  const keys = headers.map(headerKey);
  const mapping = Object.fromEntries(
    SIGNATURE_FIELDS.map((field) => {
      const index = keys.findIndex((key) => HEADER_NAMES[field].map(headerKey).includes(key));
      return [field, index === -1 ? null : index];
    }),
  ) as SignatureMapping;
  if (mapping.fullName !== null && mapping.firstName !== null && mapping.lastName !== null) mapping.fullName = null;
  return mapping;
}

export interface SignatureDraft {
  fullName: string;
  nameKey: string;
  email: string;
  postcode: string;
  address: string;
  signedOn: string;
  comment: string;
}

function cell(cells: string[], index: number | null): string {
  return index === null ? '' : (cells[index] ?? '').trim().replace(/\s+/g, ' ');
}

/** One row → a normalised signature, or the reason it cannot be one. */
export function readSignatureRow(cells: string[], mapping: SignatureMapping): SignatureDraft | { problem: string } {
  if (SIGNATURE_FIELDS.some((field) => cell(cells, mapping[field]).includes(UNREADABLE_CHARACTER))) {
    return { problem: 'Has characters that could not be read (a damaged or mis-saved character): correct this row' };
  }
  const fullName =
    mapping.fullName !== null
      ? cell(cells, mapping.fullName)
      : [cell(cells, mapping.firstName), cell(cells, mapping.lastName)].filter(Boolean).join(' ');
  if (fullName === '') return { problem: 'No name' };
  if (fullName.length > 200) return { problem: 'Name longer than 200 characters' };
  const rawPostcode = cell(cells, mapping.postcode);
  if (rawPostcode === '') return { problem: 'No postcode' };
  const postcode = normalisePostcode(rawPostcode);
  if (postcode === null) return { problem: `"${rawPostcode}" is not a UK postcode` };
  const email = cell(cells, mapping.email);
  if (!isEmailAddressOrBlank(email)) return { problem: `"${email}" is not an email address` };
  const rawDate = cell(cells, mapping.signedOn);
  const signedOn = rawDate === '' ? '' : parseUkDate(rawDate);
  if (signedOn === null) return { problem: `"${rawDate}" is not a date (use 24/11/2026 or 2026-11-24)` };
  return {
    fullName,
    nameKey: nameKey(fullName),
    email,
    postcode,
    address: cell(cells, mapping.address).slice(0, 300),
    signedOn,
    comment: cell(cells, mapping.comment).slice(0, 2_000),
  };
}
