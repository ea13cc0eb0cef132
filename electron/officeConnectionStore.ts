import fs from 'node:fs/promises';
import { z } from 'zod';
import { officeConnectionInput, type OfficeConnection } from '../shared/contract/officeDatabase';

/** The part of Electron's `safeStorage` used here: the OS keychain's key encrypts the password. */
export interface Keychain {
  isEncryptionAvailable(): boolean;
  /** Linux only: `basic_text` means no keychain (a fixed key), which is no protection. */
  getSelectedStorageBackend?(): string;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** Why the saved connection cannot be used or kept; the message is for the person at the laptop. */
export class OfficeConnectionUnusable extends Error {}

const savedFile = officeConnectionInput.omit({ password: true }).extend({
  version: z.literal(1),
  /** The password, encrypted by the keychain (base64); empty when the server asks for none. */
  password: z.string(),
});

export interface OfficeConnectionStore {
  /** The saved connection, or null when this laptop works on its own file. */
  load(): Promise<OfficeConnection | null>;
  save(connection: OfficeConnection): Promise<void>;
  forget(): Promise<void>;
}

/**
 * The desktop's office database settings: one owner-only JSON file beside the data file, the password
 * in it encrypted with the OS keychain (never in the clear, never in the database).
 */
export function createOfficeConnectionStore(file: string, keychain: Keychain): OfficeConnectionStore {
  return {
    async load() {
      let text: string;
      try {
        text = await fs.readFile(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw new OfficeConnectionUnusable(
          `Postbag cannot read its office database settings (${file}): ${String(error)}`,
        );
      }
      let saved: z.infer<typeof savedFile>;
      try {
        saved = savedFile.parse(JSON.parse(text));
      } catch {
        throw new OfficeConnectionUnusable(
          `Postbag’s office database settings (${file}) are damaged. Connect again in Settings → Office database.`,
        );
      }
      const { version: _version, password, ...where } = saved;
      try {
        return { ...where, password: password && keychain.decryptString(Buffer.from(password, 'base64')) };
      } catch {
        throw new OfficeConnectionUnusable(
          'This computer’s keychain no longer opens the saved office database password (the keychain or the user account changed). Connect again in Settings → Office database.',
        );
      }
    },
    async save(connection) {
      if (!keychain.isEncryptionAvailable() || keychain.getSelectedStorageBackend?.() === 'basic_text') {
        throw new OfficeConnectionUnusable(
          'This computer has no keychain Postbag can keep the office database password in (on Linux: GNOME Keyring or KWallet), so nothing was saved.',
        );
      }
      const { password, ...where } = connection;
      const saved: z.infer<typeof savedFile> = {
        version: 1,
        ...where,
        password: password && keychain.encryptString(password).toString('base64'),
      };
      // A whole new file or none: written beside, then renamed over the old one; only its owner can read it.
      const partial = `${file}.${process.pid}.partial`;
      await fs.writeFile(partial, JSON.stringify(saved, null, 2), { mode: 0o600 });
      await fs.rename(partial, file);
    },
    forget: () => fs.rm(file, { force: true }),
  };
}
