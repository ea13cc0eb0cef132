import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { makeTempDir, startTempBackend } from '../test/support/tempBackend';
import { createAppProtocolHandler } from './appProtocol';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { createDownloadHandler, createEventForwarder, createIpcHandler, createStageFileHandler } from './ipcAdapter';
import { offerDownload } from './backend/files/offerDownload';
import { electronNativeBindingPath } from './nativeBinding';
import { APP_ENTRY_URL, decideWindowOpen, isAllowedExternalUrl, shouldBlockNavigation } from './navigationGuards';
import { createWindowOptions } from './windowOptions';

describe('window options', () => {
  it('turn on isolation and the sandbox and keep Node and webviews out of the page', () => {
    const options = createWindowOptions('/app/preload.cjs');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });
});

describe('navigation guards', () => {
  it('let the window show only the app’s own pages', () => {
    expect(shouldBlockNavigation(APP_ENTRY_URL)).toBe(false);
    expect(shouldBlockNavigation('app://postbag/index.html#/cases?status=open')).toBe(false);
    for (const url of [
      'https://www.gov.uk/',
      'file:///etc/passwd',
      'app://other/index.html',
      'http://127.0.0.1:1234/',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(shouldBlockNavigation(url), url).toBe(true);
    }
  });

  it('never open a new window, and send only allow-listed https links to the browser', () => {
    expect(decideWindowOpen('https://petition.parliament.uk/petitions/1')).toEqual({
      action: 'deny',
      openExternally: true,
    });
    expect(decideWindowOpen('https://www.gov.uk/bank-holidays')).toEqual({ action: 'deny', openExternally: true });
    for (const url of [
      'http://www.gov.uk/',
      'https://www.gov.uk.evil.example/',
      'https://user:pass@www.gov.uk/',
      'https://evil.example/',
      'file:///C:/Windows/system32/calc.exe',
      'smb://server/share',
    ]) {
      expect(decideWindowOpen(url), url).toEqual({ action: 'deny', openExternally: false });
      expect(isAllowedExternalUrl(url)).toBe(false);
    }
  });
});

describe('IPC adapter', () => {
  it('serves the app’s own frame and refuses any other sender', async () => {
    const t = await startTempBackend();
    try {
      const handle = createIpcHandler(t.backend);
      const call = { id: 5, method: 'system.health', input: {} };
      expect(await handle({ senderFrame: { url: 'app://postbag/index.html#/' } }, call)).toMatchObject({
        id: 5,
        ok: true,
      });
      for (const senderFrame of [{ url: 'https://evil.example/' }, { url: 'file:///tmp/x.html' }, null]) {
        expect(await handle({ senderFrame }, call)).toMatchObject({ id: 5, ok: false, error: { code: 'FORBIDDEN' } });
      }
    } finally {
      await t.close();
    }
  });
});

describe('IPC uploads', () => {
  it('stages the bytes the app’s own frame sends, and refuses any other sender or a call without a file', async () => {
    const t = await startTempBackend();
    try {
      const handle = createStageFileHandler(t.backend);
      const own = { senderFrame: { url: 'app://postbag/index.html#/' } };
      const bytes = new TextEncoder().encode('Name,Postcode\n');
      const reply = await handle(own, { fileName: 'signers.csv', bytes: bytes.buffer });
      expect(reply).toMatchObject({ ok: true, result: { fileName: 'signers.csv', sizeBytes: bytes.length } });
      if (reply.ok) {
        expect(fs.readFileSync(t.backend.context.staging.locate(reply.result.stagedFileId).path)).toEqual(
          Buffer.from(bytes),
        );
      }
      expect(
        await handle({ senderFrame: { url: 'https://evil.example/' } }, { fileName: 'x', bytes: bytes.buffer }),
      ).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(await handle(own, { fileName: 'x', bytes: 'not bytes' })).toMatchObject({
        ok: false,
        error: { code: 'BAD_REQUEST' },
      });
    } finally {
      await t.close();
    }
  });
});

describe('IPC downloads', () => {
  it('gives the app’s own frame a prepared file’s bytes once, and no other sender any', async () => {
    const t = await startTempBackend();
    try {
      const handle = createDownloadHandler(t.backend);
      const file = await offerDownload(t.backend.context.staging, Buffer.from('letter'), 'Letter.docx');
      const evil = await handle({ senderFrame: { url: 'https://evil.example/' } }, { downloadId: file.downloadId });
      expect(evil).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      const own = { senderFrame: { url: 'app://postbag/index.html#/' } };
      const reply = await handle(own, { downloadId: file.downloadId });
      expect(reply).toMatchObject({ ok: true, result: { fileName: 'Letter.docx', sizeBytes: 6 } });
      if (reply.ok) expect(Buffer.from(reply.result.content).toString()).toBe('letter');
      await vi.waitFor(async () =>
        expect(await handle(own, { downloadId: file.downloadId })).toMatchObject({
          ok: false,
          error: { code: 'NOT_FOUND' },
        }),
      );
    } finally {
      await t.close();
    }
  });
});

describe('IPC events', () => {
  it('sends the window other connections’ changes, never the echo of its own, and nothing once it is gone', () => {
    const sent: unknown[] = [];
    let destroyed = false;
    const forward = createEventForwarder(() => ({
      isDestroyed: () => destroyed,
      send: (channel, payload) => sent.push([channel, payload]),
    }));
    const changes = [{ entity: 'case' as const, id: 3 }];
    forward({ type: 'changed', changes, origin: 'desktop' });
    forward({ type: 'changed', changes, origin: 'job' });
    expect(sent).toEqual([['postbag:event', { type: 'changed', changes, origin: 'job' }]]);
    destroyed = true;
    forward({ type: 'changed', changes, origin: 'job' });
    expect(sent).toHaveLength(1);
  });
});

describe('app protocol', () => {
  it('serves the renderer with the CSP and nothing outside it', async () => {
    const dir = makeTempDir('postbag-app-');
    fs.writeFileSync(path.join(dir, 'index.html'), '<title>Postbag</title>');
    const handle = createAppProtocolHandler(dir);
    const page = await handle({ url: APP_ENTRY_URL });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toBe('<title>Postbag</title>');
    expect((await handle({ url: 'app://postbag/%2e%2e/%2e%2e/etc/passwd' })).status).toBe(404);
    expect((await handle({ url: 'app://other/index.html' })).status).toBe(404);
    expect((await handle({ url: 'app://postbag/missing.js' })).status).toBe(404);
  });
});

describe('native binding', () => {
  it('keeps the Electron build of better-sqlite3 apart from the Node build', () => {
    expect(
      electronNativeBindingPath({
        isPackaged: false,
        appPath: '/repo',
        resourcesPath: '/x',
        electronVersion: '45.4.1',
      }),
    ).toBe('/repo/.electron-native/better_sqlite3-electron-45.4.1.node');
    expect(
      electronNativeBindingPath({
        isPackaged: true,
        appPath: '/x',
        resourcesPath: '/opt/Postbag/resources',
        electronVersion: '45.4.1',
      }),
    ).toBe('/opt/Postbag/resources/native/better_sqlite3-electron-45.4.1.node');
  });
});
