import { describe, expect, it } from 'vitest';
import { backupsToKeep } from './backupRotation';

/** One backup at noon and one at 18:00 on each of the 60 days up to 30 Nov 2026. */
const TWICE_DAILY = Array.from({ length: 60 }, (_, i) => {
  const day = new Date(Date.UTC(2026, 10, 30 - i)).toISOString().slice(0, 10);
  return [`${day}T12:00:00.000Z`, `${day}T18:00:00.000Z`];
}).flat();

describe('backupsToKeep', () => {
  it('keeps the newest of each of the last 7 days, then the newest of each of the 4 weeks before', () => {
    const kept = [...backupsToKeep(TWICE_DAILY)].sort();
    expect(kept).toEqual([
      // The weeks starting Mon 2, 9, 16 and 23 Nov, before the days kept daily (from 24 Nov).
      '2026-11-08T18:00:00.000Z',
      '2026-11-15T18:00:00.000Z',
      '2026-11-22T18:00:00.000Z',
      '2026-11-23T18:00:00.000Z',
      ...['24', '25', '26', '27', '28', '29', '30'].map((d) => `2026-11-${d}T18:00:00.000Z`),
    ]);
  });

  it('keeps every backup while there are fewer than the rotation holds', () => {
    const few = ['2026-11-30T18:00:00.000Z', '2026-11-28T09:00:00.000Z', '2026-11-01T09:00:00.000Z'];
    expect(backupsToKeep(few)).toEqual(new Set(few));
    expect(backupsToKeep([])).toEqual(new Set());
  });
});
