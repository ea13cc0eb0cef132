import { z } from 'zod';
import { entityId } from './fields';

/** An attachment's size limit: a scanned reply or a photographed letter fits well inside it. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** The one message for a file over the limit, from the browser's check or the backend's. */
export const attachmentTooLarge = (fileName: string) => `${fileName} is larger than 20 MB; attach a smaller copy.`;

/** Invisible marks that reorder how a name is shown (U+202E shows "gnp.exe" as "exe.png"). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export const addAttachmentInput = z.object({
  correspondenceId: entityId,
  /** The name the file had on the user's computer; kept for display and download, never used as a path. */
  fileName: z
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
          'The file name has hidden text-direction characters that can disguise what kind of file it is; rename the file and attach it again',
        ),
    ),
  contentBase64: z
    .base64('The file did not arrive intact; choose it again')
    .max(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4, 'The file is larger than 20 MB; attach a smaller copy'),
});

export const attachmentIdInput = z.object({ id: entityId });

export interface Attachment {
  id: number;
  correspondenceId: number;
  fileName: string;
  sizeBytes: number;
  addedAt: string;
}

export interface AttachmentFile {
  fileName: string;
  contentBase64: string;
}
