import type { ResponseStats } from '../../../../shared/contract/correspondence';
import { median } from '../../../../shared/statistics';

export interface AwaitedItem {
  replyState: string;
  replyDueOn: string | null;
  responseWorkingDays: number | null;
}

/**
 * How an organisation answers: median working days to reply, and the share within its target — a
 * letter still awaiting a reply past its due date counts as late, not as missing from the count.
 */
export function responseStats(items: AwaitedItem[], targetDays: number, today: string): ResponseStats {
  const answered = items
    .filter((i) => i.replyState === 'replied' && i.responseWorkingDays !== null)
    .map((i) => i.responseWorkingDays!);
  const awaiting = items.filter((i) => i.replyState === 'awaiting');
  const overdue = awaiting.filter((i) => i.replyDueOn !== null && i.replyDueOn < today).length;
  const counted = answered.length + overdue;
  const withinTarget = answered.filter((d) => d <= targetDays).length;
  return {
    replies: answered.length,
    medianWorkingDays: median(answered),
    withinTarget,
    late: counted - withinTarget,
    withinTargetPercent: counted === 0 ? null : Math.round((100 * withinTarget) / counted),
    awaiting: awaiting.length,
    overdue,
  };
}
