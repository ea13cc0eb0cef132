import { z } from 'zod';
import { entityId, requiredText, text } from './fields';

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
  name: string;
  purpose: 'letter' | 'chaser';
  subject: string;
  body: string;
}

export interface LetterFile {
  fileName: string;
  contentBase64: string;
}

export const saveLetterTemplateInput = z.object({
  /** Absent for a new template. */
  id: entityId.optional(),
  name: requiredText(100, 'Name', 'Give the template a name'),
  purpose: z.enum(['letter', 'chaser'], { error: 'Choose letter or chaser' }),
  subject: text(300, 'Subject').default(''),
  body: requiredText(100_000, 'Template', 'The template is empty'),
});
