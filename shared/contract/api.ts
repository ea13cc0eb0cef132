import type { z } from 'zod';
import { addAttachmentInput, attachmentIdInput, type Attachment, type AttachmentFile } from './attachments';
import {
  addCaseNoteInput,
  addCaseOutcomeInput,
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

/** A query reads and never writes; a command writes, in one transaction, and is followed by a WAL checkpoint. */
export type MethodKind = 'query' | 'command';

interface MethodSpec<I extends z.ZodType, O> {
  kind: MethodKind;
  input: I;
  /** Phantom: carries the output type only. */
  output?: O;
}

function query<O>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ kind: 'query', input });
}

function command<O>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ kind: 'command', input });
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
  'settings.get': query<AppSettings>()(emptyInput),
  'settings.update': command<AppSettings>()(updateSettingsInput),
  'letterhead.logo': query<{ logo: LetterheadLogo | null }>()(emptyInput),
  'letterhead.setLogo': command<LetterheadLogo>()(setLetterheadLogoInput),
  'letterhead.removeLogo': command<{ removed: true }>()(emptyInput),
  'dashboard.summary': query<DashboardSummary>()(emptyInput),
  'exampleData.load': command<ExampleDataCounts>()(emptyInput),
  'exampleData.remove': command<ExampleDataCounts>()(emptyInput),
  'constituents.list': query<ConstituentList>()(listConstituentsInput),
  'constituents.get': query<ConstituentDetail>()(getConstituentInput),
  'constituents.find': query<ConstituentMatch[]>()(findConstituentsInput),
  'constituents.create': command<Constituent>()(createConstituentInput),
  'constituents.update': command<Constituent>()(updateConstituentInput),
  'cases.list': query<CaseList>()(listCasesInput),
  'cases.get': query<CaseDetail>()(getCaseInput),
  'cases.create': command<CaseRecord>()(createCaseInput),
  'cases.update': command<CaseRecord>()(updateCaseInput),
  'cases.addNote': command<CaseDetail>()(addCaseNoteInput),
  'cases.changeStatus': command<CaseDetail>()(changeCaseStatusInput),
  'intake.logContact': command<LoggedContact>()(logContactInput),
  'caseOutcomes.list': query<string[]>()(emptyInput),
  'caseOutcomes.add': command<string[]>()(addCaseOutcomeInput),
  'campaigns.list': query<CampaignListRow[]>()(emptyInput),
  'campaigns.get': query<CampaignDetail>()(getCampaignInput),
  'campaigns.create': command<Campaign>()(createCampaignInput),
  'campaigns.update': command<Campaign>()(updateCampaignInput),
  'campaigns.changeStage': command<CampaignDetail>()(changeCampaignStageInput),
  'campaigns.addMilestone': command<CampaignDetail>()(addMilestoneInput),
  'campaigns.addFigure': command<CampaignDetail>()(addKeyFigureInput),
  'campaigns.removeFigure': command<CampaignDetail>()(removeKeyFigureInput),
  'campaigns.linkConstituent': command<CampaignDetail>()(campaignLinkInput),
  'campaigns.unlinkConstituent': command<CampaignDetail>()(campaignLinkInput),
  'campaigns.mailMerge': query<MailMergeList>()(getCampaignInput),
  'campaigns.importParliamentPetition': command<ParliamentPetition & { matchedBy: ConstituencyMatch }>()(
    importParliamentPetitionInput,
  ),
  'signatures.previewImport': query<ImportPreview>()(previewSignatureImportInput),
  'signatures.import': command<ImportResult>()(importSignaturesInput),
  'signatures.undoBatch': command<{ removed: number }>()(undoSignatureBatchInput),
  'signatures.add': command<ImportResult>()(addSignatureInput),
  'signatures.list': query<SignerList>()(listSignersInput),
  'signatures.export': query<Signer[]>()(exportSignersInput),
  'organisations.list': query<OrganisationSummary[]>()(emptyInput),
  'organisations.get': query<OrganisationDetail>()(getOrganisationInput),
  'organisations.create': command<OrganisationSummary>()(createOrganisationInput),
  'organisations.update': command<OrganisationSummary>()(updateOrganisationInput),
  'correspondence.list': query<CorrespondenceItem[]>()(listCorrespondenceInput),
  'correspondence.recordOutgoing': command<CorrespondenceItem>()(recordOutgoingInput),
  'correspondence.recordIncoming': command<CorrespondenceItem>()(recordIncomingInput),
  'attachments.add': command<Attachment>()(addAttachmentInput),
  'attachments.download': query<AttachmentFile>()(attachmentIdInput),
  'attachments.remove': command<{ removed: true }>()(attachmentIdInput),
  'bankHolidays.status': query<BankHolidayStatus>()(emptyInput),
  'bankHolidays.import': command<BankHolidayStatus>()(importBankHolidaysInput),
  'letters.templates': query<LetterTemplate[]>()(emptyInput),
  'letters.saveTemplate': command<LetterTemplate>()(saveLetterTemplateInput),
  'letters.context': query<MergeContext>()(letterLinksInput),
  'letters.saveDraft': command<LetterDraftRecord>()(saveLetterDraftInput),
  'letters.draft': query<LetterDraftRecord>()(letterDraftIdInput),
  'letters.drafts': query<LetterDraftRecord[]>()(listLetterDraftsInput),
  'letters.discardDraft': command<{ removed: true }>()(letterDraftIdInput),
  'letters.exportDocx': query<LetterFile>()(exportLetterInput),
  'letters.standardReplyRecipients': query<StandardReplyRecipients>()(standardReplyInput),
  'letters.exportStandardReplyDocx': query<LetterFile>()(exportStandardReplyInput),
  'postcodes.status': query<PostcodeDirectoryStatus>()(emptyInput),
  'postcodes.importDirectory': command<DirectoryImportResult>()(importPostcodeDirectoryInput),
  'postcodes.importWardNames': command<DirectoryImportResult>()(importWardNamesInput),
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
