import { z } from 'zod';
import { text } from './fields';

export const emptyInput = z.object({}).strict();

export interface Health {
  status: 'ok';
  appVersion: string;
  schemaVersion: number;
}

export interface AppSettings {
  staffName: string;
  dataFile: string;
  hostKind: 'desktop' | 'browser';
  appVersion: string;
  schemaVersion: number;
}

export const updateSettingsInput = z.object({
  staffName: text(100, 'Your name').min(1, 'Enter your name; it goes on notes and the audit trail'),
});

export interface DashboardSummary {
  constituents: number;
  openCases: number;
  overdueCases: number;
  awaitingCases: number;
  exampleDataLoaded: boolean;
}

export interface ExampleDataCounts {
  constituents: number;
  cases: number;
  campaigns: number;
  signatures: number;
}
