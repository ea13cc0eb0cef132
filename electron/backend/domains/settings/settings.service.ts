import type { AppSettings } from '../../../../shared/contract/system';
import type { ParsedInput } from '../../../../shared/contract/api';
import type { BackendContext, CommandContext, Db } from '../../context';
import { deleteSetting, insertSetting, readSetting, writeSetting } from './settings.repository';

/** Whether this office (solo, one staff member) has switched sign-in off. */
export async function signInOff(db: Db): Promise<boolean> {
  return (await readSetting(db, 'signInOff')) === '1';
}

export async function setSignInOff(db: Db, off: boolean): Promise<void> {
  if (off) await writeSetting(db, 'signInOff', '1');
  else await deleteSetting(db, 'signInOff');
}

/** Marks the office as set up; a second set-up (another laptop at the same moment) fails on the setting's key. */
export async function markSetUp(db: Db, at: string): Promise<void> {
  await insertSetting(db, 'setUpAt', at);
}

/** The indexing rules the search index was last built with ('' when never). */
export async function searchIndexVersion(db: Db): Promise<string> {
  return (await readSetting(db, 'searchIndexVersion')) ?? '';
}

export async function setSearchIndexVersion(db: Db, version: string): Promise<void> {
  await writeSetting(db, 'searchIndexVersion', version);
}

/** A new case is due this many working days after it is opened, unless the caseworker sets a date. */
export const DEFAULT_CASE_TARGET_WORKING_DAYS = 20;

export async function caseTargetWorkingDays(db: Db): Promise<number> {
  return Number((await readSetting(db, 'caseTargetWorkingDays')) ?? DEFAULT_CASE_TARGET_WORKING_DAYS);
}

/** The office's constituency (ONS code), or '' when not set: postcodes elsewhere are counted apart. */
export async function constituencyCode(db: Db): Promise<string> {
  return (await readSetting(db, 'constituencyCode')) ?? '';
}

export async function getSettings(ctx: BackendContext): Promise<AppSettings> {
  return {
    constituencyName: (await readSetting(ctx.db, 'constituencyName')) ?? '',
    constituencyCode: await constituencyCode(ctx.db),
    mpName: (await readSetting(ctx.db, 'mpName')) ?? '',
    officeAddress: (await readSetting(ctx.db, 'officeAddress')) ?? '',
    caseTargetWorkingDays: await caseTargetWorkingDays(ctx.db),
    dataFile: ctx.host.dataFile,
    officeDatabase: ctx.officeDatabase ?? null,
    hostKind: ctx.host.kind,
    appVersion: ctx.host.appVersion,
    schemaVersion: ctx.schemaVersion,
  };
}

export async function updateSettings(ctx: CommandContext, input: ParsedInput<'settings.update'>): Promise<AppSettings> {
  await ctx.unitOfWork(async (work) => {
    const { trx } = work;
    await writeSetting(trx, 'constituencyName', input.constituencyName);
    await writeSetting(trx, 'constituencyCode', input.constituencyCode);
    await writeSetting(trx, 'mpName', input.mpName);
    await writeSetting(trx, 'officeAddress', input.officeAddress);
    await writeSetting(trx, 'caseTargetWorkingDays', String(input.caseTargetWorkingDays));
    work.audit('settings', null, 'update');
  });
  return getSettings(ctx);
}

/** Reads (and, for the example office, writes) other domains use: the rest of the repository stays private. */
export { deleteSetting, readSetting, writeSetting } from './settings.repository';
