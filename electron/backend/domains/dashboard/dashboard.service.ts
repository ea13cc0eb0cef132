import type { DashboardSummary } from '../../../../shared/contract/system';
import { todayIso, type BackendContext } from '../../context';
import { countCasesByState } from '../cases/case.repository';
import { countConstituents } from '../constituents/constituent.repository';
import { readSetting } from '../settings/settings.repository';

export async function getDashboardSummary(ctx: BackendContext): Promise<DashboardSummary> {
  const [constituents, cases, exampleFlag] = await Promise.all([
    countConstituents(ctx.db),
    countCasesByState(ctx.db, todayIso(ctx)),
    readSetting(ctx.db, 'exampleDataLoaded'),
  ]);
  return {
    constituents,
    openCases: cases.open,
    overdueCases: cases.overdue,
    awaitingCases: cases.awaiting,
    exampleDataLoaded: exampleFlag === 'true',
  };
}
