import { z } from 'zod';
import { CAMPAIGN_KINDS, CAMPAIGN_STAGES, type CampaignKind, type CampaignStage } from '../domain/enums';
import type { CaseListRow } from './cases';
import type { ConstituentSummary } from './constituents';
import type { ParliamentPetition } from './parliamentPetitions';
import { editVersion, entityId, isoDate, optionalIsoDate, requiredText, text } from './fields';

export const campaignFieldsSchema = z.object({
  title: requiredText(200, 'Title', 'Give the campaign a title'),
  summary: text(5_000, 'Summary').default(''),
  ask: text(2_000, 'The ask').default(''),
  kind: z.enum(CAMPAIGN_KINDS, { error: 'Choose a kind of campaign' }),
  targetOrganisation: text(200, 'Target organisation').default(''),
  owner: text(100, 'Owner').default(''),
  signatureGoal: z
    .number({ error: 'Enter the goal as a whole number' })
    .int('Enter the goal as a whole number')
    .min(1, 'The goal must be at least 1')
    .max(100_000_000)
    .nullable()
    .default(null),
});
export type CampaignFields = z.input<typeof campaignFieldsSchema>;

export const createCampaignInput = campaignFieldsSchema.extend({ startedOn: isoDate });
export const updateCampaignInput = campaignFieldsSchema.extend({ id: entityId, version: editVersion });
export const getCampaignInput = z.object({ id: entityId });

export const changeCampaignStageInput = z.object({
  campaignId: entityId,
  stage: z.enum(CAMPAIGN_STAGES, { error: 'Choose a stage' }),
  occurredOn: isoDate,
  note: text(2_000, 'Note').default(''),
});

export const addMilestoneInput = z.object({
  campaignId: entityId,
  occurredOn: isoDate,
  title: requiredText(200, 'Milestone', 'Say what happened'),
  body: text(5_000, 'Details').default(''),
});

export const addKeyFigureInput = z.object({
  campaignId: entityId,
  label: requiredText(200, 'Label', 'Say what the figure measures'),
  value: requiredText(100, 'Value', 'Enter the figure'),
  source: text(300, 'Source').default(''),
  asOf: optionalIsoDate.default(''),
});
export const removeKeyFigureInput = z.object({ id: entityId });

export const campaignLinkInput = z.object({ campaignId: entityId, constituentId: entityId });

export interface Campaign {
  id: number;
  /** The version an edit starts from. */
  version: number;
  title: string;
  summary: string;
  ask: string;
  kind: CampaignKind;
  targetOrganisation: string;
  owner: string;
  signatureGoal: number | null;
  stage: CampaignStage;
  stageSince: string;
  isExample: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface CampaignListRow extends Pick<
  Campaign,
  'id' | 'title' | 'kind' | 'stage' | 'stageSince' | 'targetOrganisation' | 'signatureGoal' | 'isExample'
> {
  signatures: number;
  /** Days since delivery while a response is awaited; null otherwise. */
  daysWaiting: number | null;
}

export interface CampaignEvent {
  id: number;
  kind: 'stage' | 'milestone';
  occurredOn: string;
  title: string;
  body: string;
  stage: CampaignStage | null;
  actor: string;
}

export interface KeyFigure {
  id: number;
  label: string;
  value: string;
  source: string;
  asOf: string;
}

/** The byWard key of postcodes in another constituency (by the directory's constituency code): counted apart, never as a ward. */
export const OUTSIDE_CONSTITUENCY_KEY = 'outside';

export interface CountByKey {
  key: string;
  label: string;
  count: number;
}

export interface SignatureBatch {
  id: number;
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
}

export interface SignatureStats {
  total: number;
  linkedToConstituents: number;
  /** Null when no postcode directory has been imported: wards are never guessed. */
  byWard: CountByKey[] | null;
  byDistrict: CountByKey[];
  overTime: { date: string; count: number; cumulative: number }[];
  undated: number;
}

export interface CampaignDetail {
  campaign: Campaign;
  daysWaiting: number | null;
  stats: SignatureStats;
  timeline: CampaignEvent[];
  figures: KeyFigure[];
  batches: SignatureBatch[];
  constituents: ConstituentSummary[];
  cases: CaseListRow[];
  parliamentPetition: ParliamentPetition | null;
}

export interface MailMergeRecipient {
  name: string;
  /** The address lines above the postcode, post town in capitals. */
  addressLines: string[];
  postcode: string;
  source: 'constituent' | 'signer';
}

export interface MailMergeList {
  recipients: MailMergeRecipient[];
  /** Left out because they asked not to be contacted. */
  doNotContact: number;
  /** Left out for want of a postal address. */
  withoutAddress: number;
}
