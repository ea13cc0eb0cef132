import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import bundled from '../resources/data/bank-holidays.json';
import { bankHolidayFileSchema } from './bankHolidays';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './workingDays';

const holidays = new Set(bankHolidayFileSchema.parse(bundled)['england-and-wales'].events.map((e) => e.date));
const isoDay = fc
  .date({ min: new Date('2018-01-01T00:00:00Z'), max: new Date('2027-10-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('working days (England and Wales)', () => {
  it('gives the worked example: sent Thursday 18 December 2025, 20 working days → Tuesday 20 January 2026', () => {
    expect(addWorkingDays('2025-12-18', 20, holidays)).toBe('2026-01-20');
  });

  it('skips substitute bank holidays', () => {
    // Boxing Day 2026 is a Saturday; Monday 28 December is the substitute.
    expect(isWorkingDay('2026-12-28', holidays)).toBe(false);
    expect(addWorkingDays('2026-12-24', 1, holidays)).toBe('2026-12-29');
    // Christmas 2027 falls on a weekend: 27 and 28 December are both off.
    expect(addWorkingDays('2027-12-24', 1, holidays)).toBe('2027-12-29');
    // One-off holidays are in the list too.
    expect(isWorkingDay('2022-09-19', holidays)).toBe(false);
  });

  it('counts from the day after: a Friday send, one working day → Monday', () => {
    expect(addWorkingDays('2026-11-20', 1, holidays)).toBe('2026-11-23');
  });

  it('never lands on a weekend or bank holiday', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 1, max: 60 }), (from, n) => {
        expect(isWorkingDay(addWorkingDays(from, n, holidays), holidays)).toBe(true);
      }),
    );
  });

  it('adding n then counting back gives n', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 0, max: 60 }), (from, n) => {
        expect(workingDaysBetween(from, addWorkingDays(from, n, holidays), holidays)).toBe(n);
      }),
    );
  });

  it('counts zero for the same day or an earlier one', () => {
    expect(workingDaysBetween('2026-11-24', '2026-11-24', holidays)).toBe(0);
    expect(workingDaysBetween('2026-11-24', '2026-11-01', holidays)).toBe(0);
  });

  it('has no bundled bank holiday on a weekend', () => {
    for (const date of holidays) expect([0, 6]).not.toContain(new Date(`${date}T00:00:00Z`).getUTCDay());
  });
});
