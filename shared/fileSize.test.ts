import { describe, expect, it } from 'vitest';
import { formatFileSize } from './fileSize';

describe('file sizes as people read them', () => {
  it('uses bytes, KB and MB', () => {
    expect(formatFileSize(0)).toBe('0 bytes');
    expect(formatFileSize(1023)).toBe('1023 bytes');
    expect(formatFileSize(12_800)).toBe('13 KB');
    expect(formatFileSize(3_565_158)).toBe('3.4 MB');
  });
});
