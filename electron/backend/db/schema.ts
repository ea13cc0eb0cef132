import type { Generated } from 'kysely';
import type { RetentionKind } from '../../../shared/contract/retention';
import type { CorrespondenceChannel, LetterPurpose, OrganisationKind, ReplyState } from '../../../shared/domain/enums';
import type {
  CampaignKind,
  CampaignStage,
  CaseCategory,
  CaseEventKind,
  CasePriority,
  CaseStatus,
  CaseTrackedField,
  ConsentChannel,
  ContactMethod,
  Salutation,
} from '../../../shared/domain/enums';

/** The database as Kysely sees it (camelCase; CamelCasePlugin maps to snake_case columns). */
export interface Database {
  settings: SettingsTable;
  auditLog: AuditLogTable;
  erasures: ErasuresTable;
  subjectAccessRequests: SubjectAccessRequestsTable;
  retentionReviews: RetentionReviewsTable;
  constituents: ConstituentsTable;
  cases: CasesTable;
  caseEvents: CaseEventsTable;
  caseReferenceCounters: CaseReferenceCountersTable;
  caseOutcomes: CaseOutcomesTable;
  campaigns: CampaignsTable;
  campaignEvents: CampaignEventsTable;
  campaignFigures: CampaignFiguresTable;
  campaignConstituents: CampaignConstituentsTable;
  signatureBatches: SignatureBatchesTable;
  signatures: SignaturesTable;
  postcodeWards: PostcodeWardsTable;
  wardNames: WardNamesTable;
  parliamentPetitions: ParliamentPetitionsTable;
  organisations: OrganisationsTable;
  correspondence: CorrespondenceTable;
  correspondenceAttachments: CorrespondenceAttachmentsTable;
  attachmentContents: AttachmentContentsTable;
  staff: StaffTable;
  bankHolidays: BankHolidaysTable;
  publishedReplyFigures: PublishedReplyFiguresTable;
  letterTemplates: LetterTemplatesTable;
  letterDrafts: LetterDraftsTable;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  entity: string;
  entityId: number | null;
  action: string;
}

export interface SubjectAccessRequestsTable {
  id: Generated<number>;
  /** Null once the person has been erased: the request's dates are kept. */
  constituentId: number | null;
  receivedOn: string;
  /** How it arrived (letter, e-mail, phone, in person). */
  receivedBy: string;
  dueOn: string;
  answeredOn: string | null;
  recordedBy: string;
  createdAt: string;
}

export interface RetentionReviewsTable {
  id: Generated<number>;
  kind: RetentionKind;
  recordId: number;
  decision: 'erase' | 'keep';
  reason: string;
  decidedBy: string;
  decidedAt: string;
  /** Kept: the day it comes up for review again. */
  reviewAgainOn: string | null;
}

export interface ErasuresTable {
  id: Generated<number>;
  erasedAt: string;
  actor: string;
  reason: string;
  constituentId: number | null;
  /** JSON: the numbers of the records that went (ErasedRecords). */
  records: string;
}

export interface ConstituentsTable {
  id: Generated<number>;
  /** Moves on with each edit: an edit names the version it started from. */
  version: Generated<number>;
  title: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  addressLine1: string;
  addressLine2: string;
  town: string;
  postcode: string;
  preferredContact: ContactMethod;
  doNotContact: number;
  /** Folded names, e-mail and address (see foldText), kept by the repository on every write. */
  searchText: Generated<string>;
  phoneDigits: Generated<string>;
  /** The same-person rule's keys (shared/samePerson.ts), kept on every write. */
  nameKey: Generated<string>;
  emailKey: Generated<string>;
  salutation: Generated<Salutation>;
  isExample: number;
  createdAt: string;
  updatedAt: string;
}

export interface CasesTable {
  id: Generated<number>;
  /** Moves on with each edit: an edit names the version it started from. */
  version: Generated<number>;
  reference: string;
  constituentId: number;
  title: string;
  description: string;
  category: CaseCategory;
  priority: CasePriority;
  assignee: string;
  status: CaseStatus;
  openedOn: string;
  dueOn: string | null;
  closedOn: string | null;
  /** A label from case_outcomes, so outcomes can be counted; the free-text note beside it. */
  outcome: string;
  outcomeNote: Generated<string>;
  isExample: number;
  campaignId: Generated<number | null>;
  /** How the constituent gave consent to act ('' until recorded), and on which day. */
  consentGivenBy: Generated<ConsentChannel | ''>;
  consentGivenOn: Generated<string | null>;
  createdAt: string;
  updatedAt: string;
}

export interface CaseEventsTable {
  id: Generated<number>;
  caseId: number;
  kind: CaseEventKind;
  body: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus | null;
  field: Generated<CaseTrackedField | null>;
  fromValue: Generated<string | null>;
  toValue: Generated<string | null>;
  actor: string;
  at: string;
}

