import type { ParsedInput } from '../../../../shared/contract/api';
import type {
  CorrespondenceItem,
  OrganisationDetail,
  OrganisationSummary,
} from '../../../../shared/contract/correspondence';
import { addWorkingDays, workingDaysBetween } from '../../../../shared/workingDays';
import { nowIso, todayIso, type BackendContext, type Db } from '../../context';
import { DomainError, notFound } from '../../errors';
import { insertAuditEntries } from '../audit/audit.repository';
import { findCampaign } from '../campaigns/campaign.repository';
import { findCase } from '../cases/case.repository';
import { findConstituent } from '../constituents/constituent.repository';
import { currentActor } from '../settings/settings.service';
import { loadBankHolidays } from './bankHolidays';
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
  updateOrganisation,
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

export async function createOrganisation(ctx: BackendContext, input: ParsedInput<'organisations.create'>) {
  const at = nowIso(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const actor = await currentActor(ctx, trx);
    const [newId] = await insertOrganisations(trx, [{ ...input, isExample: 0, createdAt: at, updatedAt: at }]);
    await insertAuditEntries(trx, [{ at, actor, entity: 'organisation', entityId: newId!, action: 'create' }]);
    return newId!;
  });
  return (await getOrganisationDetail(ctx, id)).organisation;
}

export async function editOrganisation(ctx: BackendContext, input: ParsedInput<'organisations.update'>) {
  const { id, ...fields } = input;
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const actor = await currentActor(ctx, trx);
    if (!(await updateOrganisation(trx, id, { ...fields, updatedAt: at }))) throw notFound('Organisation', id);
    await insertAuditEntries(trx, [{ at, actor, entity: 'organisation', entityId: id, action: 'update' }]);
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
export async function recordOutgoing(ctx: BackendContext, input: ParsedInput<'correspondence.recordOutgoing'>) {
  const at = nowIso(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { organisation, ...resolved } = await resolveLinks(trx, input, todayIso(ctx));
    const replyDueOn =
      input.expectsReply && organisation
        ? addWorkingDays(input.sentOn, organisation.replyTargetDays, await loadBankHolidays(trx))
        : null;
    const actor = await currentActor(ctx, trx);
    const { sentOn, expectsReply: _expectsReply, draftId, ...fields } = input;
    if (draftId !== null) await discardLetterDraftIn(trx, draftId, { actor, at });
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
    await insertAuditEntries(trx, [
      { at, actor, entity: 'correspondence', entityId: newId, action: 'record_outgoing' },
    ]);
    return newId;
  });
  return findItem(ctx, id);
}

/**
 * A letter, e-mail, call or visit received, inside the caller's transaction (the intake form records
 * one with its constituent and case). As a full reply it closes the wait and records the response time.
 */
export async function recordIncomingIn(
  trx: Db,
  input: ParsedInput<'correspondence.recordIncoming'>,
  who: { actor: string; at: string; today: string },
): Promise<number> {
  const original = input.inReplyTo === null ? null : await findCorrespondenceRow(trx, input.inReplyTo);
  if (input.inReplyTo !== null && (!original || original.direction !== 'out')) {
    throw new DomainError('NOT_FOUND', 'The letter this replies to could not be found among the ones sent.');
  }
  const { organisationId, caseId, campaignId, constituentId } = original ?? input;
  const links = { organisationId, caseId, campaignId, constituentId };
  const { organisation: _organisation, ...resolved } = await resolveLinks(trx, links, who.today);
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
    actor: who.actor,
    createdAt: who.at,
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
  await insertAuditEntries(trx, [
    { at: who.at, actor: who.actor, entity: 'correspondence', entityId: newId, action: 'record_incoming' },
  ]);
  return newId;
}

export async function recordIncoming(ctx: BackendContext, input: ParsedInput<'correspondence.recordIncoming'>) {
  const at = nowIso(ctx);
  const id = await ctx.db
    .transaction()
    .execute(async (trx) =>
      recordIncomingIn(trx, input, { actor: await currentActor(ctx, trx), at, today: todayIso(ctx) }),
    );
  return findItem(ctx, id);
}
