import { stagedFileIdSchema } from './uploads';
import { z } from 'zod';
import {
  CORRESPONDENCE_CHANNELS,
  ORGANISATION_KINDS,
  type CorrespondenceChannel,
  type OrganisationKind,
  type ReplyState,
} from '../domain/enums';
import type { Attachment } from './attachments';
import { editVersion, entityId, isoDate, optionalEmail, optionalIsoDate, requiredText, text } from './fields';

export const organisationFieldsSchema = z.object({
  name: requiredText(200, 'Name', 'Enter the organisation’s name'),
  kind: z.enum(ORGANISATION_KINDS, { error: 'Choose what kind of organisation it is' }),
  address: text(500, 'Address').default(''),
  /** Who letters are addressed to there, if anyone by name: "The Rt Hon Jane Smith MP", "Home Secretary". */
  recipientName: text(200, 'Recipient’s name').default(''),
  recipientRole: text(200, 'Recipient’s role').default(''),
  email: optionalEmail.default(''),
  replyTargetDays: z
    .number({ error: 'Enter the reply target in working days' })
    .int('Enter a whole number of working days')
    .min(1, 'The target must be at least 1 working day')
    .max(250, 'The target must be at most 250 working days'),
});
export type OrganisationFields = z.input<typeof organisationFieldsSchema>;
export const createOrganisationInput = organisationFieldsSchema;
export const updateOrganisationInput = organisationFieldsSchema.extend({ id: entityId, version: editVersion });
export const getOrganisationInput = z.object({ id: entityId });

const links = {
  organisationId: entityId.nullable().default(null),
  caseId: entityId.nullable().default(null),
  campaignId: entityId.nullable().default(null),
  constituentId: entityId.nullable().default(null),
};

export const recordOutgoingInput = z.object({
  ...links,
  channel: z.enum(CORRESPONDENCE_CHANNELS, { error: 'Choose letter, email or phone note' }),
  subject: requiredText(300, 'Subject', 'Enter a subject'),
  body: text(100_000, 'Text').default(''),
  theirReference: text(100, 'Their reference').default(''),
  sentOn: isoDate,
  expectsReply: z.boolean().default(true),
  /** The draft this letter was written in: it goes, in the same save, once the letter is recorded. */
  draftId: entityId.nullable().default(null),
});

export const recordIncomingInput = z
  .object({
    ...links,
    /** The outgoing item this answers, if any. */
    inReplyTo: entityId.nullable().default(null),
    channel: z.enum(CORRESPONDENCE_CHANNELS, { error: 'Choose letter, email or phone note' }),
    subject: requiredText(300, 'Subject', 'Enter a subject'),
    body: text(100_000, 'Text').default(''),
    theirReference: text(100, 'Their reference').default(''),
    receivedOn: isoDate,
    /** A holding reply keeps the wait open, optionally with a new date promised. */
    holding: z.boolean().default(false),
    newDueOn: optionalIsoDate.default(''),
  })
  .refine((v) => v.holding || v.newDueOn === '', {
    path: ['newDueOn'],
    message: 'Only a holding reply sets a new date',
  });

export const listCorrespondenceInput = z.object({
  /** One item (a sent letter being reopened). */
  id: entityId.optional(),
  caseId: entityId.optional(),
  constituentId: entityId.optional(),
  campaignId: entityId.optional(),
  organisationId: entityId.optional(),
  overdueOnly: z.boolean().default(false),
});

export interface Organisation {
  id: number;
  /** The version an edit starts from. */
  version: number;
  name: string;
  kind: OrganisationKind;
  address: string;
  recipientName: string;
  recipientRole: string;
  email: string;
  replyTargetDays: number;
  isExample: boolean;
}

export interface ResponseStats {
  replies: number;
  /** Median working days from sending to the reply; null with no replies yet. */
  medianWorkingDays: number | null;
  /** Replies within the organisation's target. */
  withinTarget: number;
  /** Replies after the target, and letters awaited past their due date. */
  late: number;
  /** Share within the organisation's target, 0–100, of replies and of letters awaiting one past its due date (late); null when there are none. */
  withinTargetPercent: number | null;
  awaiting: number;
  overdue: number;
}

export interface OrganisationSummary extends Organisation {
  stats: ResponseStats;
}

export interface CorrespondenceItem {
  id: number;
  direction: 'out' | 'in';
  channel: CorrespondenceChannel;
  organisationId: number | null;
  organisationName: string;
  caseId: number | null;
  campaignId: number | null;
  constituentId: number | null;
  ourReference: string;
  theirReference: string;
  subject: string;
  body: string;
  datedOn: string;
  replyState: ReplyState;
  replyDueOn: string;
  repliedOn: string;
  responseWorkingDays: number | null;
  overdue: boolean;
  inReplyTo: number | null;
  isHolding: boolean;
  actor: string;
  attachments: Attachment[];
}

export interface OrganisationDetail {
  organisation: OrganisationSummary;
  correspondence: CorrespondenceItem[];
}

export const importBankHolidaysInput = z.object({
  stagedFileId: stagedFileIdSchema,
});
