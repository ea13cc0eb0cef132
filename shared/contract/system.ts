import { stagedFileIdSchema } from './uploads';
import { z } from 'zod';
import { text } from './fields';

export const emptyInput = z.object({}).strict();

export interface Health {
  status: 'ok';
  appVersion: string;
  schemaVersion: number;
  /** The office's date (YYYY-MM-DD) by the backend's clock: the one "today" for defaults and due dates. */
  today: string;
}

export interface AppSettings {
  /** The office's constituency, for UK Parliament petition counts. */
  constituencyName: string;
  constituencyCode: string;
  /** The letterhead: the MP's name as signed, and the office's postal address. */
  mpName: string;
  officeAddress: string;
  /** The office's own target for a new case, in working days (England and Wales). */
  caseTargetWorkingDays: number;
  dataFile: string;
  /** Office mode: the office database's server, database and user; null in solo mode. */
  officeDatabase: string | null;
  hostKind: 'desktop' | 'browser';
  appVersion: string;
  schemaVersion: number;
}

export const updateSettingsInput = z.object({
  constituencyName: text(100, 'Constituency').default(''),
  constituencyCode: text(9, 'ONS code')
    .toUpperCase()
    .refine((code) => code === '' || /^[EWSN]\d{8}$/.test(code), 'Enter the constituency’s ONS code, like E14000657')
    .default(''),
  mpName: text(100, 'MP’s name').default(''),
  officeAddress: text(500, 'Office address').default(''),
  caseTargetWorkingDays: z
    .number({ error: 'Enter a number of working days' })
    .int('Enter a whole number of working days')
    .min(1, 'A case needs at least 1 working day')
    .max(250, 'At most 250 working days (about a year)')
    .default(20),
});

export interface DashboardSummary {
  constituents: number;
  /** Cases with status open assigned to the signed-in staff member (the case list's status=open&assignee=…). */
  myOpenCases: number;
  openCases: number;
  overdueCases: number;
  /** Not closed, due from today to Sunday. */
  dueThisWeek: number;
  awaitingCases: number;
  /** Campaigns delivered, waiting for the response. */
  campaignsAwaitingResponse: number;
  /** Letters whose reply is past the organisation's target. */
  overdueReplies: number;
  exampleDataLoaded: boolean;
  /** For administrators in solo mode: the last backup failed, or none was made in two days; null when all is well. */
  backupWarning: string | null;
  /** For administrators: subject access requests not yet answered, and of those past their due date. */
  subjectAccess: { open: number; overdue: number } | null;
  /** Administrators, when the office has a retention schedule: records due for review. */
  retentionDue: number | null;
}

export interface ExampleDataCounts {
  constituents: number;
  cases: number;
  campaigns: number;
  signatures: number;
}

/** A letterhead logo is small: a crest or a party logo, not a photograph. */
export const MAX_LOGO_BYTES = 1024 * 1024;

export const setLetterheadLogoInput = z.object({ stagedFileId: stagedFileIdSchema });

export interface LetterheadLogo {
  mediaType: 'image/png' | 'image/jpeg';
  widthPx: number;
  heightPx: number;
  contentBase64: string;
}
