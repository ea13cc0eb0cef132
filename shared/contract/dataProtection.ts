import { z } from 'zod';
import { entityId, requiredText } from './fields';

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
  constituent: number;
  cases: number[];
  correspondence: number[];
  attachments: number[];
  letterDrafts: number[];
  /** Kept, still counted, with nothing left that says who signed. */
  signatures: number[];
}

export interface ErasureReceipt {
  cases: number;
  letters: number;
  attachments: number;
  letterDrafts: number;
  signaturesKept: number;
}
