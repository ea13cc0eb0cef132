import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Campaign, CampaignEvent, KeyFigure } from '../../../../shared/contract/campaigns';
import type { ConstituentCampaign } from '../../../../shared/contract/constituents';
import type { ParliamentPetition } from '../../../../shared/contract/parliamentPetitions';
import type { Db } from '../../context';
import { updateAtVersion } from '../../db/editVersions';
import { lockedForUpdate } from '../../db/dialect';
import type {
  CampaignEventsTable,
  CampaignFiguresTable,
  CampaignsTable,
  ParliamentPetitionsTable,
} from '../../db/schema';

function toCampaign(row: Selectable<CampaignsTable>): Campaign {
  return { ...row, isExample: row.isExample === 1 };
}

export async function insertCampaign(db: Db, campaign: Insertable<CampaignsTable>): Promise<number> {
  const row = await db.insertInto('campaigns').values(campaign).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateCampaign(db: Db, id: number, changes: Updateable<CampaignsTable>): Promise<boolean> {
  const result = await db.updateTable('campaigns').set(changes).where('id', '=', id).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function findCampaign(db: Db, id: number): Promise<Campaign | undefined> {
  const row = await db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toCampaign(row);
}

/** False when the campaign is not at `version` (a colleague changed it since the edit began). */
export function updateCampaignAtVersion(db: Db, id: number, version: number, changes: Updateable<CampaignsTable>) {
  return updateAtVersion(db, 'campaigns', id, version, changes);
}

/** The campaign, locked until the transaction ends: imports into one campaign take turns, so de-duplication holds. */
export async function lockCampaign(db: Db, id: number): Promise<boolean> {
  return (
    (await lockedForUpdate(db, db.selectFrom('campaigns').select('id').where('id', '=', id)).executeTakeFirst()) !==
    undefined
  );
}

/** The date the campaign was (last) delivered, for "days waiting for a response". */
export async function deliveredOn(db: Db, campaignId: number): Promise<string | null> {
  const row = await db
    .selectFrom('campaignEvents')
    .select(sql<string | null>`max(occurred_on)`.as('on'))
    .where('campaignId', '=', campaignId)
    .where('stage', '=', 'delivered')
    .executeTakeFirst();
  return row?.on ?? null;
}

export async function listCampaignRows(db: Db) {
  return db
    .selectFrom('campaigns as p')
    .select([
      'p.id',
      'p.title',
      'p.kind',
      'p.stage',
      'p.stageSince',
      'p.targetOrganisation',
      'p.signatureGoal',
      'p.isExample',
      (eb) =>
        eb
          .selectFrom('signatures')
          .select(sql<number>`count(*)`.as('n'))
          .whereRef('signatures.campaignId', '=', 'p.id')
          .as('signatures'),
      (eb) =>
        eb
          .selectFrom('campaignEvents as e')
          .select(sql<string>`max(e.occurred_on)`.as('on'))
          .whereRef('e.campaignId', '=', 'p.id')
          .where('e.stage', '=', 'delivered')
          .as('deliveredOn'),
    ])
    .orderBy('p.updatedAt', 'desc')
    .execute();
}

export async function insertCampaignEvents(db: Db, events: Insertable<CampaignEventsTable>[]): Promise<void> {
  if (events.length > 0) await db.insertInto('campaignEvents').values(events).execute();
}

export async function listCampaignEvents(db: Db, campaignId: number): Promise<CampaignEvent[]> {
  return db
    .selectFrom('campaignEvents')
    .select(['id', 'kind', 'occurredOn', 'title', 'body', 'stage', 'actor'])
    .where('campaignId', '=', campaignId)
    .orderBy('occurredOn')
    .orderBy('id')
    .execute();
}

export async function insertFigures(db: Db, figures: Insertable<CampaignFiguresTable>[]): Promise<void> {
  if (figures.length > 0) await db.insertInto('campaignFigures').values(figures).execute();
}

export async function deleteFigure(db: Db, id: number): Promise<number | null> {
  const row = await db.deleteFrom('campaignFigures').where('id', '=', id).returning('campaignId').executeTakeFirst();
  return row?.campaignId ?? null;
}

/** The campaign a key figure belongs to, or null when there is no such figure. */
export async function findFigureCampaign(db: Db, figureId: number): Promise<number | null> {
  const row = await db.selectFrom('campaignFigures').select('campaignId').where('id', '=', figureId).executeTakeFirst();
  return row?.campaignId ?? null;
}

export async function listFigures(db: Db, campaignId: number): Promise<KeyFigure[]> {
  return db
    .selectFrom('campaignFigures')
    .select(['id', 'label', 'value', 'source', 'asOf'])
    .where('campaignId', '=', campaignId)
    .orderBy('id')
    .execute();
}

export async function linkConstituent(db: Db, campaignId: number, constituentId: number, at: string): Promise<void> {
  await db
    .insertInto('campaignConstituents')
    .values({ campaignId, constituentId, addedAt: at })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function unlinkConstituent(db: Db, campaignId: number, constituentId: number): Promise<void> {
  await db
    .deleteFrom('campaignConstituents')
    .where('campaignId', '=', campaignId)
    .where('constituentId', '=', constituentId)
    .execute();
}

export async function linkedConstituentIds(db: Db, campaignId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('campaignConstituents')
    .select('constituentId')
    .where('campaignId', '=', campaignId)
    .execute();
  return rows.map((r) => r.constituentId);
}

export async function findParliamentPetition(db: Db, campaignId: number): Promise<ParliamentPetition | null> {
  const row = await db
    .selectFrom('parliamentPetitions')
    .selectAll()
    .where('campaignId', '=', campaignId)
    .executeTakeFirst();
  if (!row) return null;
  const { campaignId: _campaignId, ...petition } = row;
  return petition;
}

/** The campaigns a constituent is linked to or signed (through a signature linked to them). */
export async function campaignsOfConstituent(db: Db, constituentId: number): Promise<ConstituentCampaign[]> {
  const rows = await db
    .selectFrom('campaigns as g')
    .leftJoin('campaignConstituents as l', (join) =>
      join.onRef('l.campaignId', '=', 'g.id').on('l.constituentId', '=', constituentId),
    )
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('signatures')
          .select(['campaignId', (inner) => inner.fn.min('signedOn').as('signedOn')])
          .where('constituentId', '=', constituentId)
          .groupBy('campaignId')
          .as('s'),
      (join) => join.onRef('s.campaignId', '=', 'g.id'),
    )
    .where((eb) => eb.or([eb('l.constituentId', 'is not', null), eb('s.campaignId', 'is not', null)]))
    .select(['g.id', 'g.title', 'g.stage', 'g.isExample', 'l.constituentId as linkedId', 's.signedOn'])
    .orderBy('g.id', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    stage: row.stage,
    linked: row.linkedId !== null,
    signedOn: row.signedOn ?? null,
    isExample: row.isExample === 1,
  }));
}

