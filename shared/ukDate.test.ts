import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUkDate } from './ukDate';

describe('parseUkDate', () => {
  it.each([
    ['24/11/2026', '2026-11-24'],
    ['3/4/2026', '2026-04-03'],
    ['03-04-26', '2026-04-03'],
    ['24.11.2026', '2026-11-24'],
    ['24/11/2026 14:05', '2026-11-24'],
    ['2026-11-24', '2026-11-24'],
    ['2026-11-24T09:30:00Z', '2026-11-24'],
    ['24 Nov 2026', '2026-11-24'],
    ['9 October 2019', '2019-10-09'],
    ['Wednesday 9 October 2019', '2019-10-09'],
    ['1st March 2020', '2020-03-01'],
    ['24-Nov-2026', '2026-11-24'],
  ])('%j → %s', (input, expected) => {
    expect(parseUkDate(input)).toBe(expected);
  });

  it.each(['', '31/02/2026', '13/13/2026', 'yesterday', '2026-13-01', '24/11', '1/1/1800'])('rejects %j', (input) => {
    expect(parseUkDate(input)).toBeNull();
  });

  it('reads every calendar date written day-first back to itself', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [y, m, d] = iso.split('-');
          expect(parseUkDate(`${d}/${m}/${y}`)).toBe(iso);
          expect(parseUkDate(iso)).toBe(iso);
        },
      ),
    );
  });
});
