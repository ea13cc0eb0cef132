import { sql } from 'kysely';
import type { Db } from '../../context';

export interface Range {
  from: string;
  to: string;
}

const STILL_OPEN = sql<number>`sum(CASE WHEN k.status <> 'closed' THEN 1 ELSE 0 END)`;
const MONTH_OPENED = sql<string>`substr(k.opened_on, 1, 7)`;
const MONTH_CLOSED = sql<string>`substr(k.closed_on, 1, 7)`;

function openedIn(db: Db, range: Range) {
  return db.selectFrom('cases as k').where('k.openedOn', '>=', range.from).where('k.openedOn', '<=', range.to);
}

function closedIn(db: Db, range: Range) {
  return db
    .selectFrom('cases as k')
    .where('k.status', '=', 'closed')
    .where('k.closedOn', '>=', range.from)
    .where('k.closedOn', '<=', range.to);
}

export async function casesOpenedByMonth(db: Db, range: Range) {
  return openedIn(db, range)
    .select([MONTH_OPENED.as('month'), sql<number>`count(*)`.as('count')])
    .groupBy(MONTH_OPENED)
    .execute();
}

export async function casesClosedByMonth(db: Db, range: Range) {
  return closedIn(db, range)
    .select([MONTH_CLOSED.as('month'), sql<number>`count(*)`.as('count')])
    .groupBy(MONTH_CLOSED)
    .execute();
}

/**
 * Cases opened in the range counted by category, status and assignee together (one pass over the
 * covering index). Grouped assignee first: led by category, SQLite's planner picks the case list's
 * category index for its order and reads every case's row (108 ms instead of 30 at 200,000 cases).
 */
export async function casesOpenedByKind(db: Db, range: Range) {
  return openedIn(db, range)
    .select(['k.category', 'k.status', 'k.assignee', sql<number>`count(*)`.as('count')])
    .groupBy(['k.assignee', 'k.status', 'k.category'])
    .execute();
}

/** Cases opened in the range by the ward of their constituent's postcode ('' where the directory has none). */
export async function casesOpenedByWard(db: Db, range: Range) {
  const ward = sql<string>`coalesce(nullif(w.ward_name, ''), n.ward_name, w.ward_code, '')`;
  return openedIn(db, range)
    .innerJoin('constituents as c', 'c.id', 'k.constituentId')
    .leftJoin('postcodeWards as w', 'w.postcode', 'c.postcode')
    .leftJoin('wardNames as n', 'n.wardCode', 'w.wardCode')
    .select([ward.as('key'), sql<number>`count(*)`.as('opened'), STILL_OPEN.as('stillOpen')])
    .groupBy(ward)
    .execute();
}

/** When each case closed in the range was opened and closed (for working days to close). */
export async function closedCaseDates(db: Db, range: Range) {
  return closedIn(db, range).select(['k.openedOn', 'k.closedOn']).execute();
}

export async function outcomesOfClosed(db: Db, range: Range) {
  return closedIn(db, range)
    .select(['k.outcome', sql<number>`count(*)`.as('count')])
    .groupBy('k.outcome')
    .execute();
}

/** Letters sent to organisations in the range that expect (or got) a reply, with what came of them. */
export async function lettersAwaitingReplies(db: Db, range: Range) {
  return db
    .selectFrom('correspondence as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisationId')
    .where('m.direction', '=', 'out')
    .where('m.replyState', 'in', ['awaiting', 'replied'])
    .where('m.datedOn', '>=', range.from)
    .where('m.datedOn', '<=', range.to)
    .select([
      'o.id as organisationId',
      'o.name',
      'o.replyTargetDays',
      'm.replyState',
      'm.replyDueOn',
      'm.responseWorkingDays',
    ])
    .execute();
}
