import crypto from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { HostInfo } from '../../context';
import { overwriteAndDelete } from '../../files/privateFiles';
import { backupManifestSchema, MANIFEST_FILE, type BackupManifest } from './backupManifest';

/** Beside the data file, like the attachments: the same owner-only data folder. */
export function backupsFolder(host: HostInfo): string {
  return path.join(path.dirname(host.dataFile), 'backups');
}

/** Where a checked restore waits for the next start. */
export function pendingRestoreFolder(host: HostInfo | { dataFile: string }): string {
  return path.join(path.dirname(host.dataFile), 'restore-pending');
}

export async function sha256OfFile(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/** A finished backup's manifest (a folder without a readable one is not a backup and is left alone). */
export async function readManifest(folder: string): Promise<BackupManifest | null> {
  try {
    const parsed = backupManifestSchema.safeParse(
      JSON.parse(await fs.readFile(path.join(folder, MANIFEST_FILE), 'utf8')),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Every finished backup in the folder, newest first (unfinished ".partial" folders are not listed). */
export async function finishedBackups(folder: string): Promise<{ name: string; manifest: BackupManifest }[]> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return [];
  }
  const found = [];
  for (const name of names
    .filter((entry) => /^\d{4}-\d{2}-\d{2}T\d{6}Z$/.test(entry))
    .sort()
    .reverse()) {
    const manifest = await readManifest(path.join(folder, name));
    if (manifest) found.push({ name, manifest });
  }
  return found;
}

/** Removes a backup: plain copies overwritten first (an aged-out backup may hold erased people). */
export async function removeBackup(folder: string, manifest: BackupManifest | null): Promise<void> {
  for (const file of manifest?.files ?? []) {
    if (!file.path.endsWith('.enc')) await overwriteAndDelete(path.join(folder, file.path));
  }
  await fs.rm(folder, { recursive: true, force: true });
}
