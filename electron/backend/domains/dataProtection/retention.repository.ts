import { sql, type ExpressionBuilder } from 'kysely';
import type { RetentionKind } from '../../../../shared/contract/retention';
import type { Db } from '../../context';
import { isPostgres } from '../../db/dialect';
import type { Database } from '../../db/schema';

const SHOWN = 200;

/** Not kept on an earlier review that still runs (its "review again" day is after today). */
function notKept(kind: RetentionKind, recordId: 'c.id', today: string) {
  return (eb: ExpressionBuilder<Database & { c: { id: number } }, 'c'>) =>
    eb.not(
      eb.exists(
        eb
          .selectFrom('retentionReviews as r')
          .select('r.id')
          .where('r.kind', '=', kind)
          .whereRef('r.recordId', '=', recordId)
          .where('r.reviewAgainOn', '>', today),
      ),
    );
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
  return db
    .selectFrom('cases')
    .select(['id', 'status', 'closedOn', 'constituentId'])
    .where('id', '=', id)
    .executeTakeFirst();
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

export async function insertReview(
  db: Db,
  review: {
    kind: RetentionKind;
    recordId: number;
    decision: 'erase' | 'keep';
    reason: string;
    decidedBy: string;
    decidedAt: string;
    reviewAgainOn: string | null;
  },
) {
  await db.insertInto('retentionReviews').values(review).execute();
}

/** Office mode: one retention erasure at a time across the laptops (SQLite's one writer already is). */
export async function lockRetention(db: Db): Promise<void> {
  if (isPostgres(db)) await sql`LOCK TABLE retention_reviews IN EXCLUSIVE MODE`.execute(db);
}
