import crypto from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '../../errors';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM, streamed: the file becomes IV (12 bytes) + ciphertext + tag (16 bytes). A fresh IV
 * for every file; the key comes from the office's passphrase through scrypt (see backupKey).
 */
export async function encryptFile(source: string, target: string, key: Buffer): Promise<void> {
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const out = createWriteStream(target, { mode: 0o600 });
  out.write(iv);
  await pipeline(createReadStream(source), cipher, out, { end: false });
  await new Promise<void>((resolve, reject) =>
    out.end(cipher.getAuthTag(), (error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

/**
 * Decrypts into `target`; a wrong key or a changed byte fails the tag check, and what was written is
 * removed: nothing unauthenticated is ever used.
 */
export async function decryptFile(source: string, target: string, key: Buffer, what: string): Promise<void> {
  const { size } = await fs.stat(source);
  if (size < IV_BYTES + TAG_BYTES) throw unreadable(what);
  const handle = await fs.open(source, 'r');
  const iv = Buffer.alloc(IV_BYTES);
  const tag = Buffer.alloc(TAG_BYTES);
  try {
    await handle.read(iv, 0, IV_BYTES, 0);
    await handle.read(tag, 0, TAG_BYTES, size - TAG_BYTES);
  } finally {
    await handle.close();
  }
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  try {
    await pipeline(
      createReadStream(source, { start: IV_BYTES, end: size - TAG_BYTES - 1 }),
      decipher,
      createWriteStream(target, { mode: 0o600 }),
    );
  } catch {
    await fs.rm(target, { force: true });
    throw unreadable(what);
  }
}

const unreadable = (what: string) =>
  new DomainError(
    'VALIDATION',
    `${what} cannot be read with this passphrase: it is not the one the backup was made with, or the backup has been changed or damaged.`,
    undefined,
    { passphrase: ['Not the passphrase this backup was made with (or the backup is damaged)'] },
  );
