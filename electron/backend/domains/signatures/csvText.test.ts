import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from './csvText';

describe('decodeCsvBytes', () => {
  it('reads Windows-1252’s curly quotes, dashes and euro sign (not as control characters)', () => {
    // "O’Brien – “£5” … €3" as Excel on Windows saves it.
    const bytes = Uint8Array.from([
      0x4f, 0x92, 0x42, 0x72, 0x69, 0x65, 0x6e, 0x20, 0x96, 0x20, 0x93, 0xa3, 0x35, 0x94, 0x20, 0x85, 0x20, 0x80, 0x33,
    ]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'O’Brien – “£5” … €3', encoding: 'Windows-1252' });
  });

  it('maps every byte from 0x80 to 0x9F as the WHATWG Windows-1252 table does', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    const codePoints = [...decodeCsvBytes(Uint8Array.from([0xe9, ...bytes])).text].map((ch) => ch.codePointAt(0));
    expect(codePoints).toEqual([
      0xe9, 0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
      0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153,
      0x9d, 0x17e, 0x178,
    ]);
  });
});
