import type { ParsedInput } from '../../../../shared/contract/api';
import type { PublishedReplyFigure } from '../../../../shared/contract/replyFigures';
import type { CountedBy, DepartmentPerformance, OfficeReport } from '../../../../shared/contract/reports';
import type { CaseCategory, CaseStatus } from '../../../../shared/domain/enums';
import { median, nearestRankPercentile } from '../../../../shared/statistics';
import { workingDaysCounter } from '../../../../shared/workingDays';
import { todayIso, type QueryContext } from '../../context';
import { loadBankHolidays } from '../correspondence/bankHolidays.service';
import { responseStats } from '../correspondence/responseStats';
import { publishedFigureFinder } from './departmentMatch';
import { publishedReplyFigures } from './replyFigures.service';
import {
  casesClosedByMonth,
  casesOpenedByKind,
  casesOpenedByMonth,
  casesOpenedByWard,
  closedCaseDates,
  lettersAwaitingReplies,
  outcomesOfClosed,
  type Range,
} from './reports.repository';

/** Every month from the range's first to its last, as YYYY-MM. */
function monthsOf(range: Range): string[] {
  const months: string[] = [];
  let [year, month] = range.from.slice(0, 7).split('-').map(Number) as [number, number];
  const last = range.to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

/** The combined counts summed by one of their columns. */
function countBy(
  rows: Awaited<ReturnType<typeof casesOpenedByKind>>,
  column: 'category' | 'status' | 'assignee',
): { key: string; opened: number; stillOpen: number }[] {
  const sums = new Map<string, { key: string; opened: number; stillOpen: number }>();
  for (const row of rows) {
    const sum = sums.get(row[column]) ?? { key: row[column], opened: 0, stillOpen: 0 };
    sum.opened += Number(row.count);
    if (row.status !== 'closed') sum.stillOpen += Number(row.count);
    sums.set(row[column], sum);
  }
  return [...sums.values()];
}

const counted = <K extends string>(rows: { key: string; opened: number; stillOpen: number }[]): CountedBy<K>[] =>
  rows
    .map((row) => ({ key: row.key as K, opened: Number(row.opened), stillOpen: Number(row.stillOpen) }))
    .sort((a, b) => b.opened - a.opened || a.key.localeCompare(b.key, 'en-GB'));

function departments(
  rows: Awaited<ReturnType<typeof lettersAwaitingReplies>>,
  today: string,
  publishedFigureOf: (organisationName: string) => PublishedReplyFigure | null,
): DepartmentPerformance[] {
  const byOrganisation = new Map<number, typeof rows>();
  for (const row of rows)
    byOrganisation.set(row.organisationId, [...(byOrganisation.get(row.organisationId) ?? []), row]);
  return [...byOrganisation.values()]
    .map((letters) => {
      const { organisationId, name, replyTargetDays } = letters[0]!;
      const stats = responseStats(letters, replyTargetDays, today);
      return {
        organisationId,
        name,
        targetWorkingDays: replyTargetDays,
        sent: letters.length,
        replied: stats.replies,
        repliedWithinTarget: stats.withinTarget,
        late: stats.late,
        awaitingInTime: stats.awaiting - stats.overdue,
        medianWorkingDays: stats.medianWorkingDays,
        withinTargetPercent: stats.withinTargetPercent,
        published: publishedFigureOf(name),
      };
    })
    .sort((a, b) => b.sent - a.sent || a.name.localeCompare(b.name, 'en-GB'));
}

/**
 * The office's figures for one date range: cases opened and closed per month, by category, status,
 * assignee and ward, working days to close (median and 90th percentile, England and Wales working
 * days), outcomes, and each organisation's replies against its target (late letters counted late).
 */
export async function officeReport(ctx: QueryContext, range: ParsedInput<'reports.office'>): Promise<OfficeReport> {
  const db = ctx.reader;
  const today = todayIso(ctx);
  const [opened, closed, byKind, byWard, closedDates, outcomes, letters, holidays, published] = await Promise.all([
    casesOpenedByMonth(db, range),
    casesClosedByMonth(db, range),
    casesOpenedByKind(db, range),
    casesOpenedByWard(db, range),
    closedCaseDates(db, range),
    outcomesOfClosed(db, range),
    lettersAwaitingReplies(db, range),
    loadBankHolidays(db),
    publishedReplyFigures(db),
  ]);
  const openedIn = new Map(opened.map((row) => [row.month, Number(row.count)]));
  const closedIn = new Map(closed.map((row) => [row.month, Number(row.count)]));
  const earliest = closedDates.reduce((first, row) => (row.openedOn < first ? row.openedOn : first), range.from);
  const workingDays = workingDaysCounter(earliest, range.to, holidays);
  const toClose = closedDates.map((row) => workingDays(row.openedOn, row.closedOn!));
  return {
    from: range.from,
    to: range.to,
    months: monthsOf(range).map((month) => ({
      month,
      opened: openedIn.get(month) ?? 0,
      closed: closedIn.get(month) ?? 0,
    })),
    byCategory: counted<CaseCategory>(countBy(byKind, 'category')),
    byStatus: countBy(byKind, 'status')
      .map((row) => ({ key: row.key as CaseStatus, count: row.opened }))
      .sort((a, b) => b.count - a.count),
    byAssignee: counted(countBy(byKind, 'assignee')),
    byWard: counted(byWard),
    closing: {
      closed: toClose.length,
      medianWorkingDays: median(toClose),
      p90WorkingDays: nearestRankPercentile(toClose, 90),
    },
    outcomes: outcomes
      .map((row) => ({ outcome: row.outcome, count: Number(row.count) }))
      .sort((a, b) => b.count - a.count || a.outcome.localeCompare(b.outcome, 'en-GB')),
    departments: departments(letters, today, publishedFigureFinder(published.departments)),
    publishedFigures: { origin: published.origin, year: published.year, note: published.note, total: published.total },
  };
}
