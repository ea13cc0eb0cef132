import fs from 'node:fs';
import http from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { BackendPort } from '../backend/backend';
import { SECURITY_HEADERS } from '../contentSecurityPolicy';
import { contentTypeFor, resolveStaticPath } from '../staticFiles';
import {
  MAX_REQUEST_BYTES,
  MAX_UPLOAD_BYTES,
  REQUEST_TOO_LARGE,
  UPLOAD_TOO_LARGE,
  type StageReply,
} from '../../shared/contract/uploads';
import type { ResponseEnvelope } from '../../shared/contract/envelope';
import { isForConnection } from '../../shared/contract/events';
import { checkRequest, KEY_HEADER, type GuardedRequest } from './requestGuard';
import { EVENTS_PROTOCOL, keyFromProtocols, TAB_HEADER, tabOrigin } from './connectionIdentity';

export const API_PATH = '/api';
export const EVENTS_PATH = '/events';
export const UPLOAD_PATH = '/upload';
export const DOWNLOAD_PATH = '/download';
const KEYED_PATHS = [API_PATH, EVENTS_PATH, UPLOAD_PATH, DOWNLOAD_PATH];
/** The upload's own name travels URI-encoded in this header; its bytes are the request body. */
export const FILE_NAME_HEADER = 'x-postbag-file-name';
/** An over-size body is read and thrown away up to this much, so the browser gets the 413; past it the connection goes. */
const MAX_DRAINED_BYTES = 4 * MAX_REQUEST_BYTES;

export interface BrowserHostOptions {
  backend: BackendPort;
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

const TOO_LARGE: ResponseEnvelope = { id: null, ok: false, error: { code: 'TOO_LARGE', message: REQUEST_TOO_LARGE } };

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, backend: BackendPort) {
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
  const reply = await backend.call(envelope, tabOrigin(req.headers[TAB_HEADER]));
  send(res, 200, JSON.stringify(reply), 'application/json; charset=utf-8');
}

/** An upload: the body's bytes stream into the staging area; the page gets the staged file's id. */
async function handleUpload(req: http.IncomingMessage, res: http.ServerResponse, backend: BackendPort) {
  const reply = (result: StageReply, status: number) =>
    send(
      res,
      status,
      JSON.stringify(result),
      'application/json; charset=utf-8',
      status === 413 ? { Connection: 'close' } : {},
    );
  if (req.method !== 'POST') {
    send(res, 405, 'POST only', 'text/plain; charset=utf-8');
    return;
  }
  if (Number(req.headers['content-length']) > MAX_UPLOAD_BYTES) {
    reply({ ok: false, error: { code: 'TOO_LARGE', message: UPLOAD_TOO_LARGE } }, 413);
    return;
  }
  let fileName: string;
  try {
    fileName = decodeURIComponent(String(req.headers[FILE_NAME_HEADER] ?? ''));
  } catch {
    fileName = '\u0000';
  }
  const staged = await backend.stageFile(req, fileName);
  reply(staged, staged.ok ? 200 : staged.error.code === 'TOO_LARGE' ? 413 : 400);
}

/** A prepared download, streamed from the staging area (`?id=`); the page saves what arrives. */
async function handleDownload(req: http.IncomingMessage, res: http.ServerResponse, backend: BackendPort) {
  if (req.method !== 'GET') {
    send(res, 405, 'GET only', 'text/plain; charset=utf-8');
    return;
  }
  const downloadId = new URL(req.url ?? '/', 'http://placeholder').searchParams.get('id');
  const opened = await backend.openDownload(downloadId);
  if (!opened.ok) {
    send(res, opened.error.code === 'NOT_FOUND' ? 404 : 400, JSON.stringify(opened), 'application/json; charset=utf-8');
    return;
  }
  const { fileName, sizeBytes, content } = opened.result;
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/octet-stream',
    'Content-Length': String(sizeBytes),
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  });
  await pipeline(Readable.from(content), res);
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

/** The events channel: every server event goes to the tab, as JSON, until it closes. */
function streamEvents(socket: WebSocket, backend: BackendPort, origin: string) {
  const stop = backend.subscribe((event) => {
    if (socket.readyState === socket.OPEN && isForConnection(event, origin)) socket.send(JSON.stringify(event));
  });
  socket.on('close', stop);
  socket.on('error', stop);
  // The page only listens.
  socket.on('message', () => socket.close(1008, 'This channel only carries events to the page.'));
}

function guardedRequest(req: http.IncomingMessage, key: string | undefined): GuardedRequest {
  return {
    method: req.method ?? 'GET',
    url: req.url ?? '/',
    remoteAddress: req.socket.remoteAddress,
    host: req.headers.host,
    origin: req.headers.origin,
    key,
  };
}

/** The loopback HTTP host for the renderer, the API and the events channel (WebSocket): same backend as the desktop app. */
export function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  let port = options.port;
  const identity = () => ({ port, secret: options.secret });
  const server = http.createServer((req, res) => {
    const verdict = checkRequest(
      guardedRequest(req, req.headers[KEY_HEADER] as string | undefined),
      identity(),
      KEYED_PATHS,
    );
    if (verdict.kind === 'refuse') {
      send(res, verdict.status, verdict.reason, 'text/plain; charset=utf-8');
    } else if (verdict.kind === 'keyed' && verdict.path === API_PATH) {
      handleApi(req, res, options.backend).catch(() => send(res, 500, 'Internal error', 'text/plain; charset=utf-8'));
    } else if (verdict.kind === 'keyed' && verdict.path === DOWNLOAD_PATH) {
      handleDownload(req, res, options.backend).catch(() => res.destroy());
    } else if (verdict.kind === 'keyed' && verdict.path === UPLOAD_PATH) {
      handleUpload(req, res, options.backend).catch(() =>
        send(res, 500, 'Internal error', 'text/plain; charset=utf-8'),
      );
    } else if (verdict.kind === 'keyed') {
      send(res, 426, 'Open this with a WebSocket.', 'text/plain; charset=utf-8');
    } else {
      handleStatic(req, res, options.rendererDir, new URL(req.url ?? '/', 'http://placeholder').pathname);
    }
  });

  // A page cannot set headers on a WebSocket: the key rides in the subprotocol list, and a browser always sends Origin.
  const events = new WebSocketServer({ noServer: true, handleProtocols: () => EVENTS_PROTOCOL });
  server.on('upgrade', (req, socket, head) => {
    const key = keyFromProtocols(req.headers['sec-websocket-protocol']);
    const verdict = checkRequest(guardedRequest(req, key), identity(), KEYED_PATHS);
    if (verdict.kind !== 'keyed' || verdict.path !== EVENTS_PATH || req.headers.origin === undefined) {
      const status = verdict.kind === 'refuse' ? verdict.status : 403;
      socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nConnection: close\r\n\r\n`);
      return;
    }
    const origin = tabOrigin(new URL(req.url ?? '/', 'http://placeholder').searchParams.get('tab') ?? undefined);
    events.handleUpgrade(req, socket, head, (ws) => streamEvents(ws, options.backend, origin));
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
            for (const client of events.clients) client.terminate();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
