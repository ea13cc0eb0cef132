import type { ParsedInput } from '../../../../shared/contract/api';
import { foldedWords } from '../../../../shared/textMatching';
import { indexableWords } from '../../db/searchIndex';
import type { CaseDetail, CaseRecord } from '../../../../shared/contract/cases';
import type { CaseEventKind } from '../../../../shared/domain/enums';
import {
  CASE_STATUS_LABELS,
  CASE_TRACKED_FIELDS,
  CONSENT_CHANNEL_LABELS,
  type ConsentChannel,
} from '../../../../shared/domain/enums';
import { formatUkDate } from '../../../../shared/dates';
import { addWorkingDays } from '../../../../shared/workingDays';
import { todayIso, type BackendContext, type CommandContext, type Db } from '../../context';
import type { Work } from '../../unitOfWork';
import { DomainError, notFound } from '../../errors';
import { staleEdit } from '../audit/audit.service';
import { findCampaign } from '../campaigns/campaign.service';
import { findConstituent } from '../constituents/constituent.service';
import { loadBankHolidays } from '../correspondence/bankHolidays.service';
import { caseTargetWorkingDays } from '../settings/settings.service';
import { assigneeName } from '../staff/staff.service';
import {
  findCase,
  insertCaseEvents,
  insertCaseOutcome,
  insertCases,
  listCaseEvents,
  listCaseOutcomes,
  listCases,
  takeCaseReferences,
  updateCase,
  updateCaseAtVersion,
} from './case.repository';

async function requireCampaignIfAny(db: Db, campaignId: number | null) {
  if (campaignId !== null && !(await findCampaign(db, campaignId))) throw notFound('Campaign', campaignId);
}

export async function getCaseDetail(ctx: BackendContext, id: number): Promise<CaseDetail> {
  const record = await findCase(ctx.db, id, todayIso(ctx));
  if (!record) throw notFound('Case', id);
  return { record, events: await listCaseEvents(ctx.db, id) };
}

export function searchCases(ctx: BackendContext, input: ParsedInput<'cases.list'>) {
  const { text, ...filters } = input;
  const words = indexableWords(foldedWords(text ?? ''));
  if (text?.trim() && words.length === 0) {
    const message = 'Type a word of three letters or more to find cases by their text';
    throw new DomainError('VALIDATION', message, undefined, { text: [message] });
  }
  return listCases(ctx.db, { ...filters, words, today: todayIso(ctx) });
}

/**
 * Opens a case inside the caller's unit of work (the intake form opens one with its constituent and
 * contact); without a due date it is due the office's target number of working days after opening.
 */
export async function openCaseIn(work: Work, input: ParsedInput<'cases.create'>): Promise<number> {
  const { trx, actor, at } = work;
  if (!(await findConstituent(trx, input.constituentId))) throw notFound('Constituent', input.constituentId);
  await requireCampaignIfAny(trx, input.campaignId);
  const dueOn =
    input.dueOn || addWorkingDays(input.openedOn, await caseTargetWorkingDays(trx), await loadBankHolidays(trx));
  const assignee = await assigneeName(trx, input.assignee);
  const [reference] = await takeCaseReferences(trx, Number(input.openedOn.slice(0, 4)));
  const [caseId] = await insertCases(trx, [
    {
      ...input,
      assignee,
      reference: reference!,
      dueOn,
      status: 'open',
      outcome: '',
      isExample: 0,
      createdAt: at,
      updatedAt: at,
    },
  ]);
  await insertCaseEvents(trx, [{ caseId: caseId!, kind: 'opened', body: '', toStatus: 'open', actor, at }]);
  work.audit('case', caseId!, 'create');
  return caseId!;
}

