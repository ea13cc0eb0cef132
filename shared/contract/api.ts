import type { z } from 'zod';
import { officeConnectionInput, type OfficeConnectionCheck, type OfficeMoveResult } from './officeDatabase';
import {
  createStaffInput,
  setPasswordInput,
  setUpInput,
  signInInput,
  signInRequiredInput,
  updateStaffInput,
  type AuthStatus,
  type SignedIn,
  type StaffMember,
} from './staff';
import { ENTITY_KINDS, type EntityKind } from './changes';
import { listAuditInput, type AuditPage } from './audit';
import {
  answerSubjectAccessRequestInput,
  erasePersonInput,
  recordSubjectAccessRequestInput,
  subjectAccessExportInput,
  type ErasureReceipt,
  type SubjectAccessRequest,
} from './dataProtection';
import type { DownloadFile } from './uploads';
import {
  retentionDecisionInput,
  retentionScheduleInput,
  type RetentionOutcome,
  type RetentionReview,
  type RetentionSchedule,
} from './retention';
import {
  createBackupInput,
  restoreBackupInput,
  setBackupPassphraseInput,
  type BackupInfo,
  type BackupStatus,
} from './backups';
import { globalSearchInput, type SearchResults } from './search';
import { officeReportInput, type OfficeReport } from './reports';
import { importReplyFiguresInput, type PublishedReplyFigures } from './replyFigures';
import { jobIdInput, type JobOutcome, type JobStarted } from './jobs';
import { addAttachmentInput, attachmentIdInput, type Attachment, type AttachmentFile } from './attachments';
import {
  addCaseNoteInput,
  addCaseOutcomeInput,
  changeCaseStatusInput,
  recordCaseConsentInput,
  createCaseInput,
  getCaseInput,
  listCasesInput,
  updateCaseInput,
  type CaseDetail,
  type CaseList,
  type CaseRecord,
} from './cases';
import {
  createConstituentInput,
  findConstituentsInput,
  getConstituentInput,
  listConstituentsInput,
  updateConstituentInput,
  type Constituent,
  type ConstituentList,
  type ConstituentCampaign,
  type ConstituentMatch,
} from './constituents';
import {
  addKeyFigureInput,
  addMilestoneInput,
  campaignLinkInput,
  changeCampaignStageInput,
  createCampaignInput,
  getCampaignInput,
  removeKeyFigureInput,
  updateCampaignInput,
  type Campaign,
  type CampaignDetail,
  type CampaignListRow,
  type MailMergeList,
} from './campaigns';
import {
  createOrganisationInput,
  getOrganisationInput,
  importBankHolidaysInput,
  listCorrespondenceInput,
  recordIncomingInput,
  recordOutgoingInput,
  updateOrganisationInput,
  type CorrespondenceItem,
  type OrganisationDetail,
  type OrganisationSummary,
} from './correspondence';
import type { BankHolidayStatus } from '../bankHolidays';
import {
  exportLetterInput,
  exportStandardReplyInput,
  standardReplyInput,
  letterDraftIdInput,
  letterLinksInput,
  listLetterDraftsInput,
  saveLetterDraftInput,
  saveLetterTemplateInput,
  type LetterDraftRecord,
  type LetterFile,
  type LetterTemplate,
  type StandardReplyRecipients,
} from './letters';
import type { MergeContext } from '../letters/mergeFields';
import { logContactInput, type LoggedContact } from './intake';
import { importParliamentPetitionInput, type ConstituencyMatch, type ParliamentPetition } from './parliamentPetitions';
import {
  addSignatureInput,
  importPostcodeDirectoryInput,
  importWardNamesInput,
  listSignersInput,
  exportSignersInput,
  importSignaturesInput,
  previewSignatureImportInput,
  undoSignatureBatchInput,
  type ImportPreview,
  type ImportResult,
  type DirectoryImportResult,
  type PostcodeDirectoryStatus,
  type PostcodeWard,
  type Signer,
  type SignerList,
} from './signatures';
import {
  emptyInput,
  setLetterheadLogoInput,
  updateSettingsInput,
  type AppSettings,
  type DashboardSummary,
  type ExampleDataCounts,
  type Health,
  type LetterheadLogo,
} from './system';

