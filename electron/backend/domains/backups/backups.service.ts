import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ParsedInput } from '../../../../shared/contract/api';
import type { BackupInfo, BackupStatus } from '../../../../shared/contract/backups';
import type { BackendContext, CommandContext } from '../../context';
import { sqliteHandleOf } from '../../db/connection';
import { POSTBAG_APPLICATION_ID } from '../../db/dataFileGuard';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { DomainError } from '../../errors';
import { overwriteAndDelete } from '../../files/privateFiles';
import { JobCancelled, type JobContext } from '../../jobs/jobContext';
import { attachmentsFolder } from '../attachments/attachmentFiles';
import { readSetting, writeSetting } from '../settings/settings.service';
import { SCRYPT_COST, scryptKey } from '../staff/passwords';
import { decryptFile, encryptFile } from './backupCrypto';
import {
  backupsFolder,
  finishedBackups,
  pendingRestoreFolder,
  readManifest,
  removeBackup,
  sha256OfFile,
} from './backupFiles';
import { serverArchiving, serverArchivingWarning } from './serverArchiving';
import { backupProblem, clearBackupProblem, recordBackupProblem } from './backupProblem';
import {
  backupManifestSchema,
  backupNameOf,
  DATA_FILE,
  ENCRYPTED_SUFFIX,
  MANIFEST_FILE,
  type BackupManifest,
} from './backupManifest';
import { backupsToKeep } from './backupRotation';

interface BackupKey {
  salt: string;
  N: number;
  r: number;
  p: number;
  key: string;
}

async function backupKey(ctx: BackendContext): Promise<BackupKey | null> {
  const stored = await readSetting(ctx.reader, 'backupKey');
  return stored ? (JSON.parse(stored) as BackupKey) : null;
}

function refuseInOfficeMode(ctx: BackendContext): void {
  if (ctx.engine === 'postgres') {
    throw new DomainError(
      'VALIDATION',
      'In office mode the office database is backed up on its server (pg_dump, as the README shows), not by each laptop.',
    );
  }
}

function infoOf(name: string, manifest: BackupManifest): BackupInfo {
  return {
    name,
    createdAt: manifest.createdAt,
    trigger: manifest.trigger,
    appVersion: manifest.appVersion,
    schemaVersion: manifest.schemaVersion,
    encrypted: manifest.encryption !== null,
    sizeBytes: manifest.files.reduce((sum, file) => sum + file.sizeBytes, 0),
    attachments: manifest.files.filter((file) => file.path.startsWith('attachments/')).length,
  };
}

export async function backupStatus(ctx: BackendContext): Promise<BackupStatus> {
  const folder = backupsFolder(ctx.host);
  const pending = await readManifest(pendingRestoreFolder(ctx.host));
  return {
    available: ctx.engine === 'sqlite',
    server: ctx.engine === 'postgres' ? await serverArchiving(ctx.db) : null,
    folder,
    passphraseSet: (await backupKey(ctx)) !== null,
    backups: ctx.engine === 'sqlite' ? (await finishedBackups(folder)).map((b) => infoOf(b.name, b.manifest)) : [],
    restorePending: pending ? { name: backupNameOf(pending.createdAt), createdAt: pending.createdAt } : null,
    problem: ctx.engine === 'sqlite' ? await backupProblem(folder) : null,
  };
}

const TWO_DAYS_MS = 2 * 24 * 60 * 60 * 1000;

/** What an administrator should hear about backups on the dashboard; null when all is well (or cannot be told). */
export async function backupWarning(ctx: BackendContext): Promise<string | null> {
  if (ctx.engine === 'postgres') return serverArchivingWarning(await serverArchiving(ctx.db));
  const folder = backupsFolder(ctx.host);
  const problem = await backupProblem(folder);
  if (problem) return `The last backup failed: ${problem.message}`;
  const [newest] = await finishedBackups(folder);
  if (!newest) return 'No backup has been made yet: Settings → Backups → Back up now.';
  if (ctx.clock().getTime() - Date.parse(newest.manifest.createdAt) > TWO_DAYS_MS) {
    return `The newest backup is more than two days old: Settings → Backups → Back up now.`;
  }
  return null;
}

/** The office's backup passphrase: only the key made from it is kept (in the data file), never the passphrase. */
export async function setBackupPassphrase(
  ctx: CommandContext,
  input: ParsedInput<'backups.setPassphrase'>,
): Promise<BackupStatus> {
  refuseInOfficeMode(ctx);
  const salt = crypto.randomBytes(16);
  const key = await scryptKey(input.passphrase, salt, SCRYPT_COST);
  await ctx.unitOfWork(async (work) => {
    const stored: BackupKey = { salt: salt.toString('base64'), ...SCRYPT_COST, key: key.toString('base64') };
    await writeSetting(work.trx, 'backupKey', JSON.stringify(stored));
    work.audit('settings', null, 'set_backup_passphrase');
  });
  return backupStatus(ctx);
}

