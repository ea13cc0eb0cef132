import type { ConstituentMatch } from '../../../../shared/contract/constituents';
import { normalisePostcode } from '../../../../shared/postcode';
import { foldedWords, phoneDigits, wordMatch } from '../../../../shared/textMatching';

/** What the intake search was given, read every way it could be meant. */
export interface ParsedSearch {
  words: string[];
  /** Seven or more digits: a phone number, or part of one. */
  digits: string;
  /** Upper case without spaces, for postcodes typed in any spacing ("rm96xx", "RM9 6XX"). */
  compact: string;
  /** The whole query is a full, valid postcode. */
  postcode: string | null;
}

export function parseSearch(query: string): ParsedSearch {
  const digits = phoneDigits(query);
  return {
    words: foldedWords(query),
    digits: digits.length >= 7 && /^[\d\s+()-]+$/.test(query.trim()) ? digits : '',
    compact: query.replace(/\s+/g, '').toUpperCase(),
    postcode: normalisePostcode(query),
  };
}

export interface Candidate {
  id: number;
  fullName: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  addressLine1: string;
  town: string;
  postcode: string;
  searchText: string;
  phoneDigits: string;
  doNotContact: boolean;
  isExample: boolean;
  openCases: number;
}

const SCORES = { exact: 30, prefix: 20, close: 10 } as const;

/**
 * Scores a candidate against the search, or null when some typed word matches nothing of theirs.
 * Names count most (an exact name over a prefix over a typing slip); then phone, e-mail, postcode, address.
 */
export function scoreCandidate(
  search: ParsedSearch,
  candidate: Candidate,
): { score: number; matchedOn: ConstituentMatch['matchedOn'] } | null {
  if (search.digits && candidate.phoneDigits.includes(search.digits)) return { score: 100, matchedOn: 'phone' };
  const postcodeKey = candidate.postcode.replace(/\s+/g, '');
  if (search.postcode && candidate.postcode === search.postcode) return { score: 90, matchedOn: 'postcode' };
  const email = candidate.email.toLowerCase();
  if (search.words.length === 1 && search.words[0]!.includes('@') && email.includes(search.words[0]!)) {
    return { score: email === search.words[0] ? 95 : 60, matchedOn: 'email' };
  }
  const nameWords = foldedWords(`${candidate.firstName} ${candidate.lastName}`);
  let score = 0;
  let matchedOn: ConstituentMatch['matchedOn'] | null = null;
  for (const word of search.words) {
    const best = nameWords
      .map((name) => wordMatch(word, name))
      .reduce<keyof typeof SCORES | null>(
        (top, match) => (match && (!top || SCORES[match] > SCORES[top]) ? match : top),
        null,
      );
    if (best) {
      score += SCORES[best];
      matchedOn ??= best === 'close' ? 'close_name' : 'name';
    } else if (word.length >= 2 && postcodeKey.startsWith(word.toUpperCase())) {
      score += 15;
      matchedOn ??= 'postcode';
    } else if (word.length >= 3 && candidate.searchText.includes(word)) {
      score += 8;
      matchedOn ??= word.includes('@') ? 'email' : 'address';
    } else {
      return null;
    }
  }
  if (search.compact.length >= 5 && postcodeKey === search.compact) return { score: 90, matchedOn: 'postcode' };
  return matchedOn ? { score, matchedOn } : null;
}
