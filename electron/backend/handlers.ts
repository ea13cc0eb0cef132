import type { Contract, MethodName, ParsedInput, ResultOf } from '../../shared/contract/api';
import type { JobContext } from './jobs/jobContext';
import { todayIso, type CommandContext, type QueryContext } from './context';
import {
  addCaseNote,
  addCaseOutcome,
  caseOutcomes,
  changeCaseStatus,
  recordCaseConsent,
  editCase,
  getCaseDetail,
  openCase,
  searchCases,
} from './domains/cases/case.service';
import {
  createConstituent,
  editConstituent,
  findConstituents,
  getConstituentDetail,
  searchConstituents,
} from './domains/constituents/constituent.service';
import {
  addKeyFigure,
  addMilestone,
  changeCampaignStage,
  createCampaign,
  editCampaign,
  getCampaignDetail,
  linkCampaignConstituent,
  listCampaigns,
  removeKeyFigure,
  unlinkCampaignConstituent,
} from './domains/campaigns/campaign.service';
import { mailMergeList } from './domains/campaigns/mailMerge.service';
import { importParliamentPetition } from './domains/campaigns/parliamentPetition.service';
import {
  importPostcodeDirectory,
  importWardNames,
  postcodeDirectoryStatus,
} from './domains/postcodes/postcodeDirectory.service';
import {
  addSignature,
  exportSigners,
  importSignatures,
  searchSigners,
  previewSignatureImport,
  undoSignatureBatch,
} from './domains/signatures/signature.service';
import {
  createOrganisation,
  editOrganisation,
  getOrganisationDetail,
  listOrganisationSummaries,
  recordIncoming,
  recordOutgoing,
  searchCorrespondence,
} from './domains/correspondence/correspondence.service';
import { bankHolidayStatus, importBankHolidays } from './domains/correspondence/bankHolidays.service';
import { importReplyFigures, publishedReplyFigures } from './domains/reports/replyFigures.service';
import { listAudit } from './domains/audit/audit.service';
import { exportSubjectAccess } from './domains/dataProtection/subjectAccess.service';
import { erasePerson } from './domains/dataProtection/erasure.service';
import {
  decideRetention,
  eraseDueWithoutReview,
  retentionReview,
  setRetentionSchedule,
} from './domains/dataProtection/retention.service';
import {
  answerSubjectAccessRequest,
  recordSubjectAccessRequest,
  subjectAccessLog,
} from './domains/dataProtection/subjectAccessLog.service';
import { backupStatus, createBackup, prepareRestore, setBackupPassphrase } from './domains/backups/backups.service';
import { buildMergeContext } from './domains/letters/letterContext';
import {
  exportLetterDocx,
  exportStandardReplyDocx,
  listLetterTemplates,
  saveLetterTemplate,
  standardReplyRecipients,
} from './domains/letters/letters.service';
import { logContact } from './domains/intake/intake.service';
import {
  discardLetterDraft,
  getLetterDraft,
  letterDrafts,
  saveLetterDraft,
} from './domains/letters/letterDraft.service';
import { getDashboardSummary } from './domains/dashboard/dashboard.service';
import { addAttachment, downloadAttachment, removeAttachment } from './domains/attachments/attachment.service';
import { readLetterheadLogo, removeLetterheadLogo, setLetterheadLogo } from './domains/settings/letterheadLogo.service';
import { loadExampleData, removeExampleData } from './domains/example/exampleData.service';
import { getSettings, updateSettings } from './domains/settings/settings.service';
import { globalSearch } from './domains/search/search.service';
import { officeReport } from './domains/reports/reports.service';
import { moveToOfficeDatabase, testOfficeConnection } from './domains/officeDatabase/officeDatabase.service';
import {
  authStatus,
  createStaff,
  listStaff,
  setSignInRequired,
  setStaffPassword,
  setUpOffice,
  signIn,
  signOut,
  updateStaff,
} from './domains/staff/staff.service';

/** A command gets a unit of work to write through; a job also reports progress and stops when cancelled; a query does neither. */
export type ContextFor<M extends MethodName> = Contract[M]['kind'] extends 'job'
  ? JobContext
  : Contract[M]['kind'] extends 'command'
    ? CommandContext
    : QueryContext;

export type Handlers = {
  [M in MethodName]: (ctx: ContextFor<M>, input: ParsedInput<M>) => Promise<ResultOf<M>>;
};

