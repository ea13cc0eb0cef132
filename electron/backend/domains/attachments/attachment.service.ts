import { offerDownload } from '../../files/offerDownload';
import type { ParsedInput } from '../../../../shared/contract/api';
import {
  attachmentTooLarge,
  MAX_ATTACHMENT_BYTES,
  type Attachment,
  type AttachmentFile,
} from '../../../../shared/contract/attachments';
import type { BackendContext, CommandContext } from '../../context';
import { DomainError, notFound } from '../../errors';
import { findCorrespondenceRow } from '../correspondence/correspondence.service';
import { deleteAttachment, findAttachmentRow, insertAttachment, referencedHashes } from './attachment.repository';
import {
  attachmentsFolder,
  deleteUnreferencedFiles,
  readAttachmentFile,
  sha256Of,
  storeAttachmentFile,
  withAttachmentsFolderLock,
} from './attachmentFiles';

/** Copies the file into the data folder (before the transaction: no file I/O inside one), then records it. */
export async function addAttachment(ctx: CommandContext, input: ParsedInput<'attachments.add'>): Promise<Attachment> {
  const bytes = await ctx.staging.read(input.stagedFileId, {
    maxBytes: MAX_ATTACHMENT_BYTES,
    tooLarge: attachmentTooLarge(input.fileName),
  });
  if (bytes.length === 0) {
    throw new DomainError('VALIDATION', `${input.fileName} is empty; choose the file again.`);
  }
  if (!(await findCorrespondenceRow(ctx.db, input.correspondenceId))) {
    throw notFound('Correspondence', input.correspondenceId);
  }
  const sha256 = sha256Of(bytes);
  const folder = attachmentsFolder(ctx.host);
  // Held from the copy until its record is committed: a concurrent clean-up must not see the copy unreferenced.
  return withAttachmentsFolderLock(folder, async () => {
    await storeAttachmentFile(folder, bytes, sha256);
    try {
      return await recordAttachment(ctx, input, sha256, bytes.length);
    } catch (error) {
      // Not recorded (the letter was removed meanwhile, say): no copy is left behind.
      await deleteUnreferencedFiles(folder, await referencedHashes(ctx.db));
      throw error;
    }
  });
}

function recordAttachment(
  ctx: CommandContext,
  input: ParsedInput<'attachments.add'>,
  sha256: string,
  sizeBytes: number,
): Promise<Attachment> {
  return ctx.unitOfWork(async (work) => {
    const attachment = await insertAttachment(work.trx, {
      correspondenceId: input.correspondenceId,
      fileName: input.fileName,
      sha256,
      sizeBytes,
      addedAt: work.at,
      addedBy: work.actor,
    });
    work.audit('attachment', attachment.id, 'add');
    work.changed('correspondence', input.correspondenceId);
    return attachment;
  });
}

export async function downloadAttachment(ctx: BackendContext, id: number): Promise<AttachmentFile> {
  const row = await findAttachmentRow(ctx.db, id);
  if (!row) throw notFound('Attachment', id);
  const bytes = await readAttachmentFile(attachmentsFolder(ctx.host), row.sha256, row.fileName);
  return offerDownload(ctx.staging, bytes, row.fileName);
}

export async function removeAttachment(ctx: CommandContext, id: number): Promise<{ removed: true }> {
  await ctx.unitOfWork(async (work) => {
    const row = await findAttachmentRow(work.trx, id);
    if (!row) throw notFound('Attachment', id);
    await deleteAttachment(work.trx, id);
    work.audit('attachment', id, 'remove');
    work.changed('correspondence', row.correspondenceId);
  });
  await deleteUnusedAttachmentFiles(ctx);
  return { removed: true };
}

/** Removes copies whose records are gone (an attachment removed, example data taken out). */
export async function deleteUnusedAttachmentFiles(ctx: BackendContext): Promise<number> {
  const folder = attachmentsFolder(ctx.host);
  return withAttachmentsFolderLock(folder, async () => deleteUnreferencedFiles(folder, await referencedHashes(ctx.db)));
}