/** A new session: the page sends its token with every call until it signs out or the session expires. */
export interface SignedInSession extends SignedIn {
  sessionToken: string;
}

/**
 * A query reads and never writes; a command writes, in one unit of work, and its reply lists what it
 * changed; a job is a long query or command run off the thread that answers calls, with progress and cancel.
 */
export type MethodKind = 'query' | 'command' | 'job';

interface MethodSpec<K extends MethodKind, I extends z.ZodType, O> {
  kind: K;
  input: I;
  /** A query's: the kinds of record it reads, so it is refreshed when one of them changes. */
  reads: readonly EntityKind[];
  /** Whether it writes (a command, or a job that does): it is followed by the WAL checkpoint. */
  writes: boolean;
  /** Phantom: carries the output type only. */
  output?: O;
}

function query<O>(...reads: EntityKind[]) {
  return <I extends z.ZodType>(input: I): MethodSpec<'query', I, O> => ({ kind: 'query', input, reads, writes: false });
}

function command<O>() {
  return <I extends z.ZodType>(input: I): MethodSpec<'command', I, O> => ({
    kind: 'command',
    input,
    reads: [],
    writes: true,
  });
}

/** `O` is the finished job's result; the call itself answers `JobStarted`. */
function job<O>(mode: 'reads' | 'writes') {
  return <I extends z.ZodType>(input: I): MethodSpec<'job', I, O> => ({
    kind: 'job',
    input,
    reads: [],
    writes: mode === 'writes',
  });
}

export interface ConstituentDetail {
  constituent: Constituent;
  cases: CaseList['rows'];
  /** Campaigns they are linked to or signed, with the date they signed. */
  campaigns: ConstituentCampaign[];
  /** From the office's postcode directory, when it knows their postcode. */
  ward: PostcodeWard | null;
}

