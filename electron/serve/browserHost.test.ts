import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, startTempBackend, type TempBackend } from '../../test/support/tempBackend';
import { LATEST_SCHEMA_VERSION } from '../backend/db/migrations';
import { CONTENT_SECURITY_POLICY } from '../contentSecurityPolicy';
import { startBrowserHost, type BrowserHost } from './browserHost';
import { checkRequest, isLoopbackAddress, sessionCookieName } from './requestGuard';

const SECRET = 'test-secret-abcdefghijklmnopqrstuvwxyz';
let t: TempBackend;
let host: BrowserHost;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request, so the Host header and cookies are exactly what the test says. */
function request(options: {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
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

const cookie = () => `${sessionCookieName(host.port)}=${SECRET}`;
const ownHost = () => `127.0.0.1:${host.port}`;

beforeAll(async () => {
  t = await startTempBackend();
  const rendererDir = makeTempDir('postbag-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Postbag</title>');
  host = await startBrowserHost({ dispatcher: t.backend.dispatcher, rendererDir, secret: SECRET, port: 0 });
});
afterAll(async () => {
  await host.close();
  await t.close();
});

describe('browser host', () => {
  it('prints a loopback URL carrying the secret', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?key=${SECRET}`);
  });

  it('refuses requests without the secret', async () => {
    const reply = await request({ path: '/', headers: { Host: ownHost() } });
    expect(reply.status).toBe(401);
    const api = await request({
      path: '/api',
      method: 'POST',
      headers: { Host: ownHost(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: 1, method: 'system.health', input: {} }),
    });
    expect(api.status).toBe(401);
    expect(api.body).not.toContain('schemaVersion');
  });

  it('refuses a wrong secret in the URL or the cookie', async () => {
    expect((await request({ path: '/?key=guess', headers: { Host: ownHost() } })).status).toBe(401);
    const wrongCookie = `${sessionCookieName(host.port)}=${SECRET.slice(0, -1)}x`;
    expect((await request({ path: '/', headers: { Host: ownHost(), Cookie: wrongCookie } })).status).toBe(401);
  });

  it('refuses a foreign Host header even with the secret (DNS rebinding)', async () => {
    const reply = await request({ path: '/', headers: { Host: `evil.example:${host.port}`, Cookie: cookie() } });
    expect(reply.status).toBe(421);
  });

  it('refuses API calls from another origin', async () => {
    const reply = await request({
      path: '/api',
      method: 'POST',
      headers: { Host: ownHost(), Cookie: cookie(), Origin: 'http://evil.example', 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: 1, method: 'system.health', input: {} }),
    });
    expect(reply.status).toBe(403);
  });

  it('signs in with the launch URL: an HttpOnly, SameSite=Strict cookie, then the app', async () => {
    const reply = await request({ path: `/?key=${SECRET}`, headers: { Host: ownHost() } });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    expect(reply.headers['set-cookie']?.[0]).toBe(`${cookie()}; HttpOnly; SameSite=Strict; Path=/`);
  });

  it('serves the renderer with the CSP and other security headers', async () => {
    const reply = await request({ path: '/', headers: { Host: `localhost:${host.port}`, Cookie: cookie() } });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>Postbag</title>');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('does not serve files outside the renderer folder', async () => {
    for (const evil of ['/../package.json', '/..%2fpackage.json', '/%2e%2e/%2e%2e/etc/passwd']) {
      const reply = await request({ path: evil, headers: { Host: ownHost(), Cookie: cookie() } });
      expect(reply.status, evil).toBe(404);
    }
  });

  it('carries the API envelope to the dispatcher', async () => {
    const reply = await request({
      path: '/api',
      method: 'POST',
      headers: { Host: ownHost(), Cookie: cookie(), Origin: `http://${ownHost()}`, 'Content-Type': 'application/json' },
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
      headers: { Host: ownHost(), Cookie: cookie(), 'Content-Type': 'application/json' },
      body: '{not json',
    });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });
});

describe('request guard', () => {
  const base = {
    method: 'GET',
    url: '/',
    host: '127.0.0.1:5000',
    origin: undefined,
    cookie: `${sessionCookieName(5000)}=s3cret`,
  };
  const identity = { port: 5000, secret: 's3cret' };

  it('refuses peers that are not on this computer', () => {
    for (const remoteAddress of ['192.168.1.20', '10.0.0.5', '::ffff:8.8.8.8', '2001:db8::1', undefined]) {
      expect(checkRequest({ ...base, remoteAddress }, identity)).toMatchObject({ kind: 'refuse', status: 403 });
    }
  });

  it('accepts loopback peers in every spelling', () => {
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.0.0.2']) {
      expect(isLoopbackAddress(address)).toBe(true);
      expect(checkRequest({ ...base, remoteAddress: address }, identity)).toEqual({ kind: 'allow' });
    }
  });

  it('refuses a missing Host header or another port', () => {
    expect(checkRequest({ ...base, remoteAddress: '127.0.0.1', host: undefined }, identity)).toMatchObject({
      status: 421,
    });
    expect(checkRequest({ ...base, remoteAddress: '127.0.0.1', host: '127.0.0.1:5001' }, identity)).toMatchObject({
      status: 421,
    });
  });
});