/** When the campaign started: its earliest timeline date ('' when it has none). */
export async function campaignStartedOn(db: Db, campaignId: number): Promise<string> {
  const row = await db
    .selectFrom('campaignEvents')
    .select((eb) => eb.fn.min('occurredOn').as('startedOn'))
    .where('campaignId', '=', campaignId)
    .executeTakeFirst();
  return row?.startedOn ?? '';
}

export async function upsertParliamentPetition(db: Db, row: ParliamentPetitionsTable): Promise<void> {
  await db
    .insertInto('parliamentPetitions')
    .values(row)
    .onConflict((oc) => oc.column('campaignId').doUpdateSet(row))
    .execute();
}

/** The records of everyone linked to the campaign or matched to one of its signatures, by surname. */
export function campaignConstituentRecords(db: Db, campaignId: number) {
  const linkedIds = db
    .selectFrom('campaignConstituents')
    .select('constituentId')
    .where('campaignId', '=', campaignId)
    .union(
      db
        .selectFrom('signatures')
        .select((eb) => eb.ref('constituentId').$notNull().as('constituentId'))
        .where('campaignId', '=', campaignId)
        .where('constituentId', 'is not', null),
    );
  return db.selectFrom('constituents').selectAll().where('id', 'in', linkedIds).orderBy('lastName').execute();
}

/** Campaigns delivered and waiting for the government's (or other target's) response. */
export async function countCampaignsAwaitingResponse(db: Db): Promise<number> {
  const row = await db
    .selectFrom('campaigns')
    .where('stage', 'in', ['delivered', 'awaiting_response'])
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
