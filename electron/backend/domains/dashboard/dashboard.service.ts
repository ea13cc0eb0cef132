import type { DashboardSummary } from '../../../../shared/contract/system';
import { todayIso, type BackendContext } from '../../context';
import { countCasesByState } from '../cases/case.repository';
import { countConstituents } from '../constituents/constituent.repository';
import { countOverdueReplies } from '../correspondence/correspondence.repository';
import { readSetting } from '../settings/settings.repository';

export async function getDashboardSummary(ctx: BackendContext): Promise<DashboardSummary> {
  const today = todayIso(ctx);
  const [constituents, cases, exampleFlag, overdueReplies] = await Promise.all([
    countConstituents(ctx.db),
    countCasesByState(ctx.db, today),
    readSetting(ctx.db, 'exampleDataLoaded'),
    countOverdueReplies(ctx.db, today),
  ]);
  return {
    constituents,
    openCases: cases.open,
    overdueCases: cases.overdue,
    awaitingCases: cases.awaiting,
    overdueReplies,
    exampleDataLoaded: exampleFlag === 'true',
  };
}
