import { formatCaseReference } from './caseReference';
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import { CASE_COUNT_LIMIT, type CaseEvent, type CaseList, type CaseRecord } from '../../../../shared/contract/cases';
import type { CaseSortField, SortDirection, CaseCategory, CaseStatus } from '../../../../shared/domain/enums';
import type { Db } from '../../context';
import { updateAtVersion } from '../../db/editVersions';
import { equalsCaseless, nullsLast } from '../../db/dialect';
import { idInSearchMatches } from '../../db/searchIndex';
import type { CaseEventsTable, CasesTable } from '../../db/schema';

export interface CaseQuery {
  status?: CaseStatus;
  category?: CaseCategory;
  assignee?: string;
  overdue?: boolean;
  /** Folded words the search index must find in the case (three letters or more each). */
  words?: string[];
  constituentId?: number;
  campaignId?: number;
  sort: CaseSortField;
  direction: SortDirection;
  offset: number;
  limit: number;
  /** The office's today (YYYY-MM-DD), for "overdue". */
  today: string;
}

const PRIORITY_RANK = sql<number>`CASE k.priority WHEN 'urgent' THEN 4 WHEN 'high' THEN 3 WHEN 'normal' THEN 2 ELSE 1 END`;

const SORT_COLUMNS = {
  reference: sql`k.reference`,
  openedOn: sql`k.opened_on`,
  dueOn: sql`k.due_on`,
  priority: PRIORITY_RANK,
  status: sql`k.status`,
  updatedAt: sql`k.updated_at`,
} satisfies Record<CaseSortField, unknown>;

/**
 * The sort, then id as a tie-break (references are unique: no tie to break); cases without a due date
 * come after every dated one (overdue ones all have one).
 */
function caseOrder(db: Db, query: CaseQuery) {
  const direction = query.direction === 'asc' ? sql`ASC` : sql`DESC`;
  const sorted =
    query.sort === 'dueOn' && !query.overdue
      ? nullsLast(db, 'k.dueOn', query.direction)
      : [sql`${SORT_COLUMNS[query.sort]} ${direction}`];
  return query.sort === 'reference' ? sorted : [...sorted, sql`k.id ${direction}`];
}

function isOverdue(row: { status: CaseStatus; dueOn: string | null }, today: string): boolean {
  return row.status !== 'closed' && row.dueOn !== null && row.dueOn < today;
}

const CONSTITUENT_NAME = sql<string>`trim(c.first_name || ' ' || c.last_name)`.as('constituentName');

function caseSelect(db: Db) {
  return db
    .selectFrom('cases as k')
    .innerJoin('constituents as c', 'c.id', 'k.constituentId')
    .selectAll('k')
    .select(CONSTITUENT_NAME);
}

type CaseRow = Selectable<CasesTable> & { constituentName: string };

function toCaseRecord(row: CaseRow, today: string): CaseRecord {
  return {
    ...row,
    dueOn: row.dueOn ?? '',
    closedOn: row.closedOn ?? '',
    overdue: isOverdue(row, today),
    isExample: row.isExample === 1,
  };
}

function filterCases(db: Db, query: CaseQuery) {
  return (
    db
      .selectFrom('cases as k')
      .$if(query.status !== undefined, (qb) => qb.where('k.status', '=', query.status!))
      .$if(query.category !== undefined, (qb) => qb.where('k.category', '=', query.category!))
      .$if(!!query.assignee, (qb) => qb.where(equalsCaseless(db, 'k.assignee', query.assignee!)))
      .$if(!!query.words?.length, (qb) => qb.where(idInSearchMatches(db, 'k.id', 'case', query.words!)))
      .$if(query.constituentId !== undefined, (qb) => qb.where('k.constituentId', '=', query.constituentId!))
      .$if(query.campaignId !== undefined, (qb) => qb.where('k.campaignId', '=', query.campaignId!))
      // Literal 'closed' so the planner can use the partial index cases_live_due.
      .$if(query.overdue === true, (qb) =>
        qb.where(sql<boolean>`k.status != 'closed'`).where('k.dueOn', '<', query.today),
      )
  );
}

