import { sql, type Insertable } from 'kysely';
import {
  OUTSIDE_CONSTITUENCY_KEY,
  type CountByKey,
  type SignatureBatch,
  type SignatureStats,
} from '../../../../shared/contract/campaigns';
import type { Signer, SignerList } from '../../../../shared/contract/signatures';
import type { Db } from '../../context';
import { bulkInsert } from '../../db/bulkInsert';
import { everyWordInOneOf } from '../../db/textFilters';
import { WARD_NAME } from '../postcodes/postcode.repository';
import type { SignatureBatchesTable, SignaturesTable } from '../../db/schema';
import type { ExistingSignatureKeys } from './signatureImportPlan';
import { emailKey, nameKey } from '../../../../shared/samePerson';
import { postcodeDistrict } from '../../../../shared/postcode';

/** Rows per multi-row INSERT: 500 × 10 columns stays well under SQLite's bound-value limit. */

export async function existingSignatureKeys(db: Db, campaignId: number): Promise<ExistingSignatureKeys> {
  const rows = await db
    .selectFrom('signatures')
    .select(['email', 'fullName', 'postcode'])
    .where('campaignId', '=', campaignId)
    .execute();
  // Keyed afresh from the names as signed, so signatures from before a change to the rule follow it too.
  return {
    emails: new Set(rows.filter((r) => r.email !== '').map((r) => emailKey(r.email))),
    namesAtPostcodes: new Set(rows.map((r) => `${nameKey(r.fullName)}|${r.postcode}`)),
  };
}

export interface ConstituentMatcher {
  match(signature: { email: string; nameKey: string; postcode: string }): number | null;
}

/** Finds the constituent a signer already is: same email, or same name at the same postcode. */
export async function constituentMatcher(db: Db): Promise<ConstituentMatcher> {
  const rows = await db
    .selectFrom('constituents')
    .select(['id', 'email', 'firstName', 'lastName', 'postcode'])
    .execute();
  const byEmail = new Map<string, number>();
  const byNamePostcode = new Map<string, number>();
  for (const row of rows) {
    if (row.email) byEmail.set(emailKey(row.email), row.id);
    if (row.postcode) byNamePostcode.set(`${nameKey(`${row.firstName} ${row.lastName}`)}|${row.postcode}`, row.id);
  }
  return {
    match: (s) =>
      (s.email && byEmail.get(emailKey(s.email))) || byNamePostcode.get(`${s.nameKey}|${s.postcode}`) || null,
  };
}