/** SQLite's own check of a copy, on the connection at hand (ATTACH): damage, and whose file it is. */
function checkCopy(ctx: BackendContext, file: string): { ok: string; applicationId: number; schemaVersion: number } {
  const sqlite = sqliteHandleOf(ctx.db);
  if (!sqlite) throw new Error('Backups need the SQLite connection.');
  sqlite.prepare('ATTACH DATABASE ? AS checked_copy').run(file);
  try {
    const problems = (sqlite.pragma('checked_copy.integrity_check(20)') as { integrity_check: string }[]).map(
      (row) => row.integrity_check,
    );
    return {
      ok: problems.join('; '),
      applicationId: sqlite.pragma('checked_copy.application_id', { simple: true }) as number,
      schemaVersion: sqlite.pragma('checked_copy.user_version', { simple: true }) as number,
    };
  } finally {
    sqlite.prepare('DETACH DATABASE checked_copy').run();
  }
}

/** Stores one file into the backup (encrypted when a key is set) and says what the manifest lists. */
async function storeFile(source: string, folder: string, relative: string, key: Buffer | null) {
  const sha256 = await sha256OfFile(source);
  const stored = key ? `${relative}${ENCRYPTED_SUFFIX}` : relative;
  if (key) await encryptFile(source, path.join(folder, stored), key);
  else await fs.copyFile(source, path.join(folder, stored));
  return { path: stored, sha256, sizeBytes: (await fs.stat(path.join(folder, stored))).size };
}

/**
 * A backup of the data file through SQLite's online backup API (a consistent copy while others
 * write), checked with a full integrity_check before it is kept, with the attachment copies; each
 * file encrypted (AES-256-GCM) when the office has set a passphrase. Written into a ".partial"
 * folder and renamed when complete; then the rotation removes what it no longer keeps.
 */
export async function createBackup(ctx: JobContext, input: ParsedInput<'backups.create'>): Promise<BackupInfo> {
  refuseInOfficeMode(ctx);
  const sqlite = sqliteHandleOf(ctx.db);
  if (!sqlite) throw new Error('Backups need the SQLite connection.');
  const stored = await backupKey(ctx);
  const key = stored ? Buffer.from(stored.key, 'base64') : null;
  const createdAt = ctx.clock().toISOString();
  const name = backupNameOf(createdAt);
  const folder = backupsFolder(ctx.host);
  const partial = path.join(folder, `${name}.partial`);
  await fs.rm(partial, { recursive: true, force: true });
  await fs.mkdir(path.join(partial, 'attachments'), { recursive: true, mode: 0o700 });
  const attachments = (await fs.readdir(attachmentsFolder(ctx.host)).catch(() => [] as string[])).filter((entry) =>
    /^[0-9a-f]{64}$/.test(entry),
  );
  const steps = 100 + 10 + attachments.length;
  try {
    const copy = path.join(partial, `${DATA_FILE}.copy`);
    // After the first step, the rest in one: a backup in small steps starts again whenever another
    // connection writes, and a busy office would keep it from ever finishing. One step reads one
    // snapshot (WAL: colleagues keep writing meanwhile).
    await sqlite.backup(copy, { progress: ({ remainingPages }) => Math.max(remainingPages, 1) });
    ctx.progress(100, steps);
    ctx.throwIfCancelled();
    const check = checkCopy(ctx, copy);
    if (check.ok !== 'ok') {
      throw new DomainError(
        'DAMAGED',
        `The data file is damaged (SQLite’s integrity check: ${check.ok}), so no backup was made and the earlier ones are kept. Restore the newest good backup (Settings → Backups), or ask for help before working on.`,
      );
    }
    ctx.progress(110, steps);
    const files = [await storeFile(copy, partial, DATA_FILE, key)];
    await overwriteAndDelete(copy);
    for (const [i, sha] of attachments.entries()) {
      ctx.throwIfCancelled();
      const file = await storeFile(path.join(attachmentsFolder(ctx.host), sha), partial, `attachments/${sha}`, key);
      if (file.sha256 !== sha) {
        throw new DomainError(
          'DAMAGED',
          `The stored copy of an attachment (${sha.slice(0, 12)}…) no longer matches what was attached, so no backup was made. Restore the newest good backup, or ask for help.`,
        );
      }
      files.push(file);
      ctx.progress(111 + i, steps);
    }
    const manifest: BackupManifest = backupManifestSchema.parse({
      format: 'postbag-backup',
      formatVersion: 1,
      createdAt,
      trigger: input.trigger,
      appVersion: ctx.host.appVersion,
      schemaVersion: check.schemaVersion,
      applicationId: check.applicationId,
      encryption: stored
        ? { cipher: 'aes-256-gcm', kdf: 'scrypt', salt: stored.salt, N: stored.N, r: stored.r, p: stored.p }
        : null,
      files,
    });
    await fs.writeFile(path.join(partial, MANIFEST_FILE), JSON.stringify(manifest, null, 2), { mode: 0o600 });
    // Two backups in the same second (a double click, a fixed test clock): the later replaces the earlier.
    const final = path.join(folder, name);
    await removeBackup(final, await readManifest(final));
    await fs.rename(partial, final);
    await rotate(folder);
    await clearBackupProblem(folder);
    return infoOf(name, manifest);
  } catch (error) {
    await fs.rm(partial, { recursive: true, force: true });
    if (!(error instanceof JobCancelled)) await recordBackupProblem(folder, createdAt, error);
    throw error;
  }
}

