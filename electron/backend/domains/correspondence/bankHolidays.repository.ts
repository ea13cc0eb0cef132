import type { Db } from '../../context';

/** The office's loaded copy of the official list, in date order (empty: the bundled copy is in use). */
export async function loadedBankHolidayDates(db: Db): Promise<string[]> {
  return (await db.selectFrom('bankHolidays').select('date').orderBy('date').execute()).map((row) => row.date);
}

export async function replaceBankHolidays(db: Db, events: { date: string; title: string }[]): Promise<void> {
  await db.deleteFrom('bankHolidays').execute();
  await db.insertInto('bankHolidays').values(events).execute();
}
