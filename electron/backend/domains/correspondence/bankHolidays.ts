import bundled from '../../../../resources/data/bank-holidays.json';
import { bankHolidayFileSchema, type BankHolidayStatus } from '../../../../shared/bankHolidays';
import type { ParsedInput } from '../../../../shared/contract/api';
import type { Holidays } from '../../../../shared/workingDays';
import { nowIso, type BackendContext, type Db } from '../../context';
import { DomainError } from '../../errors';
import { insertAuditEntries } from '../audit/audit.repository';
import { currentActor } from '../settings/settings.service';

const BUNDLED_EVENTS = bankHolidayFileSchema.parse(bundled)['england-and-wales'].events;
const BUNDLED: Holidays = new Set(BUNDLED_EVENTS.map((e) => e.date));

/** England and Wales bank holidays: the office's loaded copy of the official list, else the bundled one. */
export async function loadBankHolidays(db: Db): Promise<Holidays> {
  const rows = await db.selectFrom('bankHolidays').select('date').execute();
  return rows.length > 0 ? new Set(rows.map((r) => r.date)) : BUNDLED;
}

export async function bankHolidayStatus(db: Db): Promise<BankHolidayStatus> {
  const loaded = await db.selectFrom('bankHolidays').select('date').orderBy('date').execute();
  const dates = loaded.length > 0 ? loaded.map((r) => r.date) : [...BUNDLED].sort();
  return { source: loaded.length > 0 ? 'loaded' : 'bundled', count: dates.length, lastDate: dates.at(-1) ?? '' };
}

/** Replaces the list with a newer copy of the official file (www.gov.uk/bank-holidays.json). */
export async function importBankHolidays(ctx: BackendContext, input: ParsedInput<'bankHolidays.import'>) {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(input.contentBase64, 'base64').toString('utf8'));
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
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const actor = await currentActor(ctx, trx);
    await trx.deleteFrom('bankHolidays').execute();
    await trx
      .insertInto('bankHolidays')
      .values(events.map((e) => ({ date: e.date, title: e.title })))
      .execute();
    await insertAuditEntries(trx, [{ at, actor, entity: 'settings', entityId: null, action: 'import_bank_holidays' }]);
  });
  return bankHolidayStatus(ctx.db);
}
