import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTempBackend, type TempBackend } from '../test/support/tempBackend';
import { signedInClient } from '../test/support/signedInClient';
import { APP_ENTRY_URL } from './navigationGuards';
import { RESTART_DELAY_MS } from './officeConnectionHandler';
import { createRestoreRestartHandler } from './restoreRestartHandler';

const fromOurWindow = { senderFrame: { url: APP_ENTRY_URL } };

describe('Settings → Backups → Restart now (desktop)', () => {
  let t: TempBackend;
  afterEach(async () => {
    await t.close();
  });

  it('restarts only for the app’s own frame, an administrator, and a checked restore waiting', async () => {
    t = await startTempBackend({ staffName: 'Sam Okoro' });
    const restart = vi.fn();
    const restartNow = createRestoreRestartHandler(t.backend, restart);
    expect(await restartNow({ senderFrame: { url: 'https://example.org/' } }, { session: t.session })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await t.signedInAs('Priya Nair', 'caseworker');
    const caseworker = await signedInClient(t.backend, 'Priya Nair');
    expect(await restartNow(fromOurWindow, { session: caseworker.token })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await restartNow(fromOurWindow, { session: t.session })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'No checked restore is waiting: Postbag was not restarted.' },
    });

    const backup = await t.job('backups.create', { trigger: 'manual' });
    await t.job('backups.restore', { name: backup.name, passphrase: '' });
    expect(await restartNow(fromOurWindow, { session: t.session })).toMatchObject({
      ok: true,
      result: { restorePending: { name: backup.name } },
    });
    await vi.waitFor(() => expect(restart).toHaveBeenCalledTimes(1), { timeout: RESTART_DELAY_MS * 3 });
  });
});
