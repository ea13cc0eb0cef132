import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatcher } from '../backend/dispatcher';
import { SECURITY_HEADERS } from '../contentSecurityPolicy';
import { contentTypeFor, resolveStaticPath } from '../staticFiles';
import { MAX_REQUEST_BYTES, UPLOAD_TOO_LARGE } from '../../shared/contract/uploads';
import type { ResponseEnvelope } from '../../shared/contract/envelope';
import { checkRequest, KEY_HEADER } from './requestGuard';

export const API_PATH = '/api';
/** An over-size body is read and thrown away up to this much, so the browser gets the 413; past it the connection goes. */
const MAX_DRAINED_BYTES = 4 * MAX_REQUEST_BYTES;

export interface BrowserHostOptions {
  dispatcher: Dispatcher;
  rendererDir: string;
  secret: string;
  /** 0 picks a free port. */
  port: number;
}

export interface BrowserHost {
  port: number;
  url: string;
  close(): Promise<void>;
}

function send(
  res: http.ServerResponse,
  status: number,
  body: string | Buffer,
  contentType: string,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, ...extra });
  res.end(body);
}

/** The body, or null when it is over the limit (then read to its end and dropped, so the 413 reaches the page). */
function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_DRAINED_BYTES) req.destroy();
      else if (size <= MAX_REQUEST_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_REQUEST_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const TOO_LARGE: ResponseEnvelope = { id: null, ok: false, error: { code: 'TOO_LARGE', message: UPLOAD_TOO_LARGE } };

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, dispatcher: Dispatcher) {
  if (req.method !== 'POST' || !(req.headers['content-type'] ?? '').startsWith('application/json')) {
    send(res, 405, 'POST application/json only', 'text/plain; charset=utf-8');
    return;
  }
  if (Number(req.headers['content-length']) > MAX_DRAINED_BYTES) {
    send(res, 413, JSON.stringify(TOO_LARGE), 'application/json; charset=utf-8', { Connection: 'close' });
    return;
  }
  const body = await readBody(req);
  if (body === null) {
    send(res, 413, JSON.stringify(TOO_LARGE), 'application/json; charset=utf-8');
    return;
  }
  let envelope: unknown;
  try {
    envelope = JSON.parse(body);
  } catch {
    envelope = undefined;
  }
  send(res, 200, JSON.stringify(await dispatcher.dispatch(envelope)), 'application/json; charset=utf-8');
}

function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, rendererDir: string, pathname: string) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
    return;
  }
  const file = resolveStaticPath(rendererDir, pathname);
  if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    return;
  }
  send(res, 200, fs.readFileSync(file), contentTypeFor(file));
}

/** The loopback HTTP host for the renderer and the API: same dispatcher as the desktop app. */
export function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  let port = options.port;
  const server = http.createServer((req, res) => {
    const verdict = checkRequest(
      {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        remoteAddress: req.socket.remoteAddress,
        host: req.headers.host,
        origin: req.headers.origin,
        key: req.headers[KEY_HEADER] as string | undefined,
      },
      { port, secret: options.secret },
      API_PATH,
    );
    if (verdict.kind === 'refuse') {
      send(res, verdict.status, verdict.reason, 'text/plain; charset=utf-8');
    } else if (verdict.kind === 'api') {
      handleApi(req, res, options.dispatcher).catch(() =>
        send(res, 500, 'Internal error', 'text/plain; charset=utf-8'),
      );
    } else {
      handleStatic(req, res, options.rendererDir, new URL(req.url ?? '/', 'http://placeholder').pathname);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        port,
        url: `http://127.0.0.1:${port}/?key=${options.secret}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
