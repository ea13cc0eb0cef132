import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OfficeConnection } from '../shared/contract/officeDatabase';
import { makeTempDir } from '../test/support/tempBackend';
import { createOfficeConnectionStore, OfficeConnectionUnusable, type Keychain } from './officeConnectionStore';

/** Stands in for Electron's safeStorage (which needs Electron): reversible, and visibly not the plain text. */
const keychain = (backend = 'gnome_libsecret'): Keychain => ({
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend: () => backend,
  encryptString: (plain) => Buffer.from(`sealed:${Buffer.from(plain).toString('hex')}`),
  decryptString: (sealed) => {
    const text = sealed.toString();
    if (!text.startsWith('sealed:'))
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return Buffer.from(text.slice(7), 'hex').toString();
  },
});

const connection: OfficeConnection = {
  host: 'office-server',
  port: 5432,
  database: 'postbag',
  user: 'postbag',
  password: 'correct horse £ battery',
  tls: 'encrypted',
};

describe('the desktop’s office database settings', () => {
  it('keeps the connection in an owner-only file with the password sealed by the keychain, and reads it back', async () => {
    const file = path.join(makeTempDir(), 'office-database.json');
    const store = createOfficeConnectionStore(file, keychain());
    expect(await store.load()).toBeNull();
    await store.save(connection);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.toContain('correct horse');
    expect(JSON.parse(text)).toMatchObject({ version: 1, host: 'office-server', tls: 'encrypted' });
    expect(await store.load()).toEqual(connection);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['office-database.json']);
    await store.forget();
    expect(await store.load()).toBeNull();
  });

  it('refuses to keep a password where there is no keychain, saving nothing', async () => {
    const file = path.join(makeTempDir(), 'office-database.json');
    const store = createOfficeConnectionStore(file, keychain('basic_text'));
    await expect(store.save(connection)).rejects.toThrow(
      /no keychain Postbag can keep the office database password in/,
    );
    expect(fs.existsSync(file)).toBe(false);
  });

  it('says plainly when the saved settings are damaged or the keychain no longer opens the password', async () => {
    const file = path.join(makeTempDir(), 'office-database.json');
    const store = createOfficeConnectionStore(file, keychain());
    fs.writeFileSync(file, '{"version": 1, "host": "office-server"');
    await expect(store.load()).rejects.toThrow(OfficeConnectionUnusable);
    await expect(store.load()).rejects.toThrow(/are damaged\. Connect again in Settings → Office database/);

    await store.save(connection);
    const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(
      file,
      JSON.stringify({ ...saved, password: Buffer.from('sealed by another account').toString('base64') }),
    );
    await expect(store.load()).rejects.toThrow(/keychain no longer opens the saved office database password/);

    fs.writeFileSync(file, JSON.stringify({ ...saved, host: 'office server; rm -rf' }));
    await expect(store.load()).rejects.toThrow(/are damaged/);
  });
});
