import { offerAuditedDownload } from '../../files/offerDownload';
import type { ParsedInput } from '../../../../shared/contract/api';
import {
  attachmentTooLarge,
  MAX_ATTACHMENT_BYTES,
  type Attachment,
  type AttachmentFile,
} from '../../../../shared/contract/attachments';
import type { BackendContext, CommandContext } from '../../context';
import type { Work } from '../../unitOfWork';
import { DomainError, notFound } from '../../errors';
import { findCorrespondenceRow } from '../correspondence/correspondence.service';
import {
  deleteAttachment,
  deleteUnreferencedContents,
  findAttachmentRow,
  insertAttachment,
  readAttachmentContent,
  referencedHashes,
  storeAttachmentContent,
} from './attachment.repository';
import {
  attachmentsFolder,
  checkedCopy,
  deleteUnreferencedFiles,
  readAttachmentFile,
  sha256Of,
  storeAttachmentFile,
  withAttachmentsFolderLock,
} from './attachmentFiles';

/**
 * Stores the bytes and records the attachment. Office mode: both in one transaction in the database.
 * Solo: the copy goes into the folder first (no file I/O inside a transaction), then the record.
 */
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
  if (ctx.engine === 'postgres') {
    return ctx.unitOfWork(async (work) => {
      await storeAttachmentContent(work.trx, sha256, bytes);
      return recordAttachment(work, input, sha256, bytes.length);
    });
  }
  const folder = attachmentsFolder(ctx.host);
  // Held from the copy until its record is committed: a concurrent clean-up must not see the copy unreferenced.
  return withAttachmentsFolderLock(folder, async () => {
    await storeAttachmentFile(folder, bytes, sha256);
    try {
      return await ctx.unitOfWork((work) => recordAttachment(work, input, sha256, bytes.length));
    } catch (error) {
      // Not recorded (the letter was removed meanwhile, say): no copy is left behind.
      await deleteUnreferencedFiles(folder, await referencedHashes(ctx.db));
      throw error;
    }
  });
}

async function recordAttachment(
  work: Work,
  input: ParsedInput<'attachments.add'>,
  sha256: string,
  sizeBytes: number,
): Promise<Attachment> {
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
}

/** An attachment's stored bytes (the attachments folder, or the office database), checked against their hash. */
export async function attachmentBytes(
  ctx: BackendContext,
  attachment: { sha256: string; fileName: string },
): Promise<Buffer> {
  const { sha256, fileName } = attachment;
  return ctx.engine === 'postgres'
    ? checkedCopy(await readAttachmentContent(ctx.db, sha256), sha256, fileName)
    : readAttachmentFile(attachmentsFolder(ctx.host), sha256, fileName);
}

export async function downloadAttachment(ctx: CommandContext, id: number): Promise<AttachmentFile> {
  const row = await findAttachmentRow(ctx.db, id);
  if (!row) throw notFound('Attachment', id);
  return offerAuditedDownload(ctx, await attachmentBytes(ctx, row), row.fileName, {
    entity: 'attachment',
    id,
    action: 'download',
  });
}

export async function removeAttachment(ctx: CommandContext, id: number): Promise<{ removed: true }> {
  await unitOfWorkRemovingAttachments(ctx, async (work) => {
    const row = await findAttachmentRow(work.trx, id);
    if (!row) throw notFound('Attachment', id);
    await deleteAttachment(work.trx, id);
    work.audit('attachment', id, 'remove');
    work.changed('correspondence', row.correspondenceId);
  });
  return { removed: true };
}

/**
 * A unit of work that may leave attachment copies unreferenced (an attachment removed, example data
 * taken out), then those copies removed: in the same transaction in the office database, once it has
 * committed from the folder.
 */
export async function unitOfWorkRemovingAttachments<T>(
  ctx: CommandContext,
  work: (work: Work) => Promise<T>,
): Promise<T> {
  if (ctx.engine === 'postgres') {
    return ctx.unitOfWork(async (unit) => {
      const result = await work(unit);
      await deleteUnreferencedContents(unit.trx);
      return result;
    });
  }
  const result = await ctx.unitOfWork(work);
  const folder = attachmentsFolder(ctx.host);
  await withAttachmentsFolderLock(folder, async () => deleteUnreferencedFiles(folder, await referencedHashes(ctx.db)));
  return result;
}