export async function insertBatch(db: Db, batch: Insertable<SignatureBatchesTable>): Promise<number> {
  const row = await db.insertInto('signatureBatches').values(batch).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Inserts in chunks; `afterChunk` hears how many are in so far (a job's progress, and its chance to stop). */
export async function insertSignatures(
  db: Db,
  rows: Insertable<SignaturesTable>[],
  afterChunk: (inserted: number) => void = () => undefined,
): Promise<void> {
  await bulkInsert(db, 'signatures', rows, afterChunk);
}

export async function findBatch(db: Db, batchId: number) {
  return db.selectFrom('signatureBatches').selectAll().where('id', '=', batchId).executeTakeFirst();
}

export async function deleteBatchSignatures(db: Db, batchId: number): Promise<number> {
  const result = await db.deleteFrom('signatures').where('batchId', '=', batchId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function markBatchUndone(db: Db, batchId: number, actor: string, at: string): Promise<void> {
  await db.updateTable('signatureBatches').set({ undoneAt: at, undoneBy: actor }).where('id', '=', batchId).execute();
}

export async function listBatches(db: Db, campaignId: number): Promise<SignatureBatch[]> {
  return db
    .selectFrom('signatureBatches')
    .select([
      'id',
      'source',
      'fileName',
      'encoding',
      'rowsTotal',
      'imported',
      'duplicates',
      'invalid',
      'actor',
      'at',
      'undoneAt',
    ])
    .where('campaignId', '=', campaignId)
    .orderBy('id', 'desc')
    .execute();
}

/** Sums counts into groups, largest first. */
function grouped(rows: { group: string; label: string; count: number }[]): CountByKey[] {
  const groups = new Map<string, CountByKey>();
  for (const row of rows) {
    const group = groups.get(row.group) ?? { key: row.group, label: row.label, count: 0 };
    group.count += row.count;
    groups.set(row.group, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** The ward a postcode counts under; postcodes in another constituency are counted apart, never as a ward. */
function wardGroup(
  row: { wardCode: string | null; wardName: string | null; constituencyCode: string | null },
  officeConstituencyCode: string,
): { group: string; label: string } {
  if (row.wardCode === null) return { group: '', label: 'Not in the postcode directory' };
  if (officeConstituencyCode && row.constituencyCode && row.constituencyCode !== officeConstituencyCode) {
    return { group: OUTSIDE_CONSTITUENCY_KEY, label: 'Outside the constituency' };
  }
  return { group: row.wardCode, label: row.wardName || row.wardCode };
}

/**
 * Everything the campaign page counts. Signatures are first counted per postcode (an index-only
 * scan); districts and wards are then summed from those few thousand rows, not from every signature.
 */
export async function signatureStats(
  db: Db,
  campaignId: number,
  officeConstituencyCode: string,
): Promise<SignatureStats> {
  const [perPostcode, linked, overTime, directory] = await Promise.all([
    // Each postcode's count with its ward, if the directory has it: districts and wards both sum from this.
    db
      .selectFrom(
        db
          .selectFrom('signatures')
          .select(['postcode', sql<number>`count(*)`.as('count')])
          .where('campaignId', '=', campaignId)
          .groupBy('postcode')
          .as('p'),
      )
      .leftJoin('postcodeWards as w', 'w.postcode', 'p.postcode')
      .leftJoin('wardNames as n', 'n.wardCode', 'w.wardCode')
      .select(['p.postcode', 'p.count', 'w.wardCode', WARD_NAME, 'w.constituencyCode'])
      .execute(),
    db
      .selectFrom('signatures')
      .select(sql<number>`count(*)`.as('n'))
      .where('campaignId', '=', campaignId)
      .where('constituentId', 'is not', null)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('signatures')
      .select(['signedOn', sql<number>`count(*)`.as('count')])
      .where('campaignId', '=', campaignId)
      .groupBy('signedOn')
      .orderBy('signedOn')
      .execute(),
    db
      .selectFrom('postcodeWards')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  let cumulative = 0;
  return {
    total: perPostcode.reduce((sum, row) => sum + Number(row.count), 0),
    linkedToConstituents: Number(linked.n),
    byWard:
      Number(directory.n) === 0
        ? null
        : grouped(perPostcode.map((row) => ({ ...wardGroup(row, officeConstituencyCode), count: Number(row.count) }))),
    byDistrict: grouped(
      perPostcode.map((row) => {
        const district = postcodeDistrict(row.postcode);
        return { group: district, label: district, count: Number(row.count) };
      }),
    ),
    overTime: overTime
      .filter((d) => d.signedOn !== '')
      .map((d) => {
        cumulative += Number(d.count);
        return { date: d.signedOn, count: Number(d.count), cumulative };
      }),
    undated: Number(overTime.find((d) => d.signedOn === '')?.count ?? 0),
  };
}

const SIGNER_COLUMNS = [
  'id',
  'fullName',
  'email',
  'postcode',
  'address',
  'signedOn',
  'comment',
  'constituentId',
] as const;

function signersMatching(db: Db, campaignId: number, query: string) {
  return everyWordInOneOf(query, [
    sql`lower(full_name)`,
    sql`lower(email)`,
    sql`lower(replace(postcode, ' ', ''))`,
  ]).reduce(
    (filtered, condition) => filtered.where(condition),
    db.selectFrom('signatures').where('campaignId', '=', campaignId),
  );
}

/** A page of a campaign's signers, by name, with the total matching. */
export async function listSigners(
  db: Db,
  filter: { campaignId: number; query: string; offset: number; limit: number },
): Promise<SignerList> {
  const matching = signersMatching(db, filter.campaignId, filter.query);
  const [rows, count] = await Promise.all([
    matching
      .select(SIGNER_COLUMNS)
      .orderBy(sql`lower(full_name)`)
      .orderBy('id')
      .offset(filter.offset)
      .limit(filter.limit)
      .execute(),
    matching.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/**
 * Every signer of a campaign for the office's own export (its e-mail tool, a spreadsheet), except
 * those whose constituent record says do not contact.
 */
export function contactableSigners(db: Db, campaignId: number): Promise<Signer[]> {
  return db
    .selectFrom('signatures as s')
    .leftJoin('constituents as c', 'c.id', 's.constituentId')
    .select(SIGNER_COLUMNS.map((column) => `s.${column}` as const))
    .where('s.campaignId', '=', campaignId)
    .where((eb) => eb.or([eb('c.doNotContact', 'is', null), eb('c.doNotContact', '=', 0)]))
    .orderBy(sql`lower(s.full_name)`)
    .orderBy('s.id')
    .execute();
}

/** Signers not matched to a constituent: the name and address they gave, by name. */
export function unlinkedSignerAddresses(db: Db, campaignId: number) {
  return db
    .selectFrom('signatures')
    .select(['fullName', 'address', 'postcode'])
    .where('campaignId', '=', campaignId)
    .where('constituentId', 'is', null)
    .orderBy('fullName')
    .execute();
}
