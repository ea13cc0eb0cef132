import { describe, expect, it } from 'vitest';
import { countOf } from './plural';

describe('counts in words', () => {
  it('uses the singular for one and UK digit grouping', () => {
    expect(countOf(1, 'signature')).toBe('1 signature');
    expect(countOf(0, 'signature')).toBe('0 signatures');
    expect(countOf(5000, 'row')).toBe('5,000 rows');
    expect(countOf(1, 'person', 'people')).toBe('1 person');
    expect(countOf(3, 'person', 'people')).toBe('3 people');
  });
});
