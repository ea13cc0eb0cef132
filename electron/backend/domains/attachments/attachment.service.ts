import type { ParsedInput } from '../../../../shared/contract/api';
import {
  attachmentTooLarge,
  MAX_ATTACHMENT_BYTES,
  type Attachment,
  type AttachmentFile,
} from '../../../../shared/contract/attachments';
import { nowIso, type BackendContext } from '../../context';
import { DomainError, notFound } from '../../errors';
import { insertAuditEntries } from '../audit/audit.repository';
import { findCorrespondenceRow } from '../correspondence/correspondence.repository';
import { currentActor } from '../settings/settings.service';
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
export async function addAttachment(ctx: BackendContext, input: ParsedInput<'attachments.add'>): Promise<Attachment> {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) {
    throw new DomainError('VALIDATION', `${input.fileName} is empty; choose the file again.`);
  }
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw new DomainError('VALIDATION', attachmentTooLarge(input.fileName));
  }
  if (!(await findCorrespondenceRow(ctx.db, input.correspondenceId))) {
    throw notFound('Correspondence', input.correspondenceId);
  }
  const sha256 = sha256Of(bytes);
  const folder = attachmentsFolder(ctx.host);
  const at = nowIso(ctx);
  // Held from the copy until its record is committed: a concurrent clean-up must not see the copy unreferenced.
  return withAttachmentsFolderLock(folder, async () => {
    await storeAttachmentFile(folder, bytes, sha256);
    try {
      return await recordAttachment(ctx, input, sha256, bytes.length, at);
    } catch (error) {
      // Not recorded (the letter was removed meanwhile, say): no copy is left behind.
      await deleteUnreferencedFiles(folder, await referencedHashes(ctx.db));
      throw error;
    }
  });
}

function recordAttachment(
  ctx: BackendContext,
  input: ParsedInput<'attachments.add'>,
  sha256: string,
  sizeBytes: number,
  at: string,
): Promise<Attachment> {
  return ctx.db.transaction().execute(async (trx) => {
    const actor = await currentActor(ctx, trx);
    const attachment = await insertAttachment(trx, {
      correspondenceId: input.correspondenceId,
      fileName: input.fileName,
      sha256,
      sizeBytes,
      addedAt: at,
      addedBy: actor,
    });
    await insertAuditEntries(trx, [{ at, actor, entity: 'attachment', entityId: attachment.id, action: 'add' }]);
    return attachment;
  });
}

export async function downloadAttachment(ctx: BackendContext, id: number): Promise<AttachmentFile> {
  const row = await findAttachmentRow(ctx.db, id);
  if (!row) throw notFound('Attachment', id);
  const bytes = await readAttachmentFile(attachmentsFolder(ctx.host), row.sha256, row.fileName);
  return { fileName: row.fileName, contentBase64: bytes.toString('base64') };
}

export async function removeAttachment(ctx: BackendContext, id: number): Promise<{ removed: true }> {
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await findAttachmentRow(trx, id))) throw notFound('Attachment', id);
    await deleteAttachment(trx, id);
    await insertAuditEntries(trx, [
      { at, actor: await currentActor(ctx, trx), entity: 'attachment', entityId: id, action: 'remove' },
    ]);
  });
  await deleteUnusedAttachmentFiles(ctx);
  return { removed: true };
}

/** Removes copies whose records are gone (an attachment removed, example data taken out). */
export async function deleteUnusedAttachmentFiles(ctx: BackendContext): Promise<number> {
  const folder = attachmentsFolder(ctx.host);
  return withAttachmentsFolderLock(folder, async () => deleteUnreferencedFiles(folder, await referencedHashes(ctx.db)));
}