/** Every API method: `'domain.verb'` → its input schema and output type. */
export const contract = {
  'system.health': query<Health>()(emptyInput),
  'auth.status': query<AuthStatus>('staff', 'settings')(emptyInput),
  'auth.setUp': command<SignedInSession>()(setUpInput),
  'auth.signIn': command<SignedInSession>()(signInInput),
  'auth.signOut': command<{ signedOut: true }>()(emptyInput),
  'auth.setSignInRequired': command<AuthStatus>()(signInRequiredInput),
  'staff.list': query<StaffMember[]>('staff')(emptyInput),
  'staff.create': command<StaffMember>()(createStaffInput),
  'staff.update': command<StaffMember>()(updateStaffInput),
  'staff.setPassword': command<StaffMember>()(setPasswordInput),
  'office.testConnection': query<OfficeConnectionCheck>()(officeConnectionInput),
  'office.moveToServer': job<OfficeMoveResult>('reads')(officeConnectionInput),
  'search.global': query<SearchResults>(
    'constituent',
    'case',
    'correspondence',
    'campaign',
    'signature_batch',
    'organisation',
  )(globalSearchInput),
  'reports.office': query<OfficeReport>(
    'case',
    'constituent',
    'correspondence',
    'organisation',
    'postcode_directory',
    'bank_holidays',
    'reply_figures',
  )(officeReportInput),
  'settings.get': query<AppSettings>('settings')(emptyInput),
  'settings.update': command<AppSettings>()(updateSettingsInput),
  'letterhead.logo': query<{ logo: LetterheadLogo | null }>('settings')(emptyInput),
  'letterhead.setLogo': command<LetterheadLogo>()(setLetterheadLogoInput),
  'letterhead.removeLogo': command<{ removed: true }>()(emptyInput),
  'dashboard.summary': query<DashboardSummary>(
    'constituent',
    'case',
    'correspondence',
    'organisation',
    'campaign',
    'signature_batch',
  )(emptyInput),
  'exampleData.load': command<ExampleDataCounts>()(emptyInput),
  'exampleData.remove': command<ExampleDataCounts>()(emptyInput),
  'constituents.list': query<ConstituentList>('constituent', 'case')(listConstituentsInput),
  'constituents.get': query<ConstituentDetail>(
    'constituent',
    'case',
    'campaign',
    'signature_batch',
    'postcode_directory',
  )(getConstituentInput),
  'constituents.find': query<ConstituentMatch[]>('constituent', 'case', 'correspondence')(findConstituentsInput),
  'constituents.create': command<Constituent>()(createConstituentInput),
  'constituents.update': command<Constituent>()(updateConstituentInput),
  'cases.list': query<CaseList>('case', 'constituent', 'campaign', 'correspondence')(listCasesInput),
  'cases.get': query<CaseDetail>('case', 'constituent', 'campaign', 'correspondence')(getCaseInput),
  'cases.create': command<CaseRecord>()(createCaseInput),
  'cases.update': command<CaseRecord>()(updateCaseInput),
  'cases.addNote': command<CaseDetail>()(addCaseNoteInput),
  'cases.changeStatus': command<CaseDetail>()(changeCaseStatusInput),
  'cases.recordConsent': command<CaseDetail>()(recordCaseConsentInput),
  'intake.logContact': command<LoggedContact>()(logContactInput),
  'caseOutcomes.list': query<string[]>('case_outcome')(emptyInput),
  'caseOutcomes.add': command<string[]>()(addCaseOutcomeInput),
  'campaigns.list': query<CampaignListRow[]>('campaign', 'signature_batch', 'case', 'correspondence')(emptyInput),
  'campaigns.get': query<CampaignDetail>(
    'campaign',
    'signature_batch',
    'constituent',
    'case',
    'correspondence',
    'organisation',
    'postcode_directory',
    'settings',
  )(getCampaignInput),
  'campaigns.create': command<Campaign>()(createCampaignInput),
  'campaigns.update': command<Campaign>()(updateCampaignInput),
  'campaigns.changeStage': command<CampaignDetail>()(changeCampaignStageInput),
  'campaigns.addMilestone': command<CampaignDetail>()(addMilestoneInput),
  'campaigns.addFigure': command<CampaignDetail>()(addKeyFigureInput),
  'campaigns.removeFigure': command<CampaignDetail>()(removeKeyFigureInput),
  'campaigns.linkConstituent': command<CampaignDetail>()(campaignLinkInput),
  'campaigns.unlinkConstituent': command<CampaignDetail>()(campaignLinkInput),
  'campaigns.mailMerge': query<MailMergeList>('campaign', 'signature_batch', 'constituent')(getCampaignInput),
  'campaigns.importParliamentPetition': command<ParliamentPetition & { matchedBy: ConstituencyMatch }>()(
    importParliamentPetitionInput,
  ),
  'signatures.previewImport': job<ImportPreview>('reads')(previewSignatureImportInput),
  'signatures.import': job<ImportResult>('writes')(importSignaturesInput),
  'signatures.undoBatch': command<{ removed: number }>()(undoSignatureBatchInput),
  'signatures.add': command<ImportResult>()(addSignatureInput),
  'signatures.list': query<SignerList>('signature_batch', 'constituent', 'postcode_directory')(listSignersInput),
  'signatures.export': command<Signer[]>()(exportSignersInput),
  'organisations.list': query<OrganisationSummary[]>('organisation', 'correspondence')(emptyInput),
  'organisations.get': query<OrganisationDetail>(
    'organisation',
    'correspondence',
    'case',
    'campaign',
    'constituent',
  )(getOrganisationInput),
  'organisations.create': command<OrganisationSummary>()(createOrganisationInput),
  'organisations.update': command<OrganisationSummary>()(updateOrganisationInput),
  'correspondence.list': query<CorrespondenceItem[]>(
    'correspondence',
    'organisation',
    'case',
    'campaign',
    'constituent',
    'attachment',
  )(listCorrespondenceInput),
  'correspondence.recordOutgoing': command<CorrespondenceItem>()(recordOutgoingInput),
  'correspondence.recordIncoming': command<CorrespondenceItem>()(recordIncomingInput),
  'attachments.add': command<Attachment>()(addAttachmentInput),
  'attachments.download': command<AttachmentFile>()(attachmentIdInput),
  'attachments.remove': command<{ removed: true }>()(attachmentIdInput),
  'bankHolidays.status': query<BankHolidayStatus>('bank_holidays')(emptyInput),
  'bankHolidays.import': command<BankHolidayStatus>()(importBankHolidaysInput),
  'dataProtection.exportSubjectAccess': command<DownloadFile>()(subjectAccessExportInput),
  'dataProtection.erasePerson': command<ErasureReceipt>()(erasePersonInput),
  'subjectAccess.log': query<SubjectAccessRequest[]>('subject_access_request', 'constituent')(emptyInput),
  'subjectAccess.record': command<SubjectAccessRequest[]>()(recordSubjectAccessRequestInput),
  'subjectAccess.answer': command<SubjectAccessRequest[]>()(answerSubjectAccessRequestInput),
  'retention.review': query<RetentionReview>(
    'settings',
    'retention_review',
    'case',
    'campaign',
    'signature_batch',
    'constituent',
  )(emptyInput),
  'retention.setSchedule': command<RetentionSchedule>()(retentionScheduleInput),
  'retention.decide': command<RetentionOutcome>()(retentionDecisionInput),
  'retention.eraseDue': command<RetentionOutcome>()(emptyInput),
  'backups.status': query<BackupStatus>('settings')(emptyInput),
  'backups.create': job<BackupInfo>('reads')(createBackupInput),
  'backups.setPassphrase': command<BackupStatus>()(setBackupPassphraseInput),
  'backups.restore': job<{ name: string; createdAt: string }>('reads')(restoreBackupInput),
  'audit.list': query<AuditPage>(...ENTITY_KINDS)(listAuditInput),
  'replyFigures.status': query<PublishedReplyFigures>('reply_figures')(emptyInput),
  'replyFigures.import': command<PublishedReplyFigures>()(importReplyFiguresInput),
  'letters.templates': query<LetterTemplate[]>('letter_template')(emptyInput),
  'letters.saveTemplate': command<LetterTemplate>()(saveLetterTemplateInput),
  'letters.context': query<MergeContext>(
    'constituent',
    'case',
    'campaign',
    'correspondence',
    'organisation',
    'settings',
  )(letterLinksInput),
  'letters.saveDraft': command<LetterDraftRecord>()(saveLetterDraftInput),
  'letters.draft': query<LetterDraftRecord>('letter_draft')(letterDraftIdInput),
  'letters.drafts': query<LetterDraftRecord[]>(
    'letter_draft',
    'constituent',
    'case',
    'campaign',
    'organisation',
  )(listLetterDraftsInput),
  'letters.discardDraft': command<{ removed: true }>()(letterDraftIdInput),
  'letters.exportDocx': command<LetterFile>()(exportLetterInput),
  'letters.standardReplyRecipients': query<StandardReplyRecipients>(
    'campaign',
    'signature_batch',
    'constituent',
    'letter_template',
  )(standardReplyInput),
  'letters.exportStandardReplyDocx': job<LetterFile>('writes')(exportStandardReplyInput),
  'postcodes.status': query<PostcodeDirectoryStatus>('postcode_directory')(emptyInput),
  'postcodes.importDirectory': job<DirectoryImportResult>('writes')(importPostcodeDirectoryInput),
  'postcodes.importWardNames': job<DirectoryImportResult>('writes')(importWardNamesInput),
  'jobs.result': query<JobOutcome>()(jobIdInput),
  'jobs.cancel': command<{ cancelled: boolean }>()(jobIdInput),
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller may send (defaults not yet applied). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (parsed, defaults applied). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = Contract[M]['kind'] extends 'job'
  ? JobStarted
  : NonNullable<Contract[M]['output']>;
/** A query's (or a job's finished) answer, whatever the method's kind. */
export type ResultOf<M extends MethodName> = NonNullable<Contract[M]['output']>;
/** The methods that run as jobs. */
export type JobMethod = { [M in MethodName]: Contract[M]['kind'] extends 'job' ? M : never }[MethodName];
/** A job method's result, once it has finished. */
export type JobOutput<M extends JobMethod> = NonNullable<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
