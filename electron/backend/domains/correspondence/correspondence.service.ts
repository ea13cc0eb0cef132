import type { ParsedInput } from '../../../../shared/contract/api';
import type {
  CorrespondenceItem,
  OrganisationDetail,
  OrganisationSummary,
} from '../../../../shared/contract/correspondence';
import { addWorkingDays, workingDaysBetween } from '../../../../shared/workingDays';
import { todayIso, type BackendContext, type CommandContext, type Db } from '../../context';
import type { Work } from '../../unitOfWork';
import { DomainError, notFound } from '../../errors';
import { staleEdit } from '../audit/audit.service';
import { findCampaign } from '../campaigns/campaign.service';
import { findCase } from '../cases/case.service';
import { findConstituent } from '../constituents/constituent.service';
import { loadBankHolidays } from './bankHolidays.service';
import { discardLetterDraftIn } from '../letters/letterDraft.service';
import {
  awaitedItems,
  findCorrespondenceRow,
  findOrganisation,
  insertCorrespondence,
  insertOrganisations,
  listCorrespondence,
  listOrganisations,
  updateCorrespondence,
  updateOrganisationAtVersion,
} from './correspondence.repository';
import { responseStats } from './responseStats';

export async function listOrganisationSummaries(ctx: BackendContext): Promise<OrganisationSummary[]> {
  const today = todayIso(ctx);
  const [organisations, items] = await Promise.all([listOrganisations(ctx.db), awaitedItems(ctx.db)]);
  return organisations.map((o) => ({
    ...o,
    stats: responseStats(
      items.filter((i) => i.organisationId === o.id),
      o.replyTargetDays,
      today,
    ),
  }));
}

export async function getOrganisationDetail(ctx: BackendContext, id: number): Promise<OrganisationDetail> {
  const organisation = await findOrganisation(ctx.db, id);
  if (!organisation) throw notFound('Organisation', id);
  const today = todayIso(ctx);
  const [items, correspondence] = await Promise.all([
    awaitedItems(ctx.db, id),
    listCorrespondence(ctx.db, { organisationId: id, overdueOnly: false, today }),
  ]);
  return {
    organisation: { ...organisation, stats: responseStats(items, organisation.replyTargetDays, today) },
    correspondence,
  };
}

export async function createOrganisation(ctx: CommandContext, input: ParsedInput<'organisations.create'>) {
  const id = await ctx.unitOfWork(async (work) => {
    const [newId] = await insertOrganisations(work.trx, [
      { ...input, isExample: 0, createdAt: work.at, updatedAt: work.at },
    ]);
    work.audit('organisation', newId!, 'create');
    return newId!;
  });
  return (await getOrganisationDetail(ctx, id)).organisation;
}

export async function editOrganisation(ctx: CommandContext, input: ParsedInput<'organisations.update'>) {
  const { id, version, ...fields } = input;
  await ctx.unitOfWork(async (work) => {
    if (!(await findOrganisation(work.trx, id))) throw notFound('Organisation', id);
    if (!(await updateOrganisationAtVersion(work.trx, id, version, { ...fields, updatedAt: work.at }))) {
      throw await staleEdit(work.trx, 'organisation', id, 'this organisation');
    }
    work.audit('organisation', id, 'update');
  });
  return (await getOrganisationDetail(ctx, id)).organisation;
}

export function searchCorrespondence(ctx: BackendContext, input: ParsedInput<'correspondence.list'>) {
  return listCorrespondence(ctx.db, { ...input, today: todayIso(ctx) });
}

/** Checks every record an item links to exists; the case's reference becomes our reference. */
async function resolveLinks(
  db: Db,
  links: {
    organisationId: number | null;
    caseId: number | null;
    campaignId: number | null;
    constituentId: number | null;
  },
  today: string,
) {
  const organisation = links.organisationId === null ? null : await findOrganisation(db, links.organisationId);
  if (links.organisationId !== null && !organisation) throw notFound('Organisation', links.organisationId);
  const linkedCase = links.caseId === null ? null : await findCase(db, links.caseId, today);
  if (links.caseId !== null && !linkedCase) throw notFound('Case', links.caseId);
  if (links.campaignId !== null && !(await findCampaign(db, links.campaignId)))
    throw notFound('Campaign', links.campaignId);
  if (links.constituentId !== null && !(await findConstituent(db, links.constituentId))) {
    throw notFound('Constituent', links.constituentId);
  }
  return {
    organisation,
    ourReference: linkedCase?.reference ?? '',
    constituentId: links.constituentId ?? linkedCase?.constituentId ?? null,
    campaignId: links.campaignId ?? linkedCase?.campaignId ?? null,
  };
}

