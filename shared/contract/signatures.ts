import { z } from 'zod';
import { SIGNATURE_FIELDS, type SignatureField } from '../domain/enums';
import { entityId, optionalEmail, optionalIsoDate, requiredText, text } from './fields';
import { isValidPostcode, normalisePostcode } from '../postcode';
import { stagedFileIdSchema } from './uploads';

const column = z.number().int().min(0).max(1_000).nullable().default(null);

/** Which column (0-based) holds each field; null when the file has no such column. */
export const signatureMappingSchema = z
  .object(Object.fromEntries(SIGNATURE_FIELDS.map((field) => [field, column])) as Record<SignatureField, typeof column>)
  .refine((m) => m.fullName !== null || (m.firstName !== null && m.lastName !== null), {
    path: ['fullName'],
    message: 'Choose the column with the full name, or both first and last name columns',
  })
  .refine((m) => m.postcode !== null, { path: ['postcode'], message: 'Choose the column with the postcode' });
export type SignatureMapping = z.output<typeof signatureMappingSchema>;

const csvFile = z.object({
  campaignId: entityId,
  fileName: text(255, 'File name').default(''),
  stagedFileId: stagedFileIdSchema,
});

export const previewSignatureImportInput = csvFile.extend({ mapping: signatureMappingSchema.optional() });
export const importSignaturesInput = csvFile.extend({ mapping: signatureMappingSchema });
export const undoSignatureBatchInput = z.object({ batchId: entityId });

export const addSignatureInput = z.object({
  campaignId: entityId,
  fullName: requiredText(200, 'Name', 'Enter the name as signed'),
  email: optionalEmail.default(''),
  postcode: z
    .string()
    .trim()
    .refine(isValidPostcode, 'Enter a real UK postcode, like RM9 6XX')
    .transform((value) => normalisePostcode(value) ?? value),
  address: text(300, 'Address').default(''),
  signedOn: optionalIsoDate.default(''),
});

export interface ImportProblem {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row: number;
  reason: string;
  /** The row as read, so a rejected-rows file has the original columns to correct and import again. */
  cells: string[];
}

/** How a signatures file was read, as the import names it: a CSV encoding, or an Excel workbook. */
export type CsvEncoding =
  'UTF-8' | 'UTF-8 with BOM' | 'UTF-16 LE' | 'UTF-16 BE' | 'Windows-1252' | 'Excel workbook (.xlsx)';

export interface ImportPreview {
  encoding: CsvEncoding;
  headers: string[];
  mapping: SignatureMapping;
  rowsTotal: number;
  valid: number;
  duplicates: number;
  invalid: number;
  /** The first rows as read, each with its problem if any. */
  sample: { row: number; cells: string[]; problem: string }[];
  /** Every rejected row (invalid or duplicate), in file order. */
  problems: ImportProblem[];
}

export interface ImportResult {
  batchId: number;
  rowsTotal: number;
  imported: number;
  duplicates: number;
  invalid: number;
  linkedToConstituents: number;
}

export const importPostcodeDirectoryInput = z.object({
  fileName: text(255, 'File name').default(''),
  stagedFileId: stagedFileIdSchema,
});
/** The ONS ward names file comes the same way as the directory. */
export const importWardNamesInput = importPostcodeDirectoryInput;

export interface PostcodeDirectoryStatus {
  postcodes: number;
  wards: number;
  /** Wards with a name, from the directory itself or the ward names file. */
  namedWards: number;
}

/** What a directory or ward names file gave: rows skipped, and which of its columns were read. */
export interface DirectoryImportResult extends PostcodeDirectoryStatus {
  skipped: number;
  columns: string[];
}

/** A postcode's ward from the office's postcode directory; outside the constituency when its code differs. */
export interface PostcodeWard {
  wardCode: string;
  wardName: string;
  constituencyCode: string;
}

export const listSignersInput = z.object({
  campaignId: entityId,
  /** Words matched against name, e-mail and postcode (any spacing). */
  query: text(200, 'Search').default(''),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1_000).default(200),
});

export const exportSignersInput = z.object({ campaignId: entityId });

export interface Signer {
  id: number;
  fullName: string;
  email: string;
  postcode: string;
  address: string;
  signedOn: string;
  comment: string;
  constituentId: number | null;
}

export interface SignerList {
  rows: Signer[];
  total: number;
}
