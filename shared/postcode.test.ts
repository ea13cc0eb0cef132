import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidPostcode, normalisePostcode, postcodeDistrict } from './postcode';

const letters = (set: string) => fc.constantFrom(...set.split(''));
const digit = fc.integer({ min: 0, max: 9 }).map(String);
const inwardLetter = letters('ABDEFGHJLNPQRSTUWXYZ');
const validPostcode = fc
  .tuple(
    fc.oneof(
      letters('ABCDEFGHIJKLMNOPRSTUWYZ'),
      fc.tuple(letters('ABCDEFGHIJKLMNOPRSTUWYZ'), letters('ABCDEFGHKLMNOPQRSTUVWXY')).map(([a, b]) => a + b),
    ),
    digit,
    fc.option(fc.oneof(digit, letters('ABCDEFGHJKMNPRSTUVWXY')), { nil: '' }),
    digit,
    inwardLetter,
    inwardLetter,
  )
  .map(([area, district, sub, sector, u1, u2]) => `${area}${district}${sub} ${sector}${u1}${u2}`);

/** Spaces anywhere, any letter case: how people actually type postcodes. */
const messedUp = (postcode: string) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: postcode.length, maxLength: postcode.length }),
      fc.constantFrom('', ' ', '  ', '\t'),
    )
    .map(
      ([lower, pad]) =>
        pad +
        postcode
          .replace(' ', '')
          .split('')
          .map((ch, i) => (lower[i] ? ch.toLowerCase() : ch))
          .join(lower[0] ? ' ' : '') +
        pad,
    );

describe('postcode', () => {
  it.each([
    ['rm9 6xx', 'RM9 6XX'],
    [' RM96XX ', 'RM9 6XX'],
    ['rm10 8Ab', 'RM10 8AB'],
    ['IG11 7QJ', 'IG11 7QJ'],
    ['sw1a1aa', 'SW1A 1AA'],
    ['EC1A 1BB', 'EC1A 1BB'],
    ['W1A 0AX', 'W1A 0AX'],
    ['GIR 0AA', 'GIR 0AA'],
    ['gir0aa', 'GIR 0AA'],
    ['BFPO 1234', 'BFPO 1234'],
    ['r m 9 6 x x', 'RM9 6XX'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalisePostcode(input)).toBe(expected);
    expect(isValidPostcode(input)).toBe(true);
  });

  it.each(['RM9 6CX', 'RM9 6XI', 'RM9', '', 'RM9 6XXX', '12345', 'RM9-6XX', 'R M9 6X', 'SW1A 1AA SW1A', '¥M9 6XX'])(
    'rejects %j',
    (input) => {
      expect(isValidPostcode(input)).toBe(false);
      expect(normalisePostcode(input)).toBeNull();
    },
  );

  it('normalisation is idempotent and matches the canonical form', () => {
    fc.assert(
      fc.property(validPostcode, (postcode) => {
        const once = normalisePostcode(postcode);
        expect(once).toBe(postcode);
        expect(normalisePostcode(once!)).toBe(once);
      }),
    );
  });

  it('any spacing or letter case of a valid postcode normalises to the same value', () => {
    fc.assert(
      fc.property(
        validPostcode.chain((p) => fc.tuple(fc.constant(p), messedUp(p))),
        ([postcode, typed]) => {
          expect(normalisePostcode(typed)).toBe(postcode);
        },
      ),
    );
  });

  it('never accepts an inward code using C, I, K, M, O or V', () => {
    fc.assert(
      fc.property(validPostcode, letters('CIKMOV'), (postcode, bad) => {
        expect(isValidPostcode(postcode.slice(0, -1) + bad)).toBe(false);
      }),
    );
  });

  it('valid output always has one space before a three-character inward code', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (input) => {
        const result = normalisePostcode(input);
        if (result !== null && !result.startsWith('BFPO')) expect(result).toMatch(/^[A-Z0-9]{2,4} [0-9][A-Z]{2}$/);
      }),
    );
  });

  it('gives the district of a normalised postcode', () => {
    expect(postcodeDistrict('RM10 8AB')).toBe('RM10');
  });
});
