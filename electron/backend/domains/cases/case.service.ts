import type { ParsedInput } from '../../../../shared/contract/api';
import type { CaseDetail, CaseRecord } from '../../../../shared/contract/cases';
import type { CaseEventKind } from '../../../../shared/domain/enums';
import { CASE_STATUS_LABELS, CASE_TRACKED_FIELDS } from '../../../../shared/domain/enums';
import { addWorkingDays } from '../../../../shared/workingDays';
import { nowIso, todayIso, type BackendContext, type Db } from '../../context';
import { DomainError, notFound } from '../../errors';
import { insertAuditEntries } from '../audit/audit.repository';
import { findCampaign } from '../campaigns/campaign.repository';
import { findConstituent } from '../constituents/constituent.repository';
import { loadBankHolidays } from '../correspondence/bankHolidays';
import { caseTargetWorkingDays, currentActor } from '../settings/settings.service';
import {
  findCase,
  insertCaseEvents,
  insertCaseOutcome,
  insertCases,
  listCaseEvents,
  listCaseOutcomes,
  listCases,
  updateCase,
} from './case.repository';
import { takeCaseReferences } from './caseReference';

async function requireCampaignIfAny(db: Db, campaignId: number | null) {
  if (campaignId !== null && !(await findCampaign(db, campaignId))) throw notFound('Campaign', campaignId);
}

export async function getCaseDetail(ctx: BackendContext, id: number): Promise<CaseDetail> {
  const record = await findCase(ctx.db, id, todayIso(ctx));
  if (!record) throw notFound('Case', id);
  return { record, events: await listCaseEvents(ctx.db, id) };
}

export function searchCases(ctx: BackendContext, input: ParsedInput<'cases.list'>) {
  return listCases(ctx.db, { ...input, today: todayIso(ctx) });
}

/**
 * Opens a case inside the caller's transaction (the intake form opens one with its constituent and
 * contact); without a due date it is due the office's target number of working days after opening.
 */
export async function openCaseIn(
  trx: Db,
  input: ParsedInput<'cases.create'>,
  who: { actor: string; at: string },
): Promise<number> {
  if (!(await findConstituent(trx, input.constituentId))) throw notFound('Constituent', input.constituentId);
  await requireCampaignIfAny(trx, input.campaignId);
  const dueOn =
    input.dueOn || addWorkingDays(input.openedOn, await caseTargetWorkingDays(trx), await loadBankHolidays(trx));
  const [reference] = await takeCaseReferences(trx, Number(input.openedOn.slice(0, 4)));
  const [caseId] = await insertCases(trx, [
    {
      ...input,
      reference: reference!,
      dueOn,
      status: 'open',
      outcome: '',
      isExample: 0,
      createdAt: who.at,
      updatedAt: who.at,
    },
  ]);
  await insertCaseEvents(trx, [{ caseId: caseId!, kind: 'opened', body: '', toStatus: 'open', ...who }]);
  await insertAuditEntries(trx, [{ ...who, entity: 'case', entityId: caseId!, action: 'create' }]);
  return caseId!;
}

export async function openCase(ctx: BackendContext, input: ParsedInput<'cases.create'>): Promise<CaseRecord> {
  const at = nowIso(ctx);
  const id = await ctx.db
    .transaction()
    .execute(async (trx) => openCaseIn(trx, input, { actor: await currentActor(ctx, trx), at }));
  return (await findCase(ctx.db, id, todayIso(ctx)))!;
}

/** The timeline's record of each tracked field that an edit changed: from what, to what. */
function trackedChanges(before: CaseRecord, after: { priority: string; assignee: string; dueOn: string }) {
  return CASE_TRACKED_FIELDS.filter((field) => before[field] !== after[field]).map((field) => ({
    kind: 'changed' as const,
    body: '',
    field,
    fromValue: before[field],
    toValue: after[field],
  }));
}

export async function editCase(ctx: BackendContext, input: ParsedInput<'cases.update'>): Promise<CaseRecord> {
  const { id, ...fields } = input;
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await findCase(trx, id, todayIso(ctx));
    if (!before) throw notFound('Case', id);
    const actor = await currentActor(ctx, trx);
    await requireCampaignIfAny(trx, fields.campaignId);
    await updateCase(trx, id, { ...fields, dueOn: fields.dueOn || null, updatedAt: at });
    await insertCaseEvents(
      trx,
      trackedChanges(before, fields).map((change) => ({ ...change, caseId: id, actor, at })),
    );
    await insertAuditEntries(trx, [{ at, actor, entity: 'case', entityId: id, action: 'update' }]);
  });
  return (await findCase(ctx.db, id, todayIso(ctx)))!;
}

export async function addCaseNote(ctx: BackendContext, input: ParsedInput<'cases.addNote'>): Promise<CaseDetail> {
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const actor = await currentActor(ctx, trx);
    if (!(await updateCase(trx, input.caseId, { updatedAt: at }))) throw notFound('Case', input.caseId);
    await insertCaseEvents(trx, [{ caseId: input.caseId, kind: 'note', body: input.body, actor, at }]);
    await insertAuditEntries(trx, [{ at, actor, entity: 'case', entityId: input.caseId, action: 'add_note' }]);
  });
  return getCaseDetail(ctx, input.caseId);
}

export async function changeCaseStatus(
  ctx: BackendContext,
  input: ParsedInput<'cases.changeStatus'>,
): Promise<CaseDetail> {
  const at = nowIso(ctx);
  const today = todayIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const current = await findCase(trx, input.caseId, today);
    if (!current) throw notFound('Case', input.caseId);
    if (current.status === input.status) {
      throw new DomainError('CONFLICT', `The case is already ${CASE_STATUS_LABELS[input.status].toLowerCase()}.`);
    }
    const closing = input.status === 'closed';
    if (closing && !(await listCaseOutcomes(trx)).includes(input.outcome)) {
      throw new DomainError(
        'VALIDATION',
        `"${input.outcome}" is not one of the office's outcomes: choose one from the list, or add it in Settings.`,
      );
    }
    const kind: CaseEventKind = closing ? 'closed' : current.status === 'closed' ? 'reopened' : 'status_changed';
    const actor = await currentActor(ctx, trx);
    await updateCase(trx, input.caseId, {
      status: input.status,
      closedOn: closing ? today : null,
      outcome: closing ? input.outcome : current.outcome,
      outcomeNote: closing ? input.outcomeNote : current.outcomeNote,
      updatedAt: at,
    });
    await insertCaseEvents(trx, [
      {
        caseId: input.caseId,
        kind,
        body: closing ? [input.outcome, input.outcomeNote].filter(Boolean).join(' — ') : '',
        fromStatus: current.status,
        toStatus: input.status,
        actor,
        at,
      },
    ]);
    await insertAuditEntries(trx, [{ at, actor, entity: 'case', entityId: input.caseId, action: kind }]);
  });
  return getCaseDetail(ctx, input.caseId);
}

export function caseOutcomes(ctx: BackendContext): Promise<string[]> {
  return listCaseOutcomes(ctx.db);
}

export async function addCaseOutcome(ctx: BackendContext, input: ParsedInput<'caseOutcomes.add'>): Promise<string[]> {
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await insertCaseOutcome(trx, input.label))) {
      throw new DomainError('CONFLICT', `The office already has the outcome "${input.label}".`);
    }
    await insertAuditEntries(trx, [
      {
        at: nowIso(ctx),
        actor: await currentActor(ctx, trx),
        entity: 'case_outcome',
        entityId: null,
        action: 'create',
      },
    ]);
  });
  return listCaseOutcomes(ctx.db);
}