/** Filters, sorts and pages on the cases table alone, then joins names onto just that page. */
export async function listCases(db: Db, query: CaseQuery): Promise<CaseList> {
  const orderBy = caseOrder(db, query);
  const page = filterCases(db, query)
    .select('k.id')
    .$call((qb) => orderBy.reduce((ordered, expression) => ordered.orderBy(expression), qb))
    .offset(query.offset)
    .limit(query.limit);
  const [rows, count] = await Promise.all([
    // CROSS JOIN keeps SQLite from re-scanning all cases to meet the outer ORDER BY: the page drives.
    db
      .selectFrom(page.as('page'))
      .crossJoin('cases as k')
      .innerJoin('constituents as c', 'c.id', 'k.constituentId')
      .whereRef('k.id', '=', 'page.id')
      .selectAll('k')
      .select(CONSTITUENT_NAME)
      .$call((qb) => orderBy.reduce((ordered, expression) => ordered.orderBy(expression), qb))
      .execute(),
    // Counting stops one past the limit: an exact count of 200,000 cases alone costs more than the list's budget.
    db
      .selectFrom(
        filterCases(db, query)
          .select(sql`1`.as('one'))
          .limit(CASE_COUNT_LIMIT + 1)
          .as('counted'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    rows: rows.map((row) => {
      const { description: _d, outcome: _o, outcomeNote: _n, createdAt: _c, ...rest } = toCaseRecord(row, query.today);
      return rest;
    }),
    total: Math.min(Number(count.n), CASE_COUNT_LIMIT),
    moreThanTotal: Number(count.n) > CASE_COUNT_LIMIT,
  };
}

export async function findCase(db: Db, id: number, today: string): Promise<CaseRecord | undefined> {
  const row = await caseSelect(db).where('k.id', '=', id).executeTakeFirst();
  return row && toCaseRecord(row, today);
}

export async function insertCases(db: Db, rows: Insertable<CasesTable>[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const inserted = await db.insertInto('cases').values(rows).returning('id').execute();
  return inserted.map((row) => row.id);
}

export async function updateCase(db: Db, id: number, changes: Updateable<CasesTable>): Promise<boolean> {
  const result = await db.updateTable('cases').set(changes).where('id', '=', id).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export function updateCaseAtVersion(db: Db, id: number, version: number, changes: Updateable<CasesTable>) {
  return updateAtVersion(db, 'cases', id, version, changes);
}

export async function insertCaseEvents(db: Db, events: Insertable<CaseEventsTable>[]): Promise<void> {
  if (events.length === 0) return;
  await db.insertInto('caseEvents').values(events).execute();
}

export async function listCaseEvents(db: Db, caseId: number): Promise<CaseEvent[]> {
  return db
    .selectFrom('caseEvents')
    .select(['id', 'kind', 'body', 'fromStatus', 'toStatus', 'field', 'fromValue', 'toValue', 'actor', 'at'])
    .where('caseId', '=', caseId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Cases by state; `mine`: those open (not awaiting anyone, not closed) assigned to this staff member. */
/** The dashboard's counts; `endOfWeek` is the coming Sunday (today, on a Sunday). */
export async function countCasesByState(db: Db, today: string, endOfWeek: string, assignee: string) {
  const row = await db
    .selectFrom('cases')
    .select([
      sql<number>`sum(CASE WHEN status = 'open' AND assignee = ${assignee} THEN 1 ELSE 0 END)`.as('mine'),
      sql<number>`sum(CASE WHEN status != 'closed' THEN 1 ELSE 0 END)`.as('open'),
      sql<number>`sum(CASE WHEN status IN ('awaiting_constituent', 'awaiting_third_party') THEN 1 ELSE 0 END)`.as(
        'awaiting',
      ),
      sql<number>`sum(CASE WHEN status != 'closed' AND due_on IS NOT NULL AND due_on < ${today} THEN 1 ELSE 0 END)`.as(
        'overdue',
      ),
      sql<number>`sum(CASE WHEN status != 'closed' AND due_on >= ${today} AND due_on <= ${endOfWeek} THEN 1 ELSE 0 END)`.as(
        'dueThisWeek',
      ),
    ])
    .executeTakeFirstOrThrow();
  return {
    mine: Number(row.mine ?? 0),
    open: Number(row.open ?? 0),
    awaiting: Number(row.awaiting ?? 0),
    overdue: Number(row.overdue ?? 0),
    dueThisWeek: Number(row.dueThisWeek ?? 0),
  };
}

export async function listCaseOutcomes(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('caseOutcomes').select('label').orderBy('position').orderBy('id').execute();
  return rows.map((row) => row.label);
}

/** Adds the outcome at the end of the list; false when the office already has it (any case). */
export async function insertCaseOutcome(db: Db, label: string): Promise<boolean> {
  const existing = await db
    .selectFrom('caseOutcomes')
    .select('id')
    .where(sql<boolean>`lower(label) = lower(${label})`)
    .executeTakeFirst();
  if (existing) return false;
  await db
    .insertInto('caseOutcomes')
    .values((eb) => ({
      label,
      position: eb.selectFrom('caseOutcomes').select(sql<number>`coalesce(max(position), -1) + 1`.as('next')),
    }))
    .execute();
  return true;
}

/** Takes the next number in the year's sequence; call inside the transaction that inserts the case. */
export async function takeCaseReferences(db: Db, year: number, count = 1): Promise<string[]> {
  const row = await db
    .insertInto('caseReferenceCounters')
    .values({ year, lastNumber: count })
    .onConflict((oc) =>
      oc.column('year').doUpdateSet((eb) => ({ lastNumber: eb('caseReferenceCounters.lastNumber', '+', count) })),
    )
    .returning('lastNumber')
    .executeTakeFirstOrThrow();
  const first = row.lastNumber - count + 1;
  return Array.from({ length: count }, (_, i) => formatCaseReference(year, first + i));
}
