import { sql, type Insertable } from 'kysely';
import type { RetentionKind } from '../../../../shared/contract/retention';
import type { Db } from '../../context';
import { isPostgres } from '../../db/dialect';
import type { RetentionReviewsTable } from '../../db/schema';

const SHOWN = 200;

/** Not kept on an earlier review that still runs (its "review again" day is after today). */
function notKept(kind: RetentionKind, recordId: 'c.id' | 'p.id', today: string) {
  return sql<boolean>`NOT EXISTS (SELECT 1 FROM retention_reviews r WHERE r.kind = ${kind}
    AND r.record_id = ${sql.ref(recordId)} AND r.review_again_on > ${today})`;
}

/** A signature that still says who signed (retention leaves the postcode; erasure blanks it too). */
const SAYS_WHO = sql<boolean>`(s.full_name <> '' OR s.email <> '' OR s.address <> '' OR s.comment <> '' OR s.constituent_id IS NOT NULL)`;

/** Cases closed on or before `closedBy`, not kept on review: the oldest first, and how many there are. */
export async function closedCasesDue(db: Db, closedBy: string, today: string) {
  const due = db
    .selectFrom('cases as c')
    .where('c.status', '=', 'closed')
    .where('c.closedOn', '<=', closedBy)
    .where(notKept('closed_case', 'c.id', today));
  const [rows, count] = await Promise.all([
    due
      .innerJoin('constituents as p', 'p.id', 'c.constituentId')
      .select(['c.id', 'c.reference', 'c.title', 'c.closedOn', 'p.firstName', 'p.lastName'])
      .orderBy('c.closedOn')
      .orderBy('c.id')
      .limit(SHOWN)
      .execute(),
    due.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map((row) => ({ ...row, closedOn: row.closedOn! })), total: Number(count.n) };
}

/** Campaigns closed on or before `closedBy` whose signatures still say who signed, not kept on review. */
export async function campaignSignaturesDue(db: Db, closedBy: string, today: string) {
  const rows = await db
    .selectFrom('campaigns as c')
    .innerJoin('signatures as s', 's.campaignId', 'c.id')
    .select(['c.id', 'c.title', 'c.stageSince as closedOn', sql<number>`count(*)`.as('signers')])
    .where('c.stage', '=', 'closed')
    .where('c.stageSince', '<=', closedBy)
    .where(SAYS_WHO)
    .where(notKept('campaign_signatures', 'c.id', today))
    .groupBy(['c.id', 'c.title', 'c.stageSince'])
    .orderBy('c.stageSince')
    .orderBy('c.id')
    .execute();
  return rows.map((row) => ({ ...row, signers: Number(row.signers) }));
}

export async function closedCase(db: Db, id: number) {
  return db.selectFrom('cases').select(['id', 'status', 'closedOn']).where('id', '=', id).executeTakeFirst();
}

export async function closedCampaign(db: Db, id: number) {
  return db.selectFrom('campaigns').select(['id', 'stage', 'stageSince']).where('id', '=', id).executeTakeFirst();
}

/** The campaign's signatures that still say who signed. */
export async function signaturesSayingWho(db: Db, campaignId: number) {
  return db
    .selectFrom('signatures as s')
    .select(['s.id', 's.batchId'])
    .where('s.campaignId', '=', campaignId)
    .where(SAYS_WHO)
    .orderBy('s.id')
    .execute();
}

export async function caseCorrespondence(db: Db, caseId: number) {
  return db.selectFrom('correspondence').select('id').where('caseId', '=', caseId).orderBy('id').execute();
}

/** The latest review that kept each of these records. */
export async function lastKept(db: Db, kind: RetentionKind, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('retentionReviews')
    .select(['recordId', 'decidedAt', 'reason'])
    .where('kind', '=', kind)
    .where('decision', '=', 'keep')
    .where('recordId', 'in', ids)
    .orderBy('id')
    .execute();
}

export async function insertReview(db: Db, review: Insertable<RetentionReviewsTable>) {
  await db.insertInto('retentionReviews').values(review).execute();
}

/** Office mode: one retention erasure at a time across the laptops (SQLite's one writer already is). */
export async function lockRetention(db: Db): Promise<void> {
  if (isPostgres(db)) await sql`LOCK TABLE retention_reviews IN EXCLUSIVE MODE`.execute(db);
}

/**
 * People with no open case and nothing since `lastActiveBy`: no case opened or closed after it, no
 * letter to or from them after it, their record not changed after it; not kept on review. At most
 * 200 (oldest first, or only `id`), and how many there are.
 */
export async function inactivePeopleDue(db: Db, lastActiveBy: string, today: string, id?: number) {
  const nextDay = sql<string>`${lastActiveBy} || 'T99'`;
  const due = db
    .selectFrom('constituents as p')
    .where('p.updatedAt', '<', nextDay)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('cases as k')
            .select('k.id')
            .whereRef('k.constituentId', '=', 'p.id')
            .where((k) =>
              k.or([
                k('k.status', '<>', 'closed'),
                k('k.openedOn', '>', lastActiveBy),
                k('k.closedOn', '>', lastActiveBy),
              ]),
            ),
        ),
      ),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('correspondence as m')
            .select('m.id')
            .whereRef('m.constituentId', '=', 'p.id')
            .where('m.datedOn', '>', lastActiveBy),
        ),
      ),
    )
    .where(notKept('inactive_person', 'p.id', today))
    .$if(id !== undefined, (qb) => qb.where('p.id', '=', id!));
  const [rows, count] = await Promise.all([
    due
      .select(['p.id', 'p.firstName', 'p.lastName', 'p.updatedAt'])
      .select((eb) =>
        eb
          .selectFrom('cases as k')
          .select(sql<string | null>`max(coalesce(k.closed_on, k.opened_on))`.as('lastCase'))
          .whereRef('k.constituentId', '=', 'p.id')
          .as('lastCase'),
      )
      .orderBy('p.updatedAt')
      .orderBy('p.id')
      .limit(SHOWN)
      .execute(),
    due.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