async function rotate(folder: string): Promise<void> {
  const backups = await finishedBackups(folder);
  const keep = backupsToKeep(backups.map((b) => b.manifest.createdAt));
  for (const backup of backups) {
    if (!keep.has(backup.manifest.createdAt)) await removeBackup(path.join(folder, backup.name), backup.manifest);
  }
}

/**
 * Checks a backup and sets it ready to replace the data at the next start: every file decrypted (the
 * passphrase it was made with) and matched against its SHA-256; the data file passes SQLite's full
 * integrity check, carries Postbag's application id and is not from a newer Postbag. Nothing in use
 * is touched here; at the start the current file is kept aside, never deleted.
 */
export async function prepareRestore(ctx: JobContext, input: ParsedInput<'backups.restore'>) {
  refuseInOfficeMode(ctx);
  const source = path.join(backupsFolder(ctx.host), input.name);
  const manifest = await readManifest(source);
  if (!manifest) throw new DomainError('NOT_FOUND', `There is no complete backup called ${input.name}.`);
  let key: Buffer | null = null;
  if (manifest.encryption) {
    if (input.passphrase === '') {
      throw new DomainError(
        'VALIDATION',
        'This backup is encrypted: give the passphrase it was made with.',
        undefined,
        {
          passphrase: ['Give the passphrase this backup was made with'],
        },
      );
    }
    const { salt, N, r, p } = manifest.encryption;
    key = await scryptKey(input.passphrase, Buffer.from(salt, 'base64'), { N, r, p });
  }
  const target = pendingRestoreFolder(ctx.host);
  const partial = `${target}.partial`;
  await fs.rm(partial, { recursive: true, force: true });
  await fs.mkdir(path.join(partial, 'attachments'), { recursive: true, mode: 0o700 });
  try {
    for (const [i, file] of manifest.files.entries()) {
      ctx.throwIfCancelled();
      const plain = path.join(partial, file.path.replace(ENCRYPTED_SUFFIX, ''));
      if (key) await decryptFile(path.join(source, file.path), plain, key, `Backup ${input.name}`);
      else await fs.copyFile(path.join(source, file.path), plain);
      if ((await sha256OfFile(plain)) !== file.sha256) {
        throw new DomainError(
          'DAMAGED',
          `Backup ${input.name} is damaged (${file.path} has changed): it was not restored.`,
        );
      }
      ctx.progress(i + 1, manifest.files.length + 1);
    }
    const check = checkCopy(ctx, path.join(partial, DATA_FILE));
    if (check.applicationId !== POSTBAG_APPLICATION_ID) {
      throw new DomainError(
        'VALIDATION',
        `Backup ${input.name} does not hold a Postbag data file: it was not restored.`,
      );
    }
    if (check.schemaVersion > LATEST_SCHEMA_VERSION) {
      throw new DomainError(
        'VALIDATION',
        `Backup ${input.name} was made by a newer Postbag: update Postbag before restoring it.`,
      );
    }
    if (check.ok !== 'ok') {
      throw new DomainError('DAMAGED', `Backup ${input.name} is damaged (${check.ok}): it was not restored.`);
    }
    await fs.writeFile(path.join(partial, MANIFEST_FILE), JSON.stringify(manifest), { mode: 0o600 });
    await fs.rm(target, { recursive: true, force: true });
    await fs.rename(partial, target);
    return { name: input.name, createdAt: manifest.createdAt };
  } catch (error) {
    await fs.rm(partial, { recursive: true, force: true });
    throw error;
  }
}
