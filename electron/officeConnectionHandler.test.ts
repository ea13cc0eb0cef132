import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OfficeConnection } from '../shared/contract/officeDatabase';
import { freshPostgresDatabase, officeConnectionOf, TEST_POSTGRES_URL } from '../test/support/postgres';
import { makeTempDir, startTempBackend } from '../test/support/tempBackend';
import { signedInClient, TEST_PASSWORD } from '../test/support/signedInClient';
import { createOfficeConnectionHandler, RESTART_DELAY_MS } from './officeConnectionHandler';
import { createOfficeConnectionStore, type Keychain } from './officeConnectionStore';
import { APP_ENTRY_URL } from './navigationGuards';

const keychain: Keychain = {
  isEncryptionAvailable: () => true,
  encryptString: (plain) => Buffer.from(plain).reverse(),
  decryptString: (sealed) => Buffer.from(sealed).reverse().toString(),
};
const fromOurWindow = { senderFrame: { url: APP_ENTRY_URL } };

describe('Settings → Office database → Connect (desktop)', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });
  const setUp = async () => {
    const t = await startTempBackend({ staffName: 'Sam Okoro' });
    cleanup.push(() => t.close());
    const file = path.join(makeTempDir(), 'office-database.json');
    const store = createOfficeConnectionStore(file, keychain);
    const restart = vi.fn();
    return { t, file, store, restart, connect: createOfficeConnectionHandler(t.backend, store, restart) };
  };
  const somewhere: OfficeConnection = {
    host: '127.0.0.1',
    port: 1,
    database: 'postbag',
    user: 'postbag',
    password: TEST_PASSWORD,
    tls: 'off',
  };

  it('refuses other frames, volunteers and bad details, saving nothing and not restarting', async () => {
    const { t, file, restart, connect } = await setUp();
    expect(await connect({ senderFrame: { url: 'https://example.org/' } }, { connection: somewhere })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await t.signedInAs('Val Volunteer', 'volunteer');
    const volunteer = await signedInClient(t.backend, 'Val Volunteer');
    expect(await connect(fromOurWindow, { connection: somewhere, session: volunteer.token })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await connect(fromOurWindow, { connection: { ...somewhere, port: 0 }, session: t.session })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { port: ['The port is a number from 1 to 65535'] } },
    });
    expect(await connect(fromOurWindow, { connection: somewhere, session: t.session })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { port: [expect.stringMatching(/refused a connection on port 1/)] } },
    });
    expect(await connect(fromOurWindow, 'not a request')).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(fs.existsSync(file)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, RESTART_DELAY_MS + 100));
    expect(restart).not.toHaveBeenCalled();
  });

  it.skipIf(!TEST_POSTGRES_URL)(
    '[postgres] keeps a connection the server accepts, then restarts on it',
    async () => {
      const { t, store, restart, connect } = await setUp();
      const database = await freshPostgresDatabase();
      cleanup.push(() => database.drop());
      const connection = officeConnectionOf(database.url);
      expect(await connect(fromOurWindow, { connection, session: t.session })).toMatchObject({
        ok: true,
        result: { holds: 'empty' },
      });
      expect(await store.load()).toEqual(connection);
      await vi.waitFor(() => expect(restart).toHaveBeenCalledTimes(1), { timeout: RESTART_DELAY_MS * 3 });
    },
    15_000,
  );
});
