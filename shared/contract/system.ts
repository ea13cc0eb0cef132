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
  staffName: string;
  /** The office's constituency, for UK Parliament petition counts. */
  constituencyName: string;
  constituencyCode: string;
  /** The letterhead: the MP's name as signed, and the office's postal address. */
  mpName: string;
  officeAddress: string;
  dataFile: string;
  hostKind: 'desktop' | 'browser';
  appVersion: string;
  schemaVersion: number;
}

export const updateSettingsInput = z.object({
  staffName: text(100, 'Your name').min(1, 'Enter your name; it goes on notes and the audit trail'),
  constituencyName: text(100, 'Constituency').default(''),
  constituencyCode: text(9, 'ONS code')
    .toUpperCase()
    .refine((code) => code === '' || /^[EWSN]\d{8}$/.test(code), 'Enter the constituency’s ONS code, like E14000657')
    .default(''),
  mpName: text(100, 'MP’s name').default(''),
  officeAddress: text(500, 'Office address').default(''),
});

export interface DashboardSummary {
  constituents: number;
  openCases: number;
  overdueCases: number;
  awaitingCases: number;
  /** Letters whose reply is past the organisation's target. */
  overdueReplies: number;
  exampleDataLoaded: boolean;
}

export interface ExampleDataCounts {
  constituents: number;
  cases: number;
  campaigns: number;
  signatures: number;
}