/** One service call per API method; the dispatcher has already validated the input. */
export const handlers: Handlers = {
  'system.health': async (ctx) => ({
    status: 'ok',
    appVersion: ctx.host.appVersion,
    schemaVersion: ctx.schemaVersion,
    today: todayIso(ctx),
  }),
  'auth.status': authStatus,
  'auth.setUp': setUpOffice,
  'auth.signIn': signIn,
  'auth.signOut': signOut,
  'auth.setSignInRequired': setSignInRequired,
  'staff.list': listStaff,
  'staff.create': createStaff,
  'staff.update': updateStaff,
  'staff.setPassword': setStaffPassword,
  'office.testConnection': (ctx, input) => testOfficeConnection(input),
  'office.moveToServer': moveToOfficeDatabase,
  'search.global': globalSearch,
  'reports.office': officeReport,
  'settings.get': (ctx) => getSettings(ctx),
  'settings.update': updateSettings,
  'letterhead.logo': async (ctx) => ({ logo: await readLetterheadLogo(ctx.db) }),
  'letterhead.setLogo': (ctx, input) => setLetterheadLogo(ctx, input.stagedFileId),
  'letterhead.removeLogo': (ctx) => removeLetterheadLogo(ctx),
  'dashboard.summary': (ctx) => getDashboardSummary(ctx),
  'exampleData.load': (ctx) => loadExampleData(ctx),
  'exampleData.remove': (ctx) => removeExampleData(ctx),
  'constituents.list': searchConstituents,
  'constituents.get': (ctx, input) => getConstituentDetail(ctx, input.id),
  'constituents.find': findConstituents,
  'constituents.create': createConstituent,
  'constituents.update': editConstituent,
  'cases.list': searchCases,
  'cases.get': (ctx, input) => getCaseDetail(ctx, input.id),
  'cases.create': openCase,
  'cases.update': editCase,
  'cases.addNote': addCaseNote,
  'cases.changeStatus': changeCaseStatus,
  'cases.recordConsent': recordCaseConsent,
  'intake.logContact': logContact,
  'caseOutcomes.list': (ctx) => caseOutcomes(ctx),
  'caseOutcomes.add': addCaseOutcome,
  'campaigns.list': (ctx) => listCampaigns(ctx),
  'campaigns.get': (ctx, input) => getCampaignDetail(ctx, input.id),
  'campaigns.create': createCampaign,
  'campaigns.update': editCampaign,
  'campaigns.changeStage': changeCampaignStage,
  'campaigns.addMilestone': addMilestone,
  'campaigns.addFigure': addKeyFigure,
  'campaigns.removeFigure': removeKeyFigure,
  'campaigns.linkConstituent': linkCampaignConstituent,
  'campaigns.unlinkConstituent': unlinkCampaignConstituent,
  'campaigns.mailMerge': (ctx, input) => mailMergeList(ctx, input.id),
  'campaigns.importParliamentPetition': importParliamentPetition,
  'signatures.previewImport': previewSignatureImport,
  'signatures.import': importSignatures,
  'signatures.undoBatch': undoSignatureBatch,
  'signatures.add': addSignature,
  'signatures.list': searchSigners,
  'signatures.export': exportSigners,
  'organisations.list': (ctx) => listOrganisationSummaries(ctx),
  'organisations.get': (ctx, input) => getOrganisationDetail(ctx, input.id),
  'organisations.create': createOrganisation,
  'organisations.update': editOrganisation,
  'correspondence.list': searchCorrespondence,
  'correspondence.recordOutgoing': recordOutgoing,
  'correspondence.recordIncoming': recordIncoming,
  'attachments.add': (ctx, input) => addAttachment(ctx, input),
  'attachments.download': (ctx, input) => downloadAttachment(ctx, input.id),
  'attachments.remove': (ctx, input) => removeAttachment(ctx, input.id),
  'bankHolidays.status': (ctx) => bankHolidayStatus(ctx.db),
  'bankHolidays.import': importBankHolidays,
  'audit.list': listAudit,
  'dataProtection.exportSubjectAccess': exportSubjectAccess,
  'dataProtection.erasePerson': erasePerson,
  'subjectAccess.log': (ctx) => subjectAccessLog(ctx),
  'subjectAccess.record': recordSubjectAccessRequest,
  'subjectAccess.answer': answerSubjectAccessRequest,
  'retention.review': (ctx) => retentionReview(ctx),
  'retention.setSchedule': setRetentionSchedule,
  'retention.decide': decideRetention,
  'retention.eraseDue': (ctx) => eraseDueWithoutReview(ctx),
  'backups.status': (ctx) => backupStatus(ctx),
  'backups.create': createBackup,
  'backups.setPassphrase': setBackupPassphrase,
  'backups.restore': prepareRestore,
  'replyFigures.status': (ctx) => publishedReplyFigures(ctx.db),
  'replyFigures.import': importReplyFigures,
  'letters.templates': (ctx) => listLetterTemplates(ctx),
  'letters.saveTemplate': saveLetterTemplate,
  'letters.saveDraft': saveLetterDraft,
  'letters.draft': (ctx, input) => getLetterDraft(ctx, input.id),
  'letters.drafts': letterDrafts,
  'letters.discardDraft': discardLetterDraft,
  'letters.context': buildMergeContext,
  'letters.exportDocx': exportLetterDocx,
  'letters.standardReplyRecipients': (ctx, input) => standardReplyRecipients(ctx, input.campaignId),
  'letters.exportStandardReplyDocx': (ctx, input) => exportStandardReplyDocx(ctx, input),
  'postcodes.status': (ctx) => postcodeDirectoryStatus(ctx),
  'postcodes.importDirectory': importPostcodeDirectory,
  'postcodes.importWardNames': importWardNames,
  'jobs.result': (ctx, input) => ctx.jobs.outcome(input.jobId),
  'jobs.cancel': async (ctx, input) => ({ cancelled: ctx.jobs.cancel(input.jobId) }),
};
