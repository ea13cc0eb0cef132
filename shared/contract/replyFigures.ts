import { z } from 'zod';
import { stagedFileIdSchema } from './uploads';

/** One row of the Cabinet Office's yearly table of replies to MPs' and peers' letters. */
export interface PublishedReplyFigure {
  department: string;
  /** The department's own target, in working days (never more than 20). */
  targetWorkingDays: number | null;
  received: number | null;
  /** Replied to within the department's own target. */
  withinTargetPercent: number | null;
  withinTwentyDaysPercent: number | null;
}

/** The figures in use: the copy shipped with Postbag, or a newer table the office loaded. */
export interface PublishedReplyFigures {
  origin: 'bundled' | 'loaded';
  /** The calendar year the figures cover. */
  year: number;
  /** What the shipped copy leaves out ('' for a loaded table). */
  note: string;
  /** Every department and agency, as published; the "Total" row apart. */
  departments: PublishedReplyFigure[];
  total: PublishedReplyFigure | null;
}

export const PUBLISHED_FIGURES_SOURCE = (year: number) =>
  `Cabinet Office, “Data on responses to correspondence from MPs and Peers in ${year}” (GOV.UK)`;

export const importReplyFiguresInput = z.object({
  stagedFileId: stagedFileIdSchema,
  year: z
    .number({ error: 'Give the year the figures cover' })
    .int('Give the year as four digits')
    .min(2010, 'The Cabinet Office’s yearly figures start in 2010')
    .max(2100, 'Give the year as four digits'),
});
