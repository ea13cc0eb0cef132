import type { AppSettings } from '../../../../shared/contract/system';
import type { ParsedInput } from '../../../../shared/contract/api';
import { nowIso, type BackendContext, type Db } from '../../context';
import { insertAuditEntries } from '../audit/audit.repository';
import { readSetting, writeSetting } from './settings.repository';

/** The name that goes on notes and audit entries: the one set in Settings, else the OS user. */
export async function currentActor(ctx: BackendContext, db: Db = ctx.db): Promise<string> {
  return (await readSetting(db, 'staffName')) ?? ctx.host.defaultStaffName;
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
    staffName: await currentActor(ctx),
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

export async function updateSettings(ctx: BackendContext, input: ParsedInput<'settings.update'>): Promise<AppSettings> {
  await ctx.db.transaction().execute(async (trx) => {
    await writeSetting(trx, 'staffName', input.staffName);
    await writeSetting(trx, 'constituencyName', input.constituencyName);
    await writeSetting(trx, 'constituencyCode', input.constituencyCode);
    await writeSetting(trx, 'mpName', input.mpName);
    await writeSetting(trx, 'officeAddress', input.officeAddress);
    await writeSetting(trx, 'caseTargetWorkingDays', String(input.caseTargetWorkingDays));
    await insertAuditEntries(trx, [
      { at: nowIso(ctx), actor: input.staffName, entity: 'settings', entityId: null, action: 'update' },
    ]);
  });
  return getSettings(ctx);
}
