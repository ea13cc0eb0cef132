import crypto from 'node:crypto';

export interface GuardedRequest {
  method: string;
  url: string;
  remoteAddress: string | undefined;
  host: string | undefined;
  origin: string | undefined;
  /** The `X-Postbag-Key` header: the page's copy of the per-launch secret. */
  key: string | undefined;
}

export interface HostIdentity {
  port: number;
  secret: string;
}

export type GuardVerdict =
  /** The app's own files (code and styles, no data): any page on this computer may load them. */
  | { kind: 'static' }
  /** A call to one of the keyed paths (the API, the events channel) carrying the per-launch secret. */
  | { kind: 'keyed'; path: string }
  | { kind: 'refuse'; status: 401 | 403 | 421; reason: string };

/** The header the page sends the secret in; only script on our own origin can set it. */
export const KEY_HEADER = 'x-postbag-key';

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

function sameSecret(given: string | undefined | null, secret: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/**
 * The browser host's gate, as a pure function: loopback peers only, our own Host header
 * (DNS rebinding), same-origin API calls, and the per-launch secret on every API call.
 * The secret travels in a request header set by the page, never in a cookie: cookies are not
 * port-scoped, so a browser would hand one to any other server on 127.0.0.1.
 */
export function checkRequest(
  request: GuardedRequest,
  identity: HostIdentity,
  keyedPaths: readonly string[],
): GuardVerdict {
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
  const path = new URL(request.url, 'http://placeholder').pathname;
  if (!keyedPaths.includes(path)) return { kind: 'static' };
  if (sameSecret(request.key, identity.secret)) return { kind: 'keyed', path };
  return {
    kind: 'refuse',
    status: 401,
    reason: 'Open Postbag from the address printed when it started (it carries a key that changes each launch).',
  };
}