export async function openCase(ctx: CommandContext, input: ParsedInput<'cases.create'>): Promise<CaseRecord> {
  const id = await ctx.unitOfWork((work) => openCaseIn(work, input));
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

export async function editCase(ctx: CommandContext, input: ParsedInput<'cases.update'>): Promise<CaseRecord> {
  const { id, version, ...fields } = input;
  await ctx.unitOfWork(async (work) => {
    const { trx, actor, at } = work;
    const before = await findCase(trx, id, work.today);
    if (!before) throw notFound('Case', id);
    await requireCampaignIfAny(trx, fields.campaignId);
    // A colleague, when it changes; a case assigned before staff accounts keeps its name until then.
    if (fields.assignee !== before.assignee) fields.assignee = await assigneeName(trx, fields.assignee);
    if (!(await updateCaseAtVersion(trx, id, version, { ...fields, dueOn: fields.dueOn || null, updatedAt: at }))) {
      throw await staleEdit(trx, 'case', id, 'this case');
    }
    await insertCaseEvents(
      trx,
      trackedChanges(before, fields).map((change) => ({ ...change, caseId: id, actor, at })),
    );
    work.audit('case', id, 'update');
  });
  return (await findCase(ctx.db, id, todayIso(ctx)))!;
}

export async function addCaseNote(ctx: CommandContext, input: ParsedInput<'cases.addNote'>): Promise<CaseDetail> {
  await ctx.unitOfWork(async (work) => {
    const { trx, actor, at } = work;
    if (!(await updateCase(trx, input.caseId, { updatedAt: at }))) throw notFound('Case', input.caseId);
    await insertCaseEvents(trx, [{ caseId: input.caseId, kind: 'note', body: input.body, actor, at }]);
    work.audit('case', input.caseId, 'add_note');
  });
  return getCaseDetail(ctx, input.caseId);
}

/** Consent to act, as the constituent gave it (or its withdrawal), on the case and in its timeline. */
export async function recordCaseConsent(
  ctx: CommandContext,
  input: ParsedInput<'cases.recordConsent'>,
): Promise<CaseDetail> {
  await ctx.unitOfWork(async (work) => {
    const { trx, actor, at, today } = work;
    if (input.givenOn > today) {
      throw new DomainError('VALIDATION', 'Consent cannot be given in the future.', undefined, {
        givenOn: ['Consent cannot be given in the future'],
      });
    }
    const given = input.givenBy !== '';
    const changes = { consentGivenBy: input.givenBy, consentGivenOn: given ? input.givenOn : null, updatedAt: at };
    if (!(await updateCase(trx, input.caseId, changes))) throw notFound('Case', input.caseId);
    const body = given
      ? `${CONSENT_CHANNEL_LABELS[input.givenBy as ConsentChannel]}, given ${formatUkDate(input.givenOn)}`
      : 'Consent withdrawn';
    await insertCaseEvents(trx, [{ caseId: input.caseId, kind: 'consent', body, actor, at }]);
    work.audit('case', input.caseId, given ? 'record_consent' : 'withdraw_consent');
  });
  return getCaseDetail(ctx, input.caseId);
}

export async function changeCaseStatus(
  ctx: CommandContext,
  input: ParsedInput<'cases.changeStatus'>,
): Promise<CaseDetail> {
  await ctx.unitOfWork(async (work) => {
    const { trx, actor, at, today } = work;
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
    work.audit('case', input.caseId, kind);
  });
  return getCaseDetail(ctx, input.caseId);
}

export function caseOutcomes(ctx: BackendContext): Promise<string[]> {
  return listCaseOutcomes(ctx.db);
}

export async function addCaseOutcome(ctx: CommandContext, input: ParsedInput<'caseOutcomes.add'>): Promise<string[]> {
  await ctx.unitOfWork(async (work) => {
    if (!(await insertCaseOutcome(work.trx, input.label))) {
      throw new DomainError('CONFLICT', `The office already has the outcome "${input.label}".`);
    }
    work.audit('case_outcome', null, 'create');
  });
  return listCaseOutcomes(ctx.db);
}

/** Reads (and, for the example office, writes) other domains use: the rest of the repository stays private. */
export {
  countCasesByState,
  findCase,
  insertCaseEvents,
  insertCases,
  listCases,
  takeCaseReferences,
  updateCase,
} from './case.repository';
