import { describe, expect, it } from 'vitest';
import { oneCalendarMonthAfter } from './calendarMonth';

describe('oneCalendarMonthAfter', () => {
  it('is the same date a month later, or the last day of a shorter month', () => {
    expect(oneCalendarMonthAfter('2026-11-24')).toBe('2026-12-24');
    expect(oneCalendarMonthAfter('2026-12-31')).toBe('2027-01-31');
    expect(oneCalendarMonthAfter('2027-01-31')).toBe('2027-02-28');
    expect(oneCalendarMonthAfter('2028-01-30')).toBe('2028-02-29');
    expect(oneCalendarMonthAfter('2026-03-31')).toBe('2026-04-30');
  });
});
