import { stagedFileIdSchema, uploadFileNameSchema, type DownloadFile } from './uploads';
import { z } from 'zod';
import { entityId } from './fields';

/** An attachment's size limit: a scanned reply or a photographed letter fits well inside it. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** The one message for a file over the limit, from the browser's check or the backend's. */
export const attachmentTooLarge = (fileName: string) => `${fileName} is larger than 20 MB; attach a smaller copy.`;

export const addAttachmentInput = z.object({
  correspondenceId: entityId,
  fileName: uploadFileNameSchema,
  stagedFileId: stagedFileIdSchema,
});

export const attachmentIdInput = z.object({ id: entityId });

export interface Attachment {
  id: number;
  correspondenceId: number;
  fileName: string;
  sizeBytes: number;
  addedAt: string;
}

/** An attachment's copy, checked against its hash, ready to download. */
export type AttachmentFile = DownloadFile;
