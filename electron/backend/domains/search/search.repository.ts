import type { Db } from '../../context';

/** The index itself differs by engine: its SQL is in db/searchIndex.ts. */
export {
  clearSearchIndex,
  lockSearchIndex,
  matchSearchIndex,
  removeOrphanedEntries,
  writeSearchEntries,
} from '../../db/searchIndex';

/** Cases with their constituent's name and their notes. */
export async function caseRows(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return [];
  const [cases, notes] = await Promise.all([
    db
      .selectFrom('cases as k')
      .innerJoin('constituents as c', 'c.id', 'k.constituentId')
      .where('k.id', 'in', ids)
      .select([
        'k.id',
        'k.reference',
        'k.title',
        'k.description',
        'k.status',
        'k.campaignId',
        'c.firstName',
        'c.lastName',
      ])
      .execute(),
    db
      .selectFrom('caseEvents')
      .where('caseId', 'in', ids)
      .where('kind', '=', 'note')
      .select(['caseId', 'body'])
      .orderBy('id')
      .execute(),
  ]);
  return cases.map((row) => ({
    ...row,
    notes: notes.filter((note) => note.caseId === row.id).map((note) => note.body),
  }));
}
export type CaseRow = Awaited<ReturnType<typeof caseRows>>[number];

/** Letters with their organisation's name. */
export async function correspondenceRows(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('correspondence as m')
    .leftJoin('organisations as o', 'o.id', 'm.organisationId')
    .where('m.id', 'in', ids)
    .select([
      'm.id',
      'm.direction',
      'm.subject',
      'm.body',
      'm.datedOn',
      'm.ourReference',
      'm.theirReference',
      'm.caseId',
      'm.campaignId',
      'm.constituentId',
      'm.organisationId',
      'o.name as organisation',
    ])
    .execute();
}
export type CorrespondenceRow = Awaited<ReturnType<typeof correspondenceRows>>[number];

export async function campaignRows(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('campaigns')
    .where('id', 'in', ids)
    .select(['id', 'title', 'summary', 'ask', 'targetOrganisation', 'stage'])
    .execute();
}
export type CampaignRow = Awaited<ReturnType<typeof campaignRows>>[number];

/** The cases naming these constituents, whose entries carry their names. */
export async function caseIdsOfConstituents(db: Db, constituentIds: readonly number[]): Promise<number[]> {
  if (constituentIds.length === 0) return [];
  const rows = await db.selectFrom('cases').where('constituentId', 'in', constituentIds).select('id').execute();
  return rows.map((row) => row.id);
}

/** The letters to and from these organisations, whose entries carry their names. */
export async function correspondenceIdsOfOrganisations(db: Db, organisationIds: readonly number[]): Promise<number[]> {
  if (organisationIds.length === 0) return [];
  const rows = await db
    .selectFrom('correspondence')
    .where('organisationId', 'in', organisationIds)
    .select('id')
    .execute();
  return rows.map((row) => row.id);
}

/** The table each indexed kind comes from. */
export const SOURCE_TABLES = { case: 'cases', correspondence: 'correspondence', campaign: 'campaigns' } as const;

/** A page of a kind's ids after `afterId`, for rebuilding the index. */
export async function idsAfter(
  db: Db,
  kind: keyof typeof SOURCE_TABLES,
  afterId: number,
  limit: number,
): Promise<number[]> {
  const rows = await db
    .selectFrom(SOURCE_TABLES[kind])
    .where('id', '>', afterId)
    .select('id')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => row.id);
}

/** Example records (marked when loaded), to index after the example office is loaded. */
export async function exampleIds(db: Db, kind: keyof typeof SOURCE_TABLES): Promise<number[]> {
  const rows = await db.selectFrom(SOURCE_TABLES[kind]).where('isExample', '=', 1).select('id').execute();
  return rows.map((row) => row.id);
}

/** Signers whose name (as the same-person rule keys it) starts with these letters, newest first. */
export async function signersNamed(db: Db, nameKeyPrefix: string, limit: number) {
  // A key range the name_key index serves on both engines; the exact prefix is checked again by the caller.
  const after =
    nameKeyPrefix.slice(0, -1) + String.fromCodePoint(nameKeyPrefix.codePointAt(nameKeyPrefix.length - 1)! + 1);
  return db
    .selectFrom('signatures as s')
    .innerJoin('campaigns as c', 'c.id', 's.campaignId')
    .where('s.nameKey', '>=', nameKeyPrefix)
    .where('s.nameKey', '<', after)
    .select(['s.id', 's.fullName', 's.nameKey', 's.postcode', 's.signedOn', 's.campaignId', 'c.title as campaign'])
    .orderBy('s.id', 'desc')
    .limit(limit)
    .execute();
}
