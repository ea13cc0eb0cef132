import crypto from 'node:crypto';

export interface GuardedRequest {
  method: string;
  url: string;
  remoteAddress: string | undefined;
  host: string | undefined;
  origin: string | undefined;
  cookie: string | undefined;
}

export interface HostIdentity {
  port: number;
  secret: string;
}

export type GuardVerdict =
  | { kind: 'allow' }
  /** The launch URL with the right key: set the session cookie and redirect to the app. */
  | { kind: 'sign_in' }
  | { kind: 'refuse'; status: 401 | 403 | 421; reason: string };

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function sessionCookieName(port: number): string {
  return `postbag_session_${port}`;
}

function sameSecret(given: string | undefined | null, secret: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/**
 * The browser host's gate, as a pure function: loopback peers only, our own Host header
 * (DNS rebinding), same-origin API calls, and the per-launch secret (URL once, then cookie).
 */
export function checkRequest(request: GuardedRequest, identity: HostIdentity): GuardVerdict {
  if (!isLoopbackAddress(request.remoteAddress)) {
    return { kind: 'refuse', status: 403, reason: 'Postbag only answers this computer.' };
  }
  const hosts = allowedHosts(identity.port);
  if (!request.host || !hosts.includes(request.host.toLowerCase())) {
    return { kind: 'refuse', status: 421, reason: 'Unexpected Host header.' };
  }
  if (request.origin !== undefined && !hosts.some((host) => request.origin === `http://${host}`)) {
    return { kind: 'refuse', status: 403, reason: 'Requests from other sites are refused.' };
  }
  if (sameSecret(cookieValue(request.cookie, sessionCookieName(identity.port)), identity.secret)) {
    return { kind: 'allow' };
  }
  const url = new URL(request.url, 'http://placeholder');
  if (request.method === 'GET' && url.pathname === '/' && sameSecret(url.searchParams.get('key'), identity.secret)) {
    return { kind: 'sign_in' };
  }
  return {
    kind: 'refuse',
    status: 401,
    reason: 'Open Postbag from the address printed when it started (it carries a key that changes each launch).',
  };
}
