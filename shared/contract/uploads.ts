import { z } from 'zod';
import type { ApiError } from './errors';

/** The largest file any upload takes (a petition CSV, the postcode directory extract), and its one message. */
export const MAX_UPLOAD_MB = 50;
export const MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024;
export const UPLOAD_TOO_LARGE = `The file is too large (${MAX_UPLOAD_MB} MB at most).`;
/** A whole API call: files go as uploads, so this is text (a long letter, a template), never a file. */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
export const REQUEST_TOO_LARGE = 'This is too much text to save at once (4 MB at most).';

/** An upload waiting in the backend's staging area, referred to by its id in the calls that use it. */
export interface StagedFile {
  stagedFileId: string;
  fileName: string;
  sizeBytes: number;
}

/** Invisible marks that reorder how a name is shown (U+202E shows "gnp.exe" as "exe.png"). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** The name the file had on the user's computer: kept for display and records, never used as a path. */
export const uploadFileNameSchema = z
  .string()
  .transform((name) => name.split(/[\\/]/).pop()!.trim())
  .pipe(
    z
      .string()
      .min(1, 'The file needs a name')
      .max(255, 'The file name must be at most 255 characters')
      // eslint-disable-next-line no-control-regex
      .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), 'The file name has characters a file cannot have')
      .refine(
        (name) => !BIDI_CONTROLS.test(name),
        'The file name has hidden text-direction characters that can disguise what kind of file it is; rename the file and choose it again',
      ),
  );

/** A file the backend has prepared (a Word file, an attachment's copy): fetched once by its id, then removed. */
export interface DownloadFile {
  fileName: string;
  downloadId: string;
  sizeBytes: number;
}

/** A download's bytes as the backend hands them to a transport, or why it cannot. */
export type DownloadReply<Content> =
  { ok: true; result: { fileName: string; sizeBytes: number; content: Content } } | { ok: false; error: ApiError };

/** The answer to an upload, in the envelope's shape. */
export type StageReply = { ok: true; result: StagedFile } | { ok: false; error: ApiError };

export const stagedFileIdSchema = z.string().regex(/^[0-9a-f]{32}$/, 'The file did not arrive; choose it again');
