import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { ParsedInput } from '../../../../shared/contract/api';
import type { Campaign, CampaignDetail, CampaignListRow } from '../../../../shared/contract/campaigns';
import { CAMPAIGN_STAGE_LABELS, type CampaignStage } from '../../../../shared/domain/enums';
import { nowIso, todayIso, type BackendContext, type Db } from '../../context';
import { DomainError, notFound } from '../../errors';
import { insertAuditEntries } from '../audit/audit.repository';
import { listCases } from '../cases/case.repository';
import { findConstituent, listConstituentsByIds } from '../constituents/constituent.repository';
import { constituencyCode, currentActor } from '../settings/settings.service';
import { listBatches, signatureStats } from '../signatures/signature.repository';
import {
  deleteFigure,
  deliveredOn,
  findCampaign,
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

/** Runs one user action on a campaign in one transaction, bumps its updatedAt and audits it. */
export async function campaignAction<T>(
  ctx: BackendContext,
  campaignId: number,
  action: string,
  work: (trx: Db, actor: string, at: string) => Promise<T>,
): Promise<T> {
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    await requireCampaign(trx, campaignId);
    const actor = await currentActor(ctx, trx);
    const result = await work(trx, actor, at);
    await updateCampaign(trx, campaignId, { updatedAt: at });
    await insertAuditEntries(trx, [{ at, actor, entity: 'campaign', entityId: campaignId, action }]);
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

export async function getCampaignDetail(ctx: BackendContext, id: number): Promise<CampaignDetail> {
  const campaign = await requireCampaign(ctx.db, id);
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
    constituents: await listConstituentsByIds(ctx.db, constituentIds),
    cases: cases.rows,
    parliamentPetition,
  };
}

export async function createCampaign(ctx: BackendContext, input: ParsedInput<'campaigns.create'>): Promise<Campaign> {
  const at = nowIso(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const actor = await currentActor(ctx, trx);
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
    await insertAuditEntries(trx, [{ at, actor, entity: 'campaign', entityId: campaignId, action: 'create' }]);
    return campaignId;
  });
  return requireCampaign(ctx.db, id);
}

export async function editCampaign(ctx: BackendContext, input: ParsedInput<'campaigns.update'>): Promise<Campaign> {
  const { id, ...fields } = input;
  await campaignAction(ctx, id, 'update', (trx) => updateCampaign(trx, id, fields));
  return requireCampaign(ctx.db, id);
}

export async function changeCampaignStage(ctx: BackendContext, input: ParsedInput<'campaigns.changeStage'>) {
  await campaignAction(ctx, input.campaignId, 'change_stage', async (trx, actor, at) => {
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

export async function addMilestone(ctx: BackendContext, input: ParsedInput<'campaigns.addMilestone'>) {
  await campaignAction(ctx, input.campaignId, 'add_milestone', (trx, actor, at) =>
    insertCampaignEvents(trx, [{ ...input, kind: 'milestone', stage: null, actor, at }]),
  );
  return getCampaignDetail(ctx, input.campaignId);
}

export async function addKeyFigure(ctx: BackendContext, input: ParsedInput<'campaigns.addFigure'>) {
  await campaignAction(ctx, input.campaignId, 'add_figure', (trx) => insertFigures(trx, [input]));
  return getCampaignDetail(ctx, input.campaignId);
}

export async function removeKeyFigure(ctx: BackendContext, input: ParsedInput<'campaigns.removeFigure'>) {
  const figure = await ctx.db
    .selectFrom('campaignFigures')
    .select('campaignId')
    .where('id', '=', input.id)
    .executeTakeFirst();
  if (!figure) throw notFound('Key figure', input.id);
  await campaignAction(ctx, figure.campaignId, 'remove_figure', (trx) => deleteFigure(trx, input.id));
  return getCampaignDetail(ctx, figure.campaignId);
}

export async function linkCampaignConstituent(ctx: BackendContext, input: ParsedInput<'campaigns.linkConstituent'>) {
  await campaignAction(ctx, input.campaignId, 'link_constituent', async (trx, _actor, at) => {
    if (!(await findConstituent(trx, input.constituentId))) throw notFound('Constituent', input.constituentId);
    await linkConstituent(trx, input.campaignId, input.constituentId, at);
  });
  return getCampaignDetail(ctx, input.campaignId);
}

export async function unlinkCampaignConstituent(
  ctx: BackendContext,
  input: ParsedInput<'campaigns.unlinkConstituent'>,
) {
  await campaignAction(ctx, input.campaignId, 'unlink_constituent', (trx) =>
    unlinkConstituent(trx, input.campaignId, input.constituentId),
  );
  return getCampaignDetail(ctx, input.campaignId);
}
