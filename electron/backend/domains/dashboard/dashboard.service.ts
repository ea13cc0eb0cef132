import type { DashboardSummary } from '../../../../shared/contract/system';
import { todayIso, type QueryContext } from '../../context';
import { countCasesByState } from '../cases/case.service';
import { countConstituents } from '../constituents/constituent.service';
import { countOverdueReplies } from '../correspondence/correspondence.service';
import { readSetting } from '../settings/settings.service';

export async function getDashboardSummary(ctx: QueryContext): Promise<DashboardSummary> {
  const today = todayIso(ctx);
  const [constituents, cases, exampleFlag, overdueReplies] = await Promise.all([
    countConstituents(ctx.db),
    countCasesByState(ctx.db, today, ctx.caller.staffName),
    readSetting(ctx.db, 'exampleDataLoaded'),
    countOverdueReplies(ctx.db, today),
  ]);
  return {
    constituents,
    myOpenCases: cases.mine,
    openCases: cases.open,
    overdueCases: cases.overdue,
    awaitingCases: cases.awaiting,
    overdueReplies,
    exampleDataLoaded: exampleFlag === 'true',
  };
}
