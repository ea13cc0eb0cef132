import bundled from '../../../../resources/data/bank-holidays.json';
import { bankHolidayFileSchema } from '../../../../shared/bankHolidays';
import type { Holidays } from '../../../../shared/workingDays';
import type { Db } from '../../context';

const BUNDLED: Holidays = new Set(bankHolidayFileSchema.parse(bundled)['england-and-wales'].events.map((e) => e.date));

/** England and Wales bank holidays: the office's loaded copy of the official list, else the bundled one. */
export async function loadBankHolidays(db: Db): Promise<Holidays> {
  const rows = await db.selectFrom('bankHolidays').select('date').execute();
  return rows.length > 0 ? new Set(rows.map((r) => r.date)) : BUNDLED;
}
