import fs from 'node:fs/promises';
import type { CommandContext, HostInfo } from '../../context';
import { erasuresRecordedIn } from '../../db/setAsideFile';
import { attachmentsFolder } from '../attachments/attachmentFiles';
import { reapplyErasures } from '../dataProtection/erasure.service';
import { pendingRestoreFolder, readManifest } from './backupFiles';
import { backupNameOf, DATA_FILE } from './backupManifest';
import path from 'node:path';

export interface RestoreDone {
  restoredFrom: string;
  /** Where the data file in use before the restore now is: kept, never deleted. */
  keptAside: string;
}

async function moveIfThere(from: string, to: string): Promise<void> {
  try {
    await fs.rename(from, to);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
  }
}

/**
 * Before the data file opens: a restore checked and waiting takes the place of the data in use,
 * which is kept aside beside it ("postbag.sqlite.before-restore-…", with its -wal and attachments).
 */
export async function swapInPendingRestore(host: HostInfo, now: Date): Promise<RestoreDone | null> {
  const pending = pendingRestoreFolder(host);
  await fs.rm(`${pending}.partial`, { recursive: true, force: true });
  const manifest = await readManifest(pending);
  if (!manifest) return null;
  const suffix = `.before-restore-${backupNameOf(now.toISOString())}`;
  const keptAside = `${host.dataFile}${suffix}`;
  for (const end of ['', '-wal', '-shm']) await moveIfThere(`${host.dataFile}${end}`, `${keptAside}${end}`);
  await moveIfThere(attachmentsFolder(host), `${attachmentsFolder(host)}${suffix}`);
  await fs.rename(path.join(pending, 'attachments'), attachmentsFolder(host));
  await fs.rename(path.join(pending, DATA_FILE), host.dataFile);
  await fs.rm(pending, { recursive: true, force: true });
  return { restoredFrom: manifest.createdAt, keptAside };
}

/** Once the restored file is open: the erasures recorded in the file set aside since the backup, done again. */
export async function reapplyErasuresSince(
  ctx: CommandContext,
  restore: RestoreDone,
  nativeBinding?: string,
): Promise<number> {
  return reapplyErasures(ctx, erasuresRecordedIn(restore.keptAside, restore.restoredFrom, nativeBinding));
}
