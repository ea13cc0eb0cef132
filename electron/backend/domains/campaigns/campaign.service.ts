import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { ParsedInput } from '../../../../shared/contract/api';
import type { Campaign, CampaignDetail, CampaignListRow } from '../../../../shared/contract/campaigns';
import { CAMPAIGN_STAGE_LABELS, type CampaignStage } from '../../../../shared/domain/enums';
import { todayIso, type BackendContext, type CommandContext, type Db, type QueryContext } from '../../context';
import { mayCall } from '../../../../shared/contract/access';
import type { Work } from '../../unitOfWork';
import { DomainError, notFound } from '../../errors';
import { staleEdit } from '../audit/audit.service';
import { listCases } from '../cases/case.service';
import { findConstituent, listConstituentsByIds } from '../constituents/constituent.service';
import { constituencyCode } from '../settings/settings.service';
import { listBatches, signatureStats } from '../signatures/signature.service';
import {
  deleteFigure,
  deliveredOn,
  findCampaign,
  findFigureCampaign,
  findParliamentPetition,
  insertCampaign,
  insertCampaignEvents,
  insertFigures,
  linkConstituent,
  linkedConstituentIds,
  listCampaignEvents,
  listCampaignRows,
  listFigures,
  unlinkConstituent,
  updateCampaign,
  updateCampaignAtVersion,
} from './campaign.repository';

const WAITING_STAGES: readonly CampaignStage[] = ['delivered', 'awaiting_response'];

/** Days since delivery while the reply is awaited; null when nothing is awaited. */
export function daysWaiting(stage: CampaignStage, delivered: string | null, today: string): number | null {
  if (!WAITING_STAGES.includes(stage) || delivered === null) return null;
  return Math.max(0, differenceInCalendarDays(parseISO(today), parseISO(delivered)));
}

async function requireCampaign(db: Db, id: number): Promise<Campaign> {
  const campaign = await findCampaign(db, id);
  if (!campaign) throw notFound('Campaign', id);
  return campaign;
}

/** Runs one user action on a campaign in the command's unit of work, bumps its updatedAt and audits it. */
export function campaignAction<T>(
  ctx: CommandContext,
  campaignId: number,
  action: string,
  act: (work: Work) => Promise<T>,
): Promise<T> {
  return ctx.unitOfWork(async (work) => {
    await requireCampaign(work.trx, campaignId);
    const result = await act(work);
    await updateCampaign(work.trx, campaignId, { updatedAt: work.at });
    work.audit('campaign', campaignId, action);
    return result;
  });
}

export async function listCampaigns(ctx: BackendContext): Promise<CampaignListRow[]> {
  const today = todayIso(ctx);
  const rows = await listCampaignRows(ctx.db);
  return rows.map(({ deliveredOn: delivered, ...row }) => ({
    ...row,
    signatures: Number(row.signatures ?? 0),
    isExample: row.isExample === 1,
    daysWaiting: daysWaiting(row.stage, delivered ?? null, today),
  }));
}

/** A campaign's page; a volunteer's leaves out the constituents and cases linked to it (casework). */
export async function getCampaignDetail(ctx: QueryContext, id: number): Promise<CampaignDetail> {
  const campaign = await requireCampaign(ctx.db, id);
  const casework = ctx.caller.role !== null && mayCall(ctx.caller.role, 'cases.list');
  const today = todayIso(ctx);
  const officeConstituency = await constituencyCode(ctx.db);
  const [stats, timeline, figures, batches, constituentIds, cases, delivered, parliamentPetition] = await Promise.all([
    signatureStats(ctx.db, id, officeConstituency),
    listCampaignEvents(ctx.db, id),
    listFigures(ctx.db, id),
    listBatches(ctx.db, id),
    linkedConstituentIds(ctx.db, id),
    listCases(ctx.db, { campaignId: id, sort: 'openedOn', direction: 'desc', offset: 0, limit: 1_000, today }),
    deliveredOn(ctx.db, id),
    findParliamentPetition(ctx.db, id),
  ]);
  return {
    campaign,
    daysWaiting: daysWaiting(campaign.stage, delivered, today),
    stats,
    timeline,
    figures,
    batches,
    constituents: casework ? await listConstituentsByIds(ctx.db, constituentIds) : [],
    cases: casework ? cases.rows : [],
    parliamentPetition,
  };
}

