import { z } from 'zod';
import { entityId, requiredText } from './fields';

/**
 * What the schedule reviews: a closed case (with its letters and files), a closed campaign's signers'
 * details, or a person with no open case and nothing new for a while (with everything held about them).
 */
export const RETENTION_KINDS = ['closed_case', 'campaign_signatures', 'inactive_person'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

function months(label: string) {
  return z
    .number({ error: `${label}: enter a number of months, or leave it empty for no review` })
    .int(`${label}: enter whole months`)
    .min(1, `${label}: at least 1 month`)
    .max(600, `${label}: at most 600 months (50 years)`)
    .nullable();
}

/** The office's schedule: months after closing before a record is due for review (null: never). */
export const retentionScheduleInput = z.object({
  closedCaseMonths: months('Closed cases'),
  signatureMonths: months('Petition signatures'),
  /** Counted from their last activity: a case opened or closed, a letter, their record changed. */
  inactivePersonMonths: months('People with no open case').default(null),
  /** Off unless the office turns it on: what is due is then erased without anyone confirming. */
  eraseWithoutReview: z.boolean(),
});
export type RetentionSchedule = z.infer<typeof retentionScheduleInput>;

export const KEEP_FOR_MONTHS = [6, 12, 24, 60] as const;

export const retentionDecisionInput = z.object({
  items: z
    .array(z.object({ kind: z.enum(RETENTION_KINDS), id: entityId }))
    .min(1, 'Choose at least one record')
    .max(500, 'Decide at most 500 records at a time'),
  decision: z.enum(['erase', 'keep'], { error: 'Choose erase or keep' }),
  reason: requiredText(500, 'Reason', 'Say why, without personal details (for example “Judicial review still open”)'),
  /** Keep: when the records come up for review again. */
  keepForMonths: z.union(KEEP_FOR_MONTHS.map((n) => z.literal(n))).default(12),
});

/** One record due for review under the schedule. */
export interface RetentionDueItem {
  kind: RetentionKind;
  id: number;
  /** The case's reference and title, the campaign's title, or the person's name. */
  title: string;
  /** The case's constituent, how many signers' details the campaign still holds, or what the person has. */
  detail: string;
  /** When the case or campaign closed, or the person's last activity. */
  closedOn: string;
  /** When it became due (closed + the schedule's months). */
  dueOn: string;
  /** When it was last kept on review, if it was. */
  lastKept: { on: string; reason: string } | null;
}

export interface RetentionReview {
  schedule: RetentionSchedule;
  /** The oldest due first, at most 200 of them. */
  due: RetentionDueItem[];
  totalDue: number;
}

export interface RetentionOutcome {
  erased: number;
  kept: number;
}
