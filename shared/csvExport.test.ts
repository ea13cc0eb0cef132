import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csvExport';

describe('toCsv', () => {
  it('quotes every cell and neutralises formula starts', () => {
    expect(
      toCsv([
        ['Row', 'Reason'],
        [2, '=HYPERLINK("x")'],
        [3, '+1'],
        [4, '-2'],
        [5, '@SUM(A1)'],
        [6, '\tx'],
        [7, 'ok, "quoted"'],
      ]),
    ).toBe(
      '"Row","Reason"\r\n"2","\'=HYPERLINK(""x"")"\r\n"3","\'+1"\r\n"4","\'-2"\r\n"5","\'@SUM(A1)"\r\n"6","\'\tx"\r\n"7","ok, ""quoted"""\r\n',
    );
  });

  it('round-trips any text through a CSV parser (apart from the neutralising apostrophe)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const parsed = (parse(toCsv(rows), { relax_column_count: true }) as string[][]).slice(0, rows.length);
          const expected = rows.map((row) => row.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
          expect(parsed).toEqual(expected);
        },
      ),
    );
  });
});
