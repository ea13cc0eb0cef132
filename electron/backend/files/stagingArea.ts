import crypto from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { StagedFile } from '../../../shared/contract/uploads';
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from '../../../shared/contract/uploads';
import { DomainError } from '../errors';
import { overwriteAndDelete } from './privateFiles';

/** A staged file is kept this long after its last use, for a second look or a changed column mapping. */
const KEEP_MS = 2 * 60 * 60 * 1000;

/** The upload a call uses, if any (its input's `stagedFileId`): one rule for the dispatcher and the jobs. */
export function uploadUsedBy(input: unknown): string | null {
  const { stagedFileId } = (input ?? {}) as { stagedFileId?: unknown };
  return typeof stagedFileId === 'string' ? stagedFileId : null;
}

export interface StagingArea {
  readonly folder: string;
  /** Writes an upload (bytes, or a stream of them) into the area; refused past the upload limit. */
  stage(source: Uint8Array | AsyncIterable<Uint8Array>, fileName: string): Promise<StagedFile & { path: string }>;
  /** Where a staged file's bytes are, for a reader (a job's worker); NOT_FOUND once it is gone. */
  locate(stagedFileId: string, limit?: { maxBytes: number; tooLarge: string }): StagedFile & { path: string };
  read(stagedFileId: string, limit?: { maxBytes: number; tooLarge: string }): Promise<Buffer>;
  /** Takes over files a job's worker wrote into the folder (a Word file to download). */
  adopt(files: (StagedFile & { path: string })[]): void;
  /** Overwrites and removes it (after the import that used it commits, or a download has been read). */
  discard(stagedFileId: string): Promise<void>;
  /** Everything goes: at start (left by a crash) and when the backend closes. */
  clear(): Promise<void>;
}

interface Entry extends StagedFile {
  path: string;
  lastUsed: number;
}

/**
 * Uploads land here, beside the data file, as owner-only files named by a random id (never by the
 * name the user's file had), and are referred to by that id: a changed mapping re-reads the staged
 * file instead of the page sending it again.
 */
export function createStagingArea(folder: string, clock: () => number = Date.now): StagingArea {
  const entries = new Map<string, Entry>();

  async function expire() {
    const now = clock();
    const old = [...entries.values()].filter((entry) => now - entry.lastUsed > KEEP_MS);
    await Promise.all(old.map((entry) => area.discard(entry.stagedFileId)));
  }

  const area: StagingArea = {
    folder,
    async stage(source, fileName) {
      await expire();
      await fs.mkdir(folder, { recursive: true, mode: 0o700 });
      const stagedFileId = crypto.randomBytes(16).toString('hex');
      const file = path.join(folder, stagedFileId);
      let sizeBytes = 0;
      const counted = async function* () {
        for await (const chunk of source instanceof Uint8Array ? [source] : source) {
          sizeBytes += chunk.length;
          if (sizeBytes > MAX_UPLOAD_BYTES) throw new DomainError('TOO_LARGE', UPLOAD_TOO_LARGE);
          yield chunk;
        }
      };
      try {
        await pipeline(counted, createWriteStream(file, { mode: 0o600, flags: 'wx' }));
      } catch (error) {
        await overwriteAndDelete(file);
        throw error;
      }
      const entry = { stagedFileId, fileName, sizeBytes, path: file, lastUsed: clock() };
      entries.set(stagedFileId, entry);
      return { stagedFileId, fileName, sizeBytes, path: file };
    },
    locate(stagedFileId, limit) {
      const entry = typeof stagedFileId === 'string' ? entries.get(stagedFileId) : undefined;
      if (!entry) {
        throw new DomainError(
          'NOT_FOUND',
          'The file is no longer here (Postbag was restarted, or it was used); choose it again.',
        );
      }
      if (limit && entry.sizeBytes > limit.maxBytes) throw new DomainError('VALIDATION', limit.tooLarge);
      entry.lastUsed = clock();
      const { lastUsed: _lastUsed, ...located } = entry;
      return located;
    },
    async read(stagedFileId, limit) {
      return fs.readFile(area.locate(stagedFileId, limit).path);
    },
    adopt(files) {
      for (const file of files) entries.set(file.stagedFileId, { ...file, lastUsed: clock() });
    },
    async discard(stagedFileId) {
      const entry = entries.get(stagedFileId);
      if (!entry) return;
      entries.delete(stagedFileId);
      await overwriteAndDelete(entry.path);
    },
    async clear() {
      entries.clear();
      let names: string[];
      try {
        names = await fs.readdir(folder);
      } catch {
        return;
      }
      await Promise.all(names.map((name) => overwriteAndDelete(path.join(folder, name))));
    },
  };
  return area;
}
