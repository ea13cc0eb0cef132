import type { DownloadFile } from './uploads';
import { LETTER_PURPOSES, type LetterPurpose } from '../domain/enums';
import { z } from 'zod';
import { editVersion, entityId, requiredText, text } from './fields';
import type { MergeContext } from '../letters/mergeFields';

/** What a letter is about: each part fills its merge fields. */
export const letterLinksInput = z.object({
  caseId: entityId.nullable().default(null),
  campaignId: entityId.nullable().default(null),
  organisationId: entityId.nullable().default(null),
  /** For a chaser: the outgoing letter still unanswered. */
  previousId: entityId.nullable().default(null),
});

export const exportLetterInput = letterLinksInput.extend({
  subject: requiredText(300, 'Subject', 'Enter a subject'),
  body: requiredText(100_000, 'Letter', 'The letter is empty'),
});

export interface LetterTemplate {
  id: number;
  /** The version an edit starts from. */
  version: number;
  name: string;
  purpose: LetterPurpose;
  subject: string;
  body: string;
}

export const standardReplyInput = z.object({ campaignId: entityId });

export const exportStandardReplyInput = standardReplyInput.extend({
  subject: requiredText(300, 'Subject', 'Enter a subject'),
  body: requiredText(100_000, 'Letter', 'The letter is empty'),
});

/** One merge context a recipient of a campaign's standard reply, and who was left out. */
export interface StandardReplyRecipients {
  contexts: MergeContext[];
  doNotContact: number;
  withoutAddress: number;
}

/** A Word file of letters, ready to download. */
export type LetterFile = DownloadFile;

export const saveLetterTemplateInput = z
  .object({
    /** Absent for a new template. */
    id: entityId.optional(),
    /** An edit's: the version it started from. */
    version: editVersion.optional(),
    name: requiredText(100, 'Name', 'Give the template a name'),
    purpose: z.enum(LETTER_PURPOSES, { error: 'Choose what the template is for' }),
    subject: text(300, 'Subject').default(''),
    body: requiredText(100_000, 'Template', 'The template is empty'),
  })
  .refine((template) => template.id === undefined || template.version !== undefined, {
    message: 'The version the edit started from is missing',
    path: ['version'],
  });

/** A letter being written: saved as it is typed, so it survives navigation and restarts. */
export const saveLetterDraftInput = letterLinksInput.extend({
  /** Null for a new draft; the id the first save returned, after. */
  id: entityId.nullable().default(null),
  purpose: z.enum(LETTER_PURPOSES),
  templateId: entityId.nullable().default(null),
  subject: text(300, 'Subject').default(''),
  body: text(100_000, 'Text').default(''),
});

export const letterDraftIdInput = z.object({ id: entityId });
export const listLetterDraftsInput = z.object({ caseId: entityId.optional() });

export interface LetterDraftRecord {
  id: number;
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
  /** For the drafts list: the case's reference and the organisation's name, when linked. */
  caseReference: string;
  organisationName: string;
}
