import { describe, expect, it } from 'vitest';
import { logoPrintSize } from './logoSize';

describe('letterhead logo size', () => {
  it('fits a logo within 2 cm by 6 cm, keeping its shape', () => {
    expect(logoPrintSize({ widthPx: 400, heightPx: 400 })).toEqual({ width: 76, height: 76 });
    expect(logoPrintSize({ widthPx: 2000, heightPx: 200 })).toEqual({ width: 227, height: 23 });
  });

  it('never enlarges a small logo', () => {
    expect(logoPrintSize({ widthPx: 60, heightPx: 30 })).toEqual({ width: 60, height: 30 });
  });
});
