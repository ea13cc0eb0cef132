import { z } from 'zod';
import {
  CASE_CATEGORIES,
  CASE_PRIORITIES,
  CASE_SORT_FIELDS,
  CASE_STATUSES,
  CONSENT_CHANNELS,
  SORT_DIRECTIONS,
  type CaseCategory,
  type CaseEventKind,
  type CasePriority,
  type CaseStatus,
  type CaseTrackedField,
  type ConsentChannel,
} from '../domain/enums';
import { editVersion, entityId, isoDate, optionalIsoDate, requiredText, text } from './fields';

const caseEditableFields = z.object({
  title: requiredText(200, 'Title', 'Enter a short title for the case'),
  description: text(20_000, 'Description').default(''),
  category: z.enum(CASE_CATEGORIES, { error: 'Choose a category' }),
  priority: z.enum(CASE_PRIORITIES, { error: 'Choose a priority' }).default('normal'),
  assignee: text(100, 'Assignee').default(''),
  dueOn: optionalIsoDate.default(''),
  /** The campaign this case is part of (campaign casework), if any. */
  campaignId: entityId.nullable().default(null),
});

export const caseFieldsSchema = caseEditableFields.extend({ openedOn: isoDate });
export type CaseFields = z.input<typeof caseFieldsSchema>;

export const createCaseInput = caseFieldsSchema.extend({ constituentId: entityId });
export const updateCaseInput = caseEditableFields.extend({ id: entityId, version: editVersion });
export const getCaseInput = z.object({ id: entityId });

export const addCaseNoteInput = z.object({
  caseId: entityId,
  body: requiredText(20_000, 'Note', 'Write the note before saving it'),
});

export const changeCaseStatusInput = z
  .object({
    caseId: entityId,
    status: z.enum(CASE_STATUSES, { error: 'Choose a status' }),
    /** One of the office's outcomes (so outcomes can be counted), and a note in the caseworker's words. */
    outcome: text(100, 'Outcome').default(''),
    outcomeNote: text(2_000, 'Outcome note').default(''),
  })
  .refine((value) => value.status !== 'closed' || value.outcome !== '', {
    path: ['outcome'],
    message: 'Choose the outcome before closing the case',
  });

/** Consent to act on the case: how it was given and when; `givenBy` '' records that it was withdrawn. */
export const recordCaseConsentInput = z
  .object({
    caseId: entityId,
    givenBy: z.union([z.enum(CONSENT_CHANNELS), z.literal('')], { error: 'Choose how consent was given' }),
    givenOn: optionalIsoDate.default(''),
  })
  .refine((value) => value.givenBy === '' || value.givenOn !== '', {
    path: ['givenOn'],
    message: 'Enter the day consent was given',
  });

export const addCaseOutcomeInput = z.object({
  label: requiredText(100, 'Outcome', 'Name the outcome'),
});

export const listCasesInput = z.object({
  status: z.enum(CASE_STATUSES).optional(),
  category: z.enum(CASE_CATEGORIES).optional(),
  assignee: text(100, 'Assignee').optional(),
  overdue: z.boolean().optional(),
  /** Words found in the reference, title, description, notes or constituent's name (each three letters or more). */
  text: text(200, 'Text').optional(),
  constituentId: entityId.optional(),
  sort: z.enum(CASE_SORT_FIELDS).default('openedOn'),
  direction: z.enum(SORT_DIRECTIONS).default('desc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1_000).default(200),
});
export type ListCasesInput = z.input<typeof listCasesInput>;

export interface CaseRecord {
  id: number;
  version: number;
  reference: string;
  constituentId: number;
  constituentName: string;
  title: string;
  description: string;
  category: CaseCategory;
  priority: CasePriority;
  assignee: string;
  status: CaseStatus;
  openedOn: string;
  dueOn: string;
  closedOn: string;
  outcome: string;
  outcomeNote: string;
  overdue: boolean;
  campaignId: number | null;
  /** How the constituent gave consent to act ('' : not recorded, or withdrawn), and on which day. */
  consentGivenBy: ConsentChannel | '';
  consentGivenOn: string | null;
  isExample: boolean;
  createdAt: string;
  updatedAt: string;
}

export type CaseListRow = Omit<CaseRecord, 'description' | 'outcome' | 'outcomeNote' | 'createdAt'>;

export interface CaseEvent {
  id: number;
  kind: CaseEventKind;
  body: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus | null;
  /** For a change of priority, assignee or due date: which, and the values (dates as YYYY-MM-DD, '' for none). */
  field: CaseTrackedField | null;
  fromValue: string | null;
  toValue: string | null;
  actor: string;
  at: string;
}

export interface CaseDetail {
  record: CaseRecord;
  events: CaseEvent[];
}

/** The case list counts matches exactly up to this many; beyond it, it says "more than" (and still pages on). */
export const CASE_COUNT_LIMIT = 10_000;

export interface CaseList {
  rows: CaseListRow[];
  /** How many cases match, counted up to CASE_COUNT_LIMIT. */
  total: number;
  /** More than `total` match: the count stopped at CASE_COUNT_LIMIT. */
  moreThanTotal: boolean;
}
