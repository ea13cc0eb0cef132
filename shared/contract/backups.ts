import { z } from 'zod';

export const BACKUP_TRIGGERS = ['manual', 'daily', 'quit'] as const;
export type BackupTrigger = (typeof BACKUP_TRIGGERS)[number];

/** One backup in the office's backups folder. */
export interface BackupInfo {
  /** Its folder's name (when it was made, UTC): what a restore names. */
  name: string;
  createdAt: string;
  trigger: BackupTrigger;
  appVersion: string;
  schemaVersion: number;
  encrypted: boolean;
  sizeBytes: number;
  attachments: number;
}

/** Office mode: what the server reports of its own WAL archiving (pg_dump runs leave no trace on it). */
export interface ServerArchiving {
  archiving: boolean;
  lastArchivedAt: string | null;
  /** The server's last archiving attempt failed, and none has succeeded since. */
  failingSince: string | null;
}

export interface BackupStatus {
  /** Office mode: the server is backed up with pg_dump, not by the app. */
  available: boolean;
  /** Office mode only. */
  server: ServerArchiving | null;
  folder: string;
  passphraseSet: boolean;
  backups: BackupInfo[];
  /** A restore checked and waiting for the next start. */
  restorePending: { name: string; createdAt: string } | null;
  /** Why the last backup failed (until one succeeds): a damaged data file, a full disk. */
  problem: { at: string; message: string } | null;
}

export const createBackupInput = z.object({ trigger: z.enum(BACKUP_TRIGGERS).default('manual') });

const passphrase = z
  .string()
  .min(12, 'Use at least 12 characters (a few unrelated words work well)')
  .max(200, 'Use at most 200 characters');

export const setBackupPassphraseInput = z
  .object({ passphrase, confirm: z.string() })
  .refine((input) => input.passphrase === input.confirm, {
    message: 'The two do not match',
    path: ['confirm'],
  });

export const restoreBackupInput = z.object({
  name: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{6}Z$/, 'Choose a backup from the list'),
  passphrase: z.string().max(200).default(''),
});