async function findItem(ctx: BackendContext, id: number): Promise<CorrespondenceItem> {
  const [item] = await listCorrespondence(ctx.db, { id, overdueOnly: false, today: todayIso(ctx) });
  if (!item) throw notFound('Correspondence', id);
  return item;
}

/**
 * A letter, email or phone note sent. Sent to an organisation and expecting a reply, it is due
 * the organisation's target in working days after the day it was sent (weekends and bank holidays skipped).
 */
export async function recordOutgoing(ctx: CommandContext, input: ParsedInput<'correspondence.recordOutgoing'>) {
  const id = await ctx.unitOfWork(async (work) => {
    const { trx, actor, at } = work;
    const { organisation, ...resolved } = await resolveLinks(trx, input, work.today);
    const replyDueOn =
      input.expectsReply && organisation
        ? addWorkingDays(input.sentOn, organisation.replyTargetDays, await loadBankHolidays(trx))
        : null;
    const { sentOn, expectsReply: _expectsReply, draftId, ...fields } = input;
    if (draftId !== null) await discardLetterDraftIn(work, draftId);
    const newId = await insertCorrespondence(trx, {
      ...fields,
      ...resolved,
      organisationId: input.organisationId,
      direction: 'out',
      datedOn: sentOn,
      replyState: replyDueOn ? 'awaiting' : 'not_needed',
      replyDueOn,
      isHolding: 0,
      isExample: 0,
      actor,
      createdAt: at,
    });
    work.audit('correspondence', newId, 'record_outgoing');
    return newId;
  });
  return findItem(ctx, id);
}

/**
 * A letter, e-mail, call or visit received, inside the caller's unit of work (the intake form records
 * one with its constituent and case). As a full reply it closes the wait and records the response time.
 */
export async function recordIncomingIn(
  work: Work,
  input: ParsedInput<'correspondence.recordIncoming'>,
): Promise<number> {
  const { trx } = work;
  const original = input.inReplyTo === null ? null : await findCorrespondenceRow(trx, input.inReplyTo);
  if (input.inReplyTo !== null && (!original || original.direction !== 'out')) {
    throw new DomainError('NOT_FOUND', 'The letter this replies to could not be found among the ones sent.');
  }
  const { organisationId, caseId, campaignId, constituentId } = original ?? input;
  const links = { organisationId, caseId, campaignId, constituentId };
  const { organisation: _organisation, ...resolved } = await resolveLinks(trx, links, work.today);
  const newId = await insertCorrespondence(trx, {
    ...links,
    ...resolved,
    organisationId: links.organisationId,
    direction: 'in',
    channel: input.channel,
    subject: input.subject,
    body: input.body,
    theirReference: input.theirReference,
    datedOn: input.receivedOn,
    replyState: 'not_needed',
    inReplyTo: input.inReplyTo,
    isHolding: input.holding ? 1 : 0,
    isExample: 0,
    actor: work.actor,
    createdAt: work.at,
  });
  if (original && original.replyState === 'awaiting') {
    if (input.holding) {
      if (input.newDueOn) await updateCorrespondence(trx, original.id, { replyDueOn: input.newDueOn });
    } else {
      const holidays = await loadBankHolidays(trx);
      await updateCorrespondence(trx, original.id, {
        replyState: 'replied',
        repliedOn: input.receivedOn,
        responseWorkingDays: workingDaysBetween(original.datedOn, input.receivedOn, holidays),
      });
    }
  }
  work.audit('correspondence', newId, 'record_incoming');
  if (original) work.changed('correspondence', original.id);
  return newId;
}

export async function recordIncoming(ctx: CommandContext, input: ParsedInput<'correspondence.recordIncoming'>) {
  const id = await ctx.unitOfWork((work) => recordIncomingIn(work, input));
  return findItem(ctx, id);
}

/** Reads (and, for the example office, writes) other domains use: the rest of the repository stays private. */
export {
  countOverdueReplies,
  findCorrespondenceRow,
  findOrganisation,
  insertCorrespondence,
  insertOrganisations,
} from './correspondence.repository';
