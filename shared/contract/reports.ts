import { z } from 'zod';
import type { CaseCategory, CaseStatus } from '../domain/enums';
import { isoDate } from './fields';
import type { PublishedReplyFigure, PublishedReplyFigures } from './replyFigures';

export const officeReportInput = z
  .object({ from: isoDate, to: isoDate })
  .refine((range) => range.from <= range.to, { message: 'The start must be on or before the end', path: ['to'] })
  .refine((range) => Number(range.to.slice(0, 4)) - Number(range.from.slice(0, 4)) <= 10, {
    message: 'Choose at most ten years',
    path: ['from'],
  });

export interface CountedBy<K extends string = string> {
  key: K;
  /** Cases opened in the range. */
  opened: number;
  /** Of those, not closed today. */
  stillOpen: number;
}

export interface DepartmentPerformance {
  organisationId: number;
  name: string;
  targetWorkingDays: number;
  /** Letters sent in the range that expect a reply. */
  sent: number;
  replied: number;
  repliedWithinTarget: number;
  /** Replied after the target, or still awaited past the due date. */
  late: number;
  awaitingInTime: number;
  medianWorkingDays: number | null;
  /** Within target, of replies and of letters awaited past their due date; null when none. */
  withinTargetPercent: number | null;
  /** The Cabinet Office's published figure for the same department, where the office's name for it matches. */
  published: PublishedReplyFigure | null;
}

/** The Reports page's figures for cases opened (and closed, and letters sent) in one date range. */
export interface OfficeReport {
  from: string;
  to: string;
  /** Every month of the range, with none left out. */
  months: { month: string; opened: number; closed: number }[];
  byCategory: CountedBy<CaseCategory>[];
  byStatus: { key: CaseStatus; count: number }[];
  byAssignee: CountedBy[];
  /** Through the postcode directory; '' for a constituent whose postcode it does not hold. */
  byWard: CountedBy[];
  closing: { closed: number; medianWorkingDays: number | null; p90WorkingDays: number | null };
  outcomes: { outcome: string; count: number }[];
  departments: DepartmentPerformance[];
  /** Which published figures sit beside the departments' own. */
  publishedFigures: Pick<PublishedReplyFigures, 'origin' | 'year' | 'note' | 'total'>;
}
