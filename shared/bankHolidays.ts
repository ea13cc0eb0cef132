import { z } from 'zod';

/** The official GOV.UK bank holidays file (www.gov.uk/bank-holidays.json); only England and Wales is used. */
export const bankHolidayFileSchema = z.object({
  'england-and-wales': z.object({
    events: z
      .array(
        z.object({
          title: z.string().default(''),
          date: z.iso.date({ error: 'Each event needs a date as YYYY-MM-DD' }),
        }),
      )
      .min(1, 'The file lists no bank holidays for England and Wales'),
  }),
});
export type BankHolidayFile = z.output<typeof bankHolidayFileSchema>;

export interface BankHolidayStatus {
  /** 'bundled': the copy shipped with Postbag; 'loaded': a newer file the office loaded. */
  source: 'bundled' | 'loaded';
  count: number;
  lastDate: string;
}
