import type { ResponseStats } from '../../../../shared/contract/correspondence';

export interface AwaitedItem {
  replyState: string;
  replyDueOn: string | null;
  responseWorkingDays: number | null;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
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
  return {
    replies: answered.length,
    medianWorkingDays: median(answered),
    withinTargetPercent:
      counted === 0 ? null : Math.round((100 * answered.filter((d) => d <= targetDays).length) / counted),
    awaiting: awaiting.length,
    overdue,
  };
}
