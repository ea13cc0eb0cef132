/**
 * UK postcode format check and normalisation.
 *
 * The rule is the one UK Parliament petitions use: after upper-casing and removing
 * white space, an outward code (area letters, district digit, optional digit/letter)
 * and an inward code (a digit and two letters that are never C, I, K, M, O or V);
 * plus the two special forms GIR 0AA and BFPO numbers.
 */
const COMPACT_POSTCODE = /^(?:[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][ABD-HJLNP-UW-Z]{2}|BFPO[0-9]{1,4}|GIR0AA)$/;

function compact(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

export function isValidPostcode(input: string): boolean {
  return COMPACT_POSTCODE.test(compact(input));
}

/** `' rm96xx '` → `'RM9 6XX'`; returns null when the input is not a UK postcode. */
export function normalisePostcode(input: string): string | null {
  const code = compact(input);
  if (!COMPACT_POSTCODE.test(code)) return null;
  if (code.startsWith('BFPO')) return `BFPO ${code.slice(4)}`;
  return `${code.slice(0, -3)} ${code.slice(-3)}`;
}

/** The outward code of a normalised postcode: `'RM9 6XX'` → `'RM9'`. */
export function postcodeDistrict(normalised: string): string {
  return normalised.split(' ')[0] ?? normalised;
}
