import { normalisePostcode } from '../../../../shared/postcode';
import { phoneDigits } from '../../../../shared/textMatching';

export interface NewPerson {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  postcode: string;
  addressLine1: string;
}

/** What was typed into the search, put where it belongs: a phone number, an e-mail, a postcode, or a name. */
export function newPersonFromSearch(query: string): NewPerson {
  const typed = query.trim().replace(/\s+/g, ' ');
  const person: NewPerson = { firstName: '', lastName: '', phone: '', email: '', postcode: '', addressLine1: '' };
  if (typed === '') return person;
  if (/^[\d\s+()-]+$/.test(typed) && phoneDigits(typed).length >= 7) return { ...person, phone: typed };
  if (typed.includes('@')) return { ...person, email: typed };
  const postcode = normalisePostcode(typed);
  if (postcode) return { ...person, postcode };
  // Typed all in lower case (in a hurry): capitalised. Typed with capitals: kept as typed ("van der Berg").
  const words = (typed === typed.toLowerCase() ? capitalise(typed) : typed).split(' ');
  return { ...person, firstName: words.length > 1 ? words.slice(0, -1).join(' ') : '', lastName: words.at(-1)! };
}

/** "mary o'brien-smith" → "Mary O'Brien-Smith". */
function capitalise(text: string): string {
  return text.replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