export async function createCampaign(ctx: CommandContext, input: ParsedInput<'campaigns.create'>): Promise<Campaign> {
  const id = await ctx.unitOfWork(async (work) => {
    const { trx, actor, at } = work;
    const { startedOn, ...fields } = input;
    const campaignId = await insertCampaign(trx, {
      ...fields,
      stage: 'planning',
      stageSince: startedOn,
      isExample: 0,
      createdAt: at,
      updatedAt: at,
    });
    await insertCampaignEvents(trx, [
      {
        campaignId,
        kind: 'stage',
        stage: 'planning',
        occurredOn: startedOn,
        title: 'Campaign started',
        body: '',
        actor,
        at,
      },
    ]);
    work.audit('campaign', campaignId, 'create');
    return campaignId;
  });
  return requireCampaign(ctx.db, id);
}

export async function editCampaign(ctx: CommandContext, input: ParsedInput<'campaigns.update'>): Promise<Campaign> {
  const { id, version, ...fields } = input;
  await campaignAction(ctx, id, 'update', async ({ trx }) => {
    if (!(await updateCampaignAtVersion(trx, id, version, fields))) {
      throw await staleEdit(trx, 'campaign', id, 'this campaign');
    }
  });
  return requireCampaign(ctx.db, id);
}

export async function changeCampaignStage(ctx: CommandContext, input: ParsedInput<'campaigns.changeStage'>) {
  await campaignAction(ctx, input.campaignId, 'change_stage', async ({ trx, actor, at }) => {
    const campaign = await requireCampaign(trx, input.campaignId);
    if (campaign.stage === input.stage) {
      throw new DomainError('CONFLICT', `The campaign is already at “${CAMPAIGN_STAGE_LABELS[input.stage]}”.`);
    }
    await updateCampaign(trx, input.campaignId, { stage: input.stage, stageSince: input.occurredOn });
    await insertCampaignEvents(trx, [
      {
        campaignId: input.campaignId,
        kind: 'stage',
        stage: input.stage,
        occurredOn: input.occurredOn,
        title: CAMPAIGN_STAGE_LABELS[input.stage],
        body: input.note,
        actor,
        at,
      },
    ]);
  });
  return getCampaignDetail(ctx, input.campaignId);
}

export async function addMilestone(ctx: CommandContext, input: ParsedInput<'campaigns.addMilestone'>) {
  await campaignAction(ctx, input.campaignId, 'add_milestone', ({ trx, actor, at }) =>
    insertCampaignEvents(trx, [{ ...input, kind: 'milestone', stage: null, actor, at }]),
  );
  return getCampaignDetail(ctx, input.campaignId);
}

export async function addKeyFigure(ctx: CommandContext, input: ParsedInput<'campaigns.addFigure'>) {
  await campaignAction(ctx, input.campaignId, 'add_figure', ({ trx }) => insertFigures(trx, [input]));
  return getCampaignDetail(ctx, input.campaignId);
}

export async function removeKeyFigure(ctx: CommandContext, input: ParsedInput<'campaigns.removeFigure'>) {
  const campaignId = await findFigureCampaign(ctx.db, input.id);
  if (campaignId === null) throw notFound('Key figure', input.id);
  await campaignAction(ctx, campaignId, 'remove_figure', ({ trx }) => deleteFigure(trx, input.id));
  return getCampaignDetail(ctx, campaignId);
}

export async function linkCampaignConstituent(ctx: CommandContext, input: ParsedInput<'campaigns.linkConstituent'>) {
  await campaignAction(ctx, input.campaignId, 'link_constituent', async ({ trx, at }) => {
    if (!(await findConstituent(trx, input.constituentId))) throw notFound('Constituent', input.constituentId);
    await linkConstituent(trx, input.campaignId, input.constituentId, at);
  });
  return getCampaignDetail(ctx, input.campaignId);
}

export async function unlinkCampaignConstituent(
  ctx: CommandContext,
  input: ParsedInput<'campaigns.unlinkConstituent'>,
) {
  await campaignAction(ctx, input.campaignId, 'unlink_constituent', ({ trx }) =>
    unlinkConstituent(trx, input.campaignId, input.constituentId),
  );
  return getCampaignDetail(ctx, input.campaignId);
}

/** Reads (and, for the example office, writes) other domains use: the rest of the repository stays private. */
export {
  campaignStartedOn,
  campaignsOfConstituent,
  countCampaignsAwaitingResponse,
  findCampaign,
  lockCampaign,
  insertCampaign,
  insertCampaignEvents,
  insertFigures,
  linkConstituent,
} from './campaign.repository';
