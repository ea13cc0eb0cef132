import type { z } from 'zod';
import { addAttachmentInput, attachmentIdInput, type Attachment, type AttachmentFile } from './attachments';
import {
  addCaseNoteInput,
  changeCaseStatusInput,
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
  getConstituentInput,
  listConstituentsInput,
  updateConstituentInput,
  type Constituent,
  type ConstituentList,
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
  letterLinksInput,
  saveLetterTemplateInput,
  type LetterFile,
  type LetterTemplate,
  type StandardReplyRecipients,
} from './letters';
import type { MergeContext } from '../letters/mergeFields';
import { importParliamentPetitionInput, type ParliamentPetition } from './parliamentPetitions';
import {
  addSignatureInput,
  importPostcodeDirectoryInput,
  importSignaturesInput,
  previewSignatureImportInput,
  undoSignatureBatchInput,
  type ImportPreview,
  type ImportResult,
  type PostcodeDirectoryStatus,
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

interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  output?: O;
}

function method<O>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });
}

export interface ConstituentDetail {
  constituent: Constituent;
  cases: CaseList['rows'];
}

/** Every API method: `'domain.verb'` → its input schema and output type. */
export const contract = {
  'system.health': method<Health>()(emptyInput),
  'settings.get': method<AppSettings>()(emptyInput),
  'settings.update': method<AppSettings>()(updateSettingsInput),
  'letterhead.logo': method<{ logo: LetterheadLogo | null }>()(emptyInput),
  'letterhead.setLogo': method<LetterheadLogo>()(setLetterheadLogoInput),
  'letterhead.removeLogo': method<{ removed: true }>()(emptyInput),
  'dashboard.summary': method<DashboardSummary>()(emptyInput),
  'exampleData.load': method<ExampleDataCounts>()(emptyInput),
  'exampleData.remove': method<ExampleDataCounts>()(emptyInput),
  'constituents.list': method<ConstituentList>()(listConstituentsInput),
  'constituents.get': method<ConstituentDetail>()(getConstituentInput),
  'constituents.create': method<Constituent>()(createConstituentInput),
  'constituents.update': method<Constituent>()(updateConstituentInput),
  'cases.list': method<CaseList>()(listCasesInput),
  'cases.get': method<CaseDetail>()(getCaseInput),
  'cases.create': method<CaseRecord>()(createCaseInput),
  'cases.update': method<CaseRecord>()(updateCaseInput),
  'cases.addNote': method<CaseDetail>()(addCaseNoteInput),
  'cases.changeStatus': method<CaseDetail>()(changeCaseStatusInput),
  'campaigns.list': method<CampaignListRow[]>()(emptyInput),
  'campaigns.get': method<CampaignDetail>()(getCampaignInput),
  'campaigns.create': method<Campaign>()(createCampaignInput),
  'campaigns.update': method<Campaign>()(updateCampaignInput),
  'campaigns.changeStage': method<CampaignDetail>()(changeCampaignStageInput),
  'campaigns.addMilestone': method<CampaignDetail>()(addMilestoneInput),
  'campaigns.addFigure': method<CampaignDetail>()(addKeyFigureInput),
  'campaigns.removeFigure': method<CampaignDetail>()(removeKeyFigureInput),
  'campaigns.linkConstituent': method<CampaignDetail>()(campaignLinkInput),
  'campaigns.unlinkConstituent': method<CampaignDetail>()(campaignLinkInput),
  'campaigns.mailMerge': method<MailMergeList>()(getCampaignInput),
  'campaigns.importParliamentPetition': method<ParliamentPetition>()(importParliamentPetitionInput),
  'signatures.previewImport': method<ImportPreview>()(previewSignatureImportInput),
  'signatures.import': method<ImportResult>()(importSignaturesInput),
  'signatures.undoBatch': method<{ removed: number }>()(undoSignatureBatchInput),
  'signatures.add': method<ImportResult>()(addSignatureInput),
  'organisations.list': method<OrganisationSummary[]>()(emptyInput),
  'organisations.get': method<OrganisationDetail>()(getOrganisationInput),
  'organisations.create': method<OrganisationSummary>()(createOrganisationInput),
  'organisations.update': method<OrganisationSummary>()(updateOrganisationInput),
  'correspondence.list': method<CorrespondenceItem[]>()(listCorrespondenceInput),
  'correspondence.recordOutgoing': method<CorrespondenceItem>()(recordOutgoingInput),
  'correspondence.recordIncoming': method<CorrespondenceItem>()(recordIncomingInput),
  'attachments.add': method<Attachment>()(addAttachmentInput),
  'attachments.download': method<AttachmentFile>()(attachmentIdInput),
  'attachments.remove': method<{ removed: true }>()(attachmentIdInput),
  'bankHolidays.status': method<BankHolidayStatus>()(emptyInput),
  'bankHolidays.import': method<BankHolidayStatus>()(importBankHolidaysInput),
  'letters.templates': method<LetterTemplate[]>()(emptyInput),
  'letters.saveTemplate': method<LetterTemplate>()(saveLetterTemplateInput),
  'letters.context': method<MergeContext>()(letterLinksInput),
  'letters.exportDocx': method<LetterFile>()(exportLetterInput),
  'letters.standardReplyRecipients': method<StandardReplyRecipients>()(standardReplyInput),
  'letters.exportStandardReplyDocx': method<LetterFile>()(exportStandardReplyInput),
  'postcodes.status': method<PostcodeDirectoryStatus>()(emptyInput),
  'postcodes.importDirectory': method<PostcodeDirectoryStatus & { skipped: number }>()(importPostcodeDirectoryInput),
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller may send (defaults not yet applied). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (parsed, defaults applied). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
