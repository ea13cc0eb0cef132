import bundled from '../../../../resources/data/bank-holidays.json';
import { bankHolidayFileSchema, type BankHolidayStatus } from '../../../../shared/bankHolidays';
import type { ParsedInput } from '../../../../shared/contract/api';
import type { Holidays } from '../../../../shared/workingDays';
import type { CommandContext, Db } from '../../context';
import { DomainError } from '../../errors';
import { loadedBankHolidayDates, replaceBankHolidays } from './bankHolidays.repository';

const BUNDLED_EVENTS = bankHolidayFileSchema.parse(bundled)['england-and-wales'].events;
const BUNDLED: Holidays = new Set(BUNDLED_EVENTS.map((e) => e.date));

/** England and Wales bank holidays: the office's loaded copy of the official list, else the bundled one. */
export async function loadBankHolidays(db: Db): Promise<Holidays> {
  const loaded = await loadedBankHolidayDates(db);
  return loaded.length > 0 ? new Set(loaded) : BUNDLED;
}

export async function bankHolidayStatus(db: Db): Promise<BankHolidayStatus> {
  const loaded = await loadedBankHolidayDates(db);
  const dates = loaded.length > 0 ? loaded : [...BUNDLED].sort();
  return { source: loaded.length > 0 ? 'loaded' : 'bundled', count: dates.length, lastDate: dates.at(-1) ?? '' };
}

/** Replaces the list with a newer copy of the official file (www.gov.uk/bank-holidays.json). */
export async function importBankHolidays(ctx: CommandContext, input: ParsedInput<'bankHolidays.import'>) {
  // Read outside the try: a missing or over-size upload says so, rather than "not JSON".
  const file = await ctx.staging.read(input.stagedFileId, {
    maxBytes: 5_000_000,
    tooLarge: 'The bank holidays file is too large.',
  });
  let json: unknown;
  try {
    json = JSON.parse(file.toString('utf8'));
  } catch {
    throw new DomainError(
      'IMPORT_REJECTED',
      'This file is not JSON. Download bank-holidays.json from GOV.UK and try again.',
    );
  }
  const parsed = bankHolidayFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new DomainError(
      'IMPORT_REJECTED',
      `This is not GOV.UK’s bank holidays file: ${parsed.error.issues[0]?.message ?? 'unexpected layout'}. The list in use is unchanged.`,
    );
  }
  const events = [...new Map(parsed.data['england-and-wales'].events.map((e) => [e.date, e])).values()];
  await ctx.unitOfWork(async (work) => {
    await replaceBankHolidays(
      work.trx,
      events.map((e) => ({ date: e.date, title: e.title })),
    );
    work.audit('bank_holidays', null, 'import');
  });
  return bankHolidayStatus(ctx.db);
}
