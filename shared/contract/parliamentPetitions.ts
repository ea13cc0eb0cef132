import { stagedFileIdSchema } from './uploads';
import { z } from 'zod';
import { entityId, text } from './fields';

/**
 * The parts of a UK Parliament petitions JSON file (petition.parliament.uk/petitions/N.json)
 * that Postbag records. Anything else in the file is ignored.
 */
export const parliamentPetitionFileSchema = z.object({
  data: z.object({
    id: z.number().int().optional(),
    attributes: z.object({
      action: z.string().min(1),
      state: z.string().min(1),
      signature_count: z.number().int().min(0),
      signatures_by_constituency: z.array(
        // Some copies carry no ons_code (or mp): constituencies are then matched by name.
        z.object({ name: z.string(), ons_code: z.string().default(''), signature_count: z.number().int().min(0) }),
      ),
      government_response: z
        .object({
          summary: z.string().default(''),
          details: z.string().default(''),
          responded_on: z.string().optional(),
        })
        .nullish(),
    }),
  }),
});

export const importParliamentPetitionInput = z.object({
  campaignId: entityId,
  fileName: text(255, 'File name').default(''),
  stagedFileId: stagedFileIdSchema,
  /** Confirmed: the file replaces a different petition already recorded for the campaign. */
  replace: z.boolean().default(false),
});

/** How the office's constituency was found in the file: by its ONS code, by its name, or not at all. */
export type ConstituencyMatch = 'code' | 'name' | 'none';

export interface ParliamentPetition {
  petitionId: number | null;
  action: string;
  state: string;
  signatureCount: number;
  constituencyName: string;
  constituencyCode: string;
  constituencyCount: number;
  /** 1 = more signatures than any other constituency. */
  constituencyRank: number;
  constituenciesTotal: number;
  responseSummary: string;
  responseDetails: string;
  respondedOn: string;
  fileName: string;
  importedAt: string;
}