export interface CaseOutcomesTable {
  id: Generated<number>;
  label: string;
  position: number;
}

export interface CaseReferenceCountersTable {
  year: number;
  lastNumber: number;
}

export interface CampaignsTable {
  id: Generated<number>;
  version: Generated<number>;
  title: string;
  summary: string;
  ask: string;
  kind: CampaignKind;
  targetOrganisation: string;
  owner: string;
  signatureGoal: number | null;
  stage: CampaignStage;
  stageSince: string;
  isExample: number;
  createdAt: string;
  updatedAt: string;
}

export interface CampaignEventsTable {
  id: Generated<number>;
  campaignId: number;
  kind: 'stage' | 'milestone';
  occurredOn: string;
  title: string;
  body: string;
  stage: CampaignStage | null;
  actor: string;
  at: string;
}

export interface CampaignFiguresTable {
  id: Generated<number>;
  campaignId: number;
  label: string;
  value: string;
  source: string;
  asOf: string;
}

export interface CampaignConstituentsTable {
  campaignId: number;
  constituentId: number;
  addedAt: string;
}

export interface SignatureBatchesTable {
  id: Generated<number>;
  campaignId: number;
  source: 'csv' | 'manual' | 'example';
  fileName: string;
  encoding: string;
  rowsTotal: number;
  imported: number;
  duplicates: number;
  invalid: number;
  actor: string;
  at: string;
  undoneAt: string | null;
  undoneBy: string | null;
}

export interface SignaturesTable {
  id: Generated<number>;
  campaignId: number;
  batchId: number;
  fullName: string;
  nameKey: string;
  email: string;
  postcode: string;
  address: string;
  signedOn: string;
  constituentId: number | null;
  comment: Generated<string>;
}

export interface PostcodeWardsTable {
  postcode: string;
  wardCode: string;
  wardName: string;
  constituencyCode: string;
}

export interface WardNamesTable {
  wardCode: string;
  wardName: string;
}

export interface ParliamentPetitionsTable {
  campaignId: number;
  petitionId: number | null;
  action: string;
  state: string;
  signatureCount: number;
  constituencyName: string;
  constituencyCode: string;
  constituencyCount: number;
  constituencyRank: number;
  constituenciesTotal: number;
  responseSummary: string;
  responseDetails: string;
  respondedOn: string;
  fileName: string;
  importedAt: string;
}

export interface OrganisationsTable {
  id: Generated<number>;
  version: Generated<number>;
  name: string;
  kind: OrganisationKind;
  address: string;
  recipientName: Generated<string>;
  recipientRole: Generated<string>;
  email: string;
  replyTargetDays: number;
  isExample: number;
  createdAt: string;
  updatedAt: string;
}

export interface CorrespondenceTable {
  id: Generated<number>;
  direction: 'out' | 'in';
  channel: CorrespondenceChannel;
  organisationId: number | null;
  caseId: number | null;
  campaignId: number | null;
  constituentId: number | null;
  ourReference: string;
  theirReference: string;
  subject: string;
  body: string;
  datedOn: string;
  replyState: ReplyState;
  replyDueOn: string | null;
  repliedOn: string | null;
  responseWorkingDays: number | null;
  inReplyTo: number | null;
  isHolding: number;
  isExample: number;
  actor: string;
  createdAt: string;
}

export interface PublishedReplyFiguresTable {
  department: string;
  year: number;
  targetWorkingDays: number | null;
  received: number | null;
  withinTargetPercent: number | null;
  withinTwentyDaysPercent: number | null;
}

export interface BankHolidaysTable {
  date: string;
  title: string;
}

export interface LetterTemplatesTable {
  id: Generated<number>;
  version: Generated<number>;
  name: string;
  purpose: LetterPurpose;
  subject: string;
  body: string;
  updatedAt: string;
}

export interface StaffTable {
  id: Generated<number>;
  name: string;
  /** The name by the one same-person rule: two staff cannot share it. */
  nameKey: string;
  role: string;
  /** scrypt, with its parameters and salt; '' when this person has no password (sign-in off). */
  passwordHash: Generated<string>;
  failedAttempts: Generated<number>;
  lockedUntil: string | null;
  active: Generated<number>;
  version: Generated<number>;
  createdAt: string;
}

/** Office mode's attachment copies, one per SHA-256 of the bytes. */
export interface AttachmentContentsTable {
  sha256: string;
  content: Uint8Array;
}

export interface CorrespondenceAttachmentsTable {
  id: Generated<number>;
  correspondenceId: number;
  fileName: string;
  sha256: string;
  sizeBytes: number;
  addedAt: string;
  addedBy: string;
}

export interface LetterDraftsTable {
  id: Generated<number>;
  caseId: number | null;
  campaignId: number | null;
  organisationId: number | null;
  previousId: number | null;
  purpose: LetterPurpose;
  templateId: number | null;
  subject: string;
  body: string;
  updatedAt: string;
  updatedBy: string;
}
