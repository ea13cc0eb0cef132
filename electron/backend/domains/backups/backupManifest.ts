import { z } from 'zod';
import { BACKUP_TRIGGERS } from '../../../../shared/contract/backups';

export const MANIFEST_FILE = 'manifest.json';
export const DATA_FILE = 'postbag.sqlite';
export const ENCRYPTED_SUFFIX = '.enc';

export const backupManifestSchema = z.object({
  format: z.literal('postbag-backup'),
  formatVersion: z.literal(1),
  createdAt: z.iso.datetime(),
  trigger: z.enum(BACKUP_TRIGGERS),
  appVersion: z.string(),
  schemaVersion: z.number().int().positive(),
  applicationId: z.number().int(),
  /** How the key is made from the passphrase; null when the backup is not encrypted. */
  encryption: z
    .object({
      cipher: z.literal('aes-256-gcm'),
      kdf: z.literal('scrypt'),
      salt: z.base64(),
      N: z.number().int().positive(),
      r: z.number().int().positive(),
      p: z.number().int().positive(),
    })
    .nullable(),
  /** Every file, as stored (with .enc when encrypted), and the SHA-256 of its plain bytes. */
  files: z.array(
    z.object({
      path: z.string().regex(/^(postbag\.sqlite|attachments\/[0-9a-f]{64})(\.enc)?$/),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      sizeBytes: z.number().int().nonnegative(),
    }),
  ),
});
export type BackupManifest = z.output<typeof backupManifestSchema>;

/** A backup's folder name: when it was made, to the second, in UTC ("2026-12-02T143005Z"). */
export function backupNameOf(createdAt: string): string {
  return `${createdAt.slice(0, 10)}T${createdAt.slice(11, 19).replace(/:/g, '')}Z`;
}
