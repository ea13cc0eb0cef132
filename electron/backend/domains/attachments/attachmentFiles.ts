import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { HostInfo } from '../../context';
import { DomainError } from '../../errors';
import { overwriteAndDelete } from '../../files/privateFiles';

/**
 * Attachment copies live beside the data file, each named by the SHA-256 of its bytes: the same
 * file attached twice is stored once, and no name a user chose ever becomes a path.
 */
export function attachmentsFolder(host: HostInfo): string {
  return path.join(path.dirname(host.dataFile), 'attachments');
}

const folderQueues = new Map<string, Promise<unknown>>();

/**
 * One at a time per folder, within this backend: adding a copy (until its record is committed) and
 * deleting unreferenced copies never interleave, so a clean-up never removes a copy being added.
 */
export function withAttachmentsFolderLock<T>(folder: string, work: () => Promise<T>): Promise<T> {
  const previous = folderQueues.get(folder) ?? Promise.resolve();
  const next = previous.then(work, work);
  const settled = next.catch(() => undefined);
  folderQueues.set(folder, settled);
  void settled.then(() => {
    if (folderQueues.get(folder) === settled) folderQueues.delete(folder);
  });
  return next;
}

/** At start: copies left half-written by a crash are removed, and the folder and its files made owner-only. */
export async function tidyAttachmentsFolder(folder: string): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return;
  }
  await fs.chmod(folder, 0o700);
  await Promise.all(
    names.map((name) =>
      name.endsWith('.part')
        ? fs.rm(path.join(folder, name), { force: true })
        : fs.chmod(path.join(folder, name), 0o600),
    ),
  );
}

export function sha256Of(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/** Writes the copy (atomically: a temporary file renamed into place) unless it is already there. */
export async function storeAttachmentFile(folder: string, bytes: Uint8Array, sha256: string): Promise<void> {
  await fs.mkdir(folder, { recursive: true, mode: 0o700 });
  const target = path.join(folder, sha256);
  try {
    if (sha256Of(await fs.readFile(target)) === sha256) return;
  } catch {
    // Not there yet (or unreadable): write it.
  }
  const temporary = `${target}.${crypto.randomBytes(6).toString('hex')}.part`;
  try {
    await fs.writeFile(temporary, bytes, { mode: 0o600 });
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

/** The copy's bytes, checked against the hash it was stored under. */
export async function readAttachmentFile(folder: string, sha256: string, fileName: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path.join(folder, sha256));
  } catch {
    throw new DomainError('NOT_FOUND', `The stored copy of ${fileName} is missing from the attachments folder.`);
  }
  return checkedCopy(bytes, sha256, fileName);
}

/** A stored copy (folder or database) as it is handed out: only when its bytes still match their hash. */
export function checkedCopy(bytes: Buffer | undefined, sha256: string, fileName: string): Buffer {
  if (!bytes) throw new DomainError('NOT_FOUND', `The stored copy of ${fileName} is missing.`);
  if (sha256Of(bytes) !== sha256) {
    throw new DomainError(
      'CONFLICT',
      `The stored copy of ${fileName} has been changed or damaged; it is not sent out.`,
    );
  }
  return bytes;
}

/** Deletes copies no record refers to any more (after an attachment or example data is removed). */
export async function deleteUnreferencedFiles(folder: string, referenced: ReadonlySet<string>): Promise<number> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return 0;
  }
  const unused = names.filter((name) => /^[0-9a-f]{64}$/.test(name) && !referenced.has(name));
  await Promise.all(unused.map((name) => overwriteAndDelete(path.join(folder, name))));
  return unused.length;
}

/** Every stored copy in the folder, checked against its hash (moving a solo office to the office database). */
export async function* storedAttachmentFiles(folder: string): AsyncIterable<{ sha256: string; content: Buffer }> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return;
  }
  for (const sha256 of names.filter((name) => /^[0-9a-f]{64}$/.test(name))) {
    yield { sha256, content: checkedCopy(await fs.readFile(path.join(folder, sha256)), sha256, sha256) };
  }
}
