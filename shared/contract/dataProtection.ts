import { z } from 'zod';
import { entityId, isoDate, requiredText } from './fields';

export const subjectAccessExportInput = z.object({ constituentId: entityId });

export const erasePersonInput = z.object({
  constituentId: entityId,
  reason: requiredText(
    500,
    'Reason',
    'Say why they are erased, without personal details (for example “Asked by letter received 1 Dec 2026”)',
  ),
  /** The person's name, typed again: erasure cannot be undone. */
  confirmName: requiredText(200, 'Name', 'Type the person’s name to confirm'),
});

/** The numbers of the records an erasure took (never their content): a restored backup has them taken again. */
export interface ErasedRecords {
  /** What was erased, as the audit names it: a person, a closed case, or a closed campaign's signers. */
  about: { entity: 'constituent' | 'case' | 'campaign'; id: number };
  /** The person deleted (null when their record stays: retention takes a case, or a campaign's signers). */
  constituent: number | null;
  cases: number[];
  correspondence: number[];
  attachments: number[];
  letterDrafts: number[];
  /** Kept, still counted, with nothing left that says who signed. */
  signatures: number[];
  /**
   * Retention of a closed campaign: kept and counted with name, e-mail, address and comment gone;
   * the postcode stays so the campaign's ward and district counts stay true.
   */
  signaturesKeepingPostcode: number[];
}

export interface ErasureReceipt {
  cases: number;
  letters: number;
  attachments: number;
  letterDrafts: number;
  signaturesKept: number;
}

export const SAR_CHANNELS = ['letter', 'email', 'phone', 'in_person'] as const;
export const SAR_CHANNEL_LABELS: Record<(typeof SAR_CHANNELS)[number], string> = {
  letter: 'Letter',
  email: 'E-mail',
  phone: 'Phone',
  in_person: 'In person',
};

export const recordSubjectAccessRequestInput = z.object({
  constituentId: entityId,
  receivedOn: isoDate,
  receivedBy: z.enum(SAR_CHANNELS, { error: 'Choose how the request arrived' }),
});

export const answerSubjectAccessRequestInput = z.object({ id: entityId });

/** One request in the log; the person's name is gone once they have been erased. */
export interface SubjectAccessRequest {
  id: number;
  constituentId: number | null;
  name: string | null;
  receivedOn: string;
  receivedBy: (typeof SAR_CHANNELS)[number];
  /** One calendar month after it arrived (the last day of that month when it has no such date). */
  dueOn: string;
  answeredOn: string | null;
  recordedBy: string;
}
