import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { offerDownload } from '../backend/files/offerDownload';
import { makeTempDir, startTempBackend, type TempBackend } from '../../test/support/tempBackend';
import { LATEST_SCHEMA_VERSION } from '../backend/db/migrations';
import { CONTENT_SECURITY_POLICY } from '../contentSecurityPolicy';
import { startBrowserHost, type BrowserHost } from './browserHost';
import {
  MAX_REQUEST_BYTES,
  MAX_UPLOAD_BYTES,
  REQUEST_TOO_LARGE,
  UPLOAD_TOO_LARGE,
} from '../../shared/contract/uploads';
import { API_PATH, EVENTS_PATH, FILE_NAME_HEADER } from './browserHost';
import { EVENTS_PROTOCOL, TAB_HEADER } from './connectionIdentity';
import WebSocket from 'ws';
import type { ServerEvent } from '../../shared/contract/events';
import { checkRequest, isLoopbackAddress, KEY_HEADER } from './requestGuard';

const SECRET = 'test-secret-abcdefghijklmnopqrstuvwxyz';
let t: TempBackend;
let host: BrowserHost;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request, so the Host header and the key are exactly what the test says. */
function request(options: {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const key = { [KEY_HEADER]: SECRET };
const ownHost = () => `127.0.0.1:${host.port}`;

beforeAll(async () => {
  t = await startTempBackend();
  const rendererDir = makeTempDir('postbag-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Postbag</title>');
  host = await startBrowserHost({ backend: t.backend, rendererDir, secret: SECRET, port: 0 });
});
afterAll(async () => {
  await host.close();
  await t.close();
});

describe('browser host', () => {
  it('prints a loopback URL carrying the secret', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?key=${SECRET}`);
  });

  it('refuses API calls without the key, or with a wrong one', async () => {
    const wrongKeys: Record<string, string>[] = [{}, { [KEY_HEADER]: `${SECRET.slice(0, -1)}x` }, { [KEY_HEADER]: '' }];
    for (const headers of wrongKeys) {
      const api = await request({
        path: '/api',
        method: 'POST',
        headers: { Host: ownHost(), 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ id: 1, method: 'system.health', input: {} }),
      });
      expect(api.status).toBe(401);
      expect(api.body).not.toContain('schemaVersion');
    }
  });

  it('never sets a cookie: a cookie would reach every other server on 127.0.0.1', async () => {
    for (const path of ['/', `/?key=${SECRET}`, '/api']) {
      const reply = await request({ path, headers: { Host: ownHost(), ...key } });
      expect(reply.headers['set-cookie'], path).toBeUndefined();
    }
  });

  it('refuses a foreign Host header even with the key (DNS rebinding)', async () => {
    const reply = await request({ path: '/', headers: { Host: `evil.example:${host.port}`, ...key } });
    expect(reply.status).toBe(421);
  });

  it('refuses API calls from another origin', async () => {
    const reply = await request({
      path: '/api',
      method: 'POST',
      headers: { Host: ownHost(), ...key, Origin: 'http://evil.example', 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: 1, method: 'system.health', input: {} }),
    });
    expect(reply.status).toBe(403);
  });

  it('serves the renderer (code, no data) with the CSP and other security headers', async () => {
    const reply = await request({ path: '/', headers: { Host: `localhost:${host.port}` } });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>Postbag</title>');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers an API body over the limit with 413 and an envelope the page can show', async () => {
    const reply = await request({
      path: '/api',
      method: 'POST',
      headers: { Host: ownHost(), ...key, 'Content-Type': 'application/json' },
      body: `{"id":1,"method":"cases.addNote","input":{"caseId":1,"body":"${'A'.repeat(MAX_REQUEST_BYTES)}"}}`,
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toEqual({
      id: null,
      ok: false,
      error: { code: 'TOO_LARGE', message: REQUEST_TOO_LARGE },
    });
  });

  const upload = (body: Buffer, fileName: string, headers: Record<string, string> = key) =>
    request({
      path: '/upload',
      method: 'POST',
      headers: { Host: ownHost(), ...headers, [FILE_NAME_HEADER]: encodeURIComponent(fileName) },
      body,
    });

  it('stages an upload’s bytes as they are, owner-only, under an id the calls then use', async () => {
    const bytes = Buffer.from('Name,Postcode\nZoë Brontë,RM9 6XX\n', 'utf8');
    const reply = await upload(bytes, 'signers – Zoë.csv');
    expect(reply.status).toBe(200);
    const staged = JSON.parse(reply.body) as {
      ok: true;
      result: { stagedFileId: string; fileName: string; sizeBytes: number };
    };
    expect(staged).toMatchObject({ ok: true, result: { fileName: 'signers – Zoë.csv', sizeBytes: bytes.length } });
    const located = t.backend.context.staging.locate(staged.result.stagedFileId);
    expect(fs.readFileSync(located.path)).toEqual(bytes);
    expect(fs.statSync(located.path).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(located.path)).mode & 0o777).toBe(0o700);
    expect(path.basename(located.path)).toBe(staged.result.stagedFileId);
  });

  it('streams a prepared download once, with its name, and only with the key', async () => {
    const bytes = Buffer.from('%PDF-1.7 the reply');
    const file = await offerDownload(t.backend.context.staging, bytes, 'Home Office reply – 12 Jan.pdf');
    const path = `/download?id=${file.downloadId}`;
    expect((await request({ path, headers: { Host: ownHost() } })).status).toBe(401);
    const reply = await request({ path, headers: { Host: ownHost(), ...key } });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(bytes.toString());
    expect(reply.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('Home Office reply – 12 Jan.pdf')}`,
    );
    expect(reply.headers['content-length']).toBe(String(bytes.length));
    await vi.waitFor(async () =>
      expect((await request({ path, headers: { Host: ownHost(), ...key } })).status).toBe(404),
    );
  });

  it('refuses an upload without the key, over the limit, or with a file name a file cannot have', async () => {
    expect((await upload(Buffer.from('x'), 'a.csv', {})).status).toBe(401);
    const tooBig = await request({
      path: '/upload',
      method: 'POST',
      headers: { Host: ownHost(), ...key, 'Content-Length': String(MAX_UPLOAD_BYTES + 1) },
    });
    expect(tooBig.status).toBe(413);
    expect(JSON.parse(tooBig.body)).toEqual({ ok: false, error: { code: 'TOO_LARGE', message: UPLOAD_TOO_LARGE } });
    expect(UPLOAD_TOO_LARGE).toBe('The file is too large (50 MB at most).');
    const badName = await upload(Buffer.from('x'), 'a\u0007.csv');
    expect(badName.status).toBe(400);
    expect(JSON.parse(badName.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('does not serve files outside the renderer folder', async () => {
    for (const evil of ['/../package.json', '/..%2fpackage.json', '/%2e%2e/%2e%2e/etc/passwd']) {
      const reply = await request({ path: evil, headers: { Host: ownHost(), ...key } });
      expect(reply.status, evil).toBe(404);
    }
  });

  it('carries the API envelope to the dispatcher', async () => {
    const reply = await request({
      path: '/api',
      method: 'POST',
      headers: { Host: ownHost(), ...key, Origin: `http://${ownHost()}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: 7, method: 'system.health', input: {} }),
    });
    expect(JSON.parse(reply.body)).toEqual({
      id: 7,
      ok: true,
      result: { status: 'ok', appVersion: '0.0.0-test', schemaVersion: LATEST_SCHEMA_VERSION, today: '2026-11-24' },
    });
  });

  it('answers a body that is not JSON with BAD_REQUEST', async () => {
    const reply = await request({
      path: '/api',
      method: 'POST',
      headers: { Host: ownHost(), ...key, 'Content-Type': 'application/json' },
      body: '{not json',
    });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });
});

/** Opens the events channel as a page would: the key among the offered subprotocols, with our Origin. */
function openEvents(options: { key?: string; origin?: string; host?: string; tab?: string } = {}) {
  const protocols = [EVENTS_PROTOCOL, ...(options.key === undefined ? [] : [`key.${options.key}`])];
  const socket = new WebSocket(
    `ws://127.0.0.1:${host.port}${EVENTS_PATH}?tab=${options.tab ?? 'tab-events-0001'}`,
    protocols,
    {
      headers: { Host: options.host ?? ownHost() },
      origin: options.origin ?? `http://${ownHost()}`,
    },
  );
  const heard: ServerEvent[] = [];
  socket.on('message', (data) => heard.push(JSON.parse(String(data)) as ServerEvent));
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    socket.once('error', reject);
  });
  return { socket, heard, opened };
}

function apiCall(envelope: unknown, tab: string) {
  return request({
    path: '/api',
    method: 'POST',
    headers: { Host: ownHost(), ...key, [TAB_HEADER]: tab, 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...(envelope as object), session: t.session }),
  });
}

describe('events channel', () => {
  it('tells a tab what another tab changed, and does not echo a tab’s own changes back to it', async () => {
    const mine = openEvents({ key: SECRET, tab: 'tab-events-0001' });
    const other = openEvents({ key: SECRET, tab: 'tab-events-0002' });
    await Promise.all([mine.opened, other.opened]);
    expect(mine.socket.protocol).toBe(EVENTS_PROTOCOL);
    const reply = await apiCall(
      {
        id: 1,
        method: 'organisations.create',
        input: { name: 'Home Office', kind: 'government_department', replyTargetDays: 20 },
      },
      'tab-events-0001',
    );
    const { result, changes } = JSON.parse(reply.body) as { result: { id: number }; changes: unknown };
    expect(changes).toEqual([{ entity: 'organisation', id: result.id }]);
    await expect
      .poll(() => other.heard, { timeout: 2_000 })
      .toEqual([
        { type: 'changed', changes: [{ entity: 'organisation', id: result.id }], origin: 'tab:tab-events-0001' },
      ]);
    expect(mine.heard).toEqual([]);
    mine.socket.close();
    other.socket.close();
  });

  it('refuses a connection without the key, from another site, or under another Host', async () => {
    await expect(openEvents().opened).rejects.toThrow('HTTP 401');
    await expect(openEvents({ key: 'wrong-key' }).opened).rejects.toThrow('HTTP 401');
    await expect(openEvents({ key: SECRET, origin: 'http://evil.example' }).opened).rejects.toThrow('HTTP 403');
    await expect(openEvents({ key: SECRET, host: 'evil.example:80' }).opened).rejects.toThrow('HTTP 421');
  });
});

describe('request guard', () => {
  const base = { method: 'GET', url: '/api', host: '127.0.0.1:5000', origin: undefined, key: 's3cret' };
  const identity = { port: 5000, secret: 's3cret' };

  it('refuses peers that are not on this computer', () => {
    for (const remoteAddress of ['192.168.1.20', '10.0.0.5', '::ffff:8.8.8.8', '2001:db8::1', undefined]) {
      expect(checkRequest({ ...base, remoteAddress }, identity, [API_PATH])).toMatchObject({
        kind: 'refuse',
        status: 403,
      });
    }
  });

  it('accepts loopback peers in every spelling', () => {
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.0.0.2']) {
      expect(isLoopbackAddress(address)).toBe(true);
      expect(checkRequest({ ...base, remoteAddress: address }, identity, [API_PATH])).toEqual({
        kind: 'keyed',
        path: API_PATH,
      });
    }
  });

  it('lets the app files through without the key, never the API', () => {
    const remoteAddress = '127.0.0.1';
    expect(checkRequest({ ...base, remoteAddress, url: '/', key: undefined }, identity, [API_PATH])).toEqual({
      kind: 'static',
    });
    expect(
      checkRequest({ ...base, remoteAddress, url: '/api?x=1', key: undefined }, identity, [API_PATH]),
    ).toMatchObject({
      status: 401,
    });
  });

  it('refuses a missing Host header or another port', () => {
    expect(checkRequest({ ...base, remoteAddress: '127.0.0.1', host: undefined }, identity, [API_PATH])).toMatchObject({
      status: 421,
    });
    expect(
      checkRequest({ ...base, remoteAddress: '127.0.0.1', host: '127.0.0.1:5001' }, identity, [API_PATH]),
    ).toMatchObject({ status: 421 });
  });
});
