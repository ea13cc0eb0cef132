import type { ParsedInput } from '../../../../shared/contract/api';
import type { CaseDetail, CaseRecord } from '../../../../shared/contract/cases';
import type { CaseEventKind } from '../../../../shared/domain/enums';
import { CASE_STATUS_LABELS } from '../../../../shared/domain/enums';
import { nowIso, todayIso, type BackendContext, type Db } from '../../context';
import { DomainError, notFound } from '../../errors';
import { insertAuditEntries } from '../audit/audit.repository';
import { findCampaign } from '../campaigns/campaign.repository';
import { findConstituent } from '../constituents/constituent.repository';
import { currentActor } from '../settings/settings.service';
import { findCase, insertCaseEvents, insertCases, listCaseEvents, listCases, updateCase } from './case.repository';
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

export async function openCase(ctx: BackendContext, input: ParsedInput<'cases.create'>): Promise<CaseRecord> {
  const at = nowIso(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    if (!(await findConstituent(trx, input.constituentId))) throw notFound('Constituent', input.constituentId);
    await requireCampaignIfAny(trx, input.campaignId);
    const actor = await currentActor(ctx, trx);
    const [reference] = await takeCaseReferences(trx, Number(input.openedOn.slice(0, 4)));
    const [caseId] = await insertCases(trx, [
      {
        ...input,
        reference: reference!,
        dueOn: input.dueOn || null,
        status: 'open',
        outcome: '',
        isExample: 0,
        createdAt: at,
        updatedAt: at,
      },
    ]);
    await insertCaseEvents(trx, [{ caseId: caseId!, kind: 'opened', body: '', toStatus: 'open', actor, at }]);
    await insertAuditEntries(trx, [{ at, actor, entity: 'case', entityId: caseId!, action: 'create' }]);
    return caseId!;
  });
  return (await findCase(ctx.db, id, todayIso(ctx)))!;
}

export async function editCase(ctx: BackendContext, input: ParsedInput<'cases.update'>): Promise<CaseRecord> {
  const { id, ...fields } = input;
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const actor = await currentActor(ctx, trx);
    await requireCampaignIfAny(trx, fields.campaignId);
    if (!(await updateCase(trx, id, { ...fields, dueOn: fields.dueOn || null, updatedAt: at }))) {
      throw notFound('Case', id);
    }
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
    const kind: CaseEventKind = closing ? 'closed' : current.status === 'closed' ? 'reopened' : 'status_changed';
    const actor = await currentActor(ctx, trx);
    await updateCase(trx, input.caseId, {
      status: input.status,
      closedOn: closing ? today : null,
      outcome: closing ? input.outcome : current.outcome,
      updatedAt: at,
    });
    await insertCaseEvents(trx, [
      {
        caseId: input.caseId,
        kind,
        body: closing ? input.outcome : '',
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
