import type { Db } from '../../context';

export const SETTING_KEYS = [
  'signInOff',
  /** Written once, by the first administrator's set-up: a second set-up fails on the key. */
  'setUpAt',
  'exampleDataLoaded',
  'constituencyName',
  'constituencyCode',
  'mpName',
  'officeAddress',
  'letterheadLogo',
  'caseTargetWorkingDays',
  /** The indexing rules the search index was last built with. */
  'searchIndexVersion',
  /** The key backups are encrypted with (from the office's passphrase by scrypt), with its salt and cost. */
  'backupKey',
  /** The retention schedule (JSON, read back through the contract's schema). */
  'retentionSchedule',
] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export async function readSetting(db: Db, key: SettingKey): Promise<string | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

export async function writeSetting(db: Db, key: SettingKey, value: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/** A setting written once: fails (unique key) when it is already there. */
export async function insertSetting(db: Db, key: SettingKey, value: string): Promise<void> {
  await db.insertInto('settings').values({ key, value }).execute();
}

export async function deleteSetting(db: Db, key: SettingKey): Promise<void> {
  await db.deleteFrom('settings').where('key', '=', key).execute();
}
