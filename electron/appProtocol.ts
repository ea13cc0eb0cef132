import fs from 'node:fs/promises';
import { SECURITY_HEADERS } from './contentSecurityPolicy';
import { APP_HOST } from './navigationGuards';
import { contentTypeFor, resolveStaticPath } from './staticFiles';

/** Serves the built renderer on `app://postbag/…` with the app's CSP; `protocol.handle` takes it as is. */
export function createAppProtocolHandler(rendererDir: string) {
  return async (request: { url: string }): Promise<Response> => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveStaticPath(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    try {
      const body = await fs.readFile(file);
      return new Response(body, { headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) } });
    } catch {
      return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    }
  };
}
