import { backupWarning } from '../backups/backups.service';
import { openSubjectAccessRequests } from '../dataProtection/subjectAccessLog.service';
import { countRetentionDue } from '../dataProtection/retention.service';
import type { DashboardSummary } from '../../../../shared/contract/system';
import { todayIso, type QueryContext } from '../../context';
import { countCampaignsAwaitingResponse } from '../campaigns/campaign.service';
import { countCasesByState } from '../cases/case.service';
import { countConstituents } from '../constituents/constituent.service';
import { countOverdueReplies } from '../correspondence/correspondence.service';
import { readSetting } from '../settings/settings.service';

/** The Sunday that ends today's week (Monday to Sunday), as YYYY-MM-DD. */
function comingSunday(today: string): string {
  const day = new Date(`${today}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + ((7 - day.getUTCDay()) % 7));
  return day.toISOString().slice(0, 10);
}

export async function getDashboardSummary(ctx: QueryContext): Promise<DashboardSummary> {
  const today = todayIso(ctx);
  const [constituents, cases, exampleFlag, overdueReplies, campaignsAwaitingResponse] = await Promise.all([
    countConstituents(ctx.db),
    countCasesByState(ctx.db, today, comingSunday(today), ctx.caller.staffName),
    readSetting(ctx.db, 'exampleDataLoaded'),
    countOverdueReplies(ctx.db, today),
    countCampaignsAwaitingResponse(ctx.db),
  ]);
  return {
    constituents,
    myOpenCases: cases.mine,
    openCases: cases.open,
    overdueCases: cases.overdue,
    dueThisWeek: cases.dueThisWeek,
    campaignsAwaitingResponse,
    awaitingCases: cases.awaiting,
    overdueReplies,
    exampleDataLoaded: exampleFlag === 'true',
    backupWarning: ctx.caller.role === 'administrator' ? await backupWarning(ctx) : null,
    subjectAccess: ctx.caller.role === 'administrator' ? await openSubjectAccessRequests(ctx) : null,
    retentionDue: ctx.caller.role === 'administrator' ? await countRetentionDue(ctx) : null,
  };
}
