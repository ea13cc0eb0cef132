import type { DownloadFile } from '../../../shared/contract/uploads';
import type { StagingArea } from './stagingArea';

/** Puts prepared bytes where the page fetches them once by id (streamed, then overwritten and removed). */
export async function offerDownload(staging: StagingArea, bytes: Uint8Array, fileName: string): Promise<DownloadFile> {
  const staged = await staging.stage(bytes, fileName);
  return { fileName, downloadId: staged.stagedFileId, sizeBytes: staged.sizeBytes };
}
