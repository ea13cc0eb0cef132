import type { EntityKind } from '../../../shared/contract/changes';
import type { DownloadFile } from '../../../shared/contract/uploads';
import type { CommandContext } from '../context';
import type { StagingArea } from './stagingArea';

/** Puts prepared bytes where the page fetches them once by id (streamed, then overwritten and removed). */
export async function offerDownload(staging: StagingArea, bytes: Uint8Array, fileName: string): Promise<DownloadFile> {
  const staged = await staging.stage(bytes, fileName);
  return { fileName, downloadId: staged.stagedFileId, sizeBytes: staged.sizeBytes };
}

/** What a download holds, as its audit entry names it (the record, never its content). */
export interface DownloadAbout {
  entity: EntityKind;
  id: number | null;
  action: string;
}

/**
 * A copy of the office's records leaving Postbag (a Word file, an attachment, a subject access
 * export): the audit says who took it, of which record, before it is offered.
 */
export async function offerAuditedDownload(
  ctx: CommandContext,
  bytes: Uint8Array,
  fileName: string,
  about: DownloadAbout,
): Promise<DownloadFile> {
  await ctx.unitOfWork(async (work) => work.audit(about.entity, about.id, about.action));
  return offerDownload(ctx.staging, bytes, fileName);
}
