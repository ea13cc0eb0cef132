import type { AppSettings } from '../../../../shared/contract/system';
import type { ParsedInput } from '../../../../shared/contract/api';
import type { BackendContext, CommandContext, Db } from '../../context';
import { readSetting, writeSetting } from './settings.repository';

/** Until staff sign in, the local caller is the staff member named in Settings, else the OS user. */
export async function localStaffName(ctx: BackendContext): Promise<string> {
  return (await readSetting(ctx.db, 'staffName')) ?? ctx.host.defaultStaffName;
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
    staffName: await localStaffName(ctx),
    constituencyName: (await readSetting(ctx.db, 'constituencyName')) ?? '',
    constituencyCode: await constituencyCode(ctx.db),
    mpName: (await readSetting(ctx.db, 'mpName')) ?? '',
    officeAddress: (await readSetting(ctx.db, 'officeAddress')) ?? '',
    caseTargetWorkingDays: await caseTargetWorkingDays(ctx.db),
    dataFile: ctx.host.dataFile,
    hostKind: ctx.host.kind,
    appVersion: ctx.host.appVersion,
    schemaVersion: ctx.schemaVersion,
  };
}

export async function updateSettings(ctx: CommandContext, input: ParsedInput<'settings.update'>): Promise<AppSettings> {
  await ctx.unitOfWork(async (work) => {
    const { trx } = work;
    await writeSetting(trx, 'staffName', input.staffName);
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
