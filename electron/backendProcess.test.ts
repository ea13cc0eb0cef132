import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTempDir } from '../test/support/tempBackend';
import { TEST_JOB_WORKER } from '../test/setup/jobWorker';
import { startBackend, type BackendOptions } from './backend/backend';
import { serveBackend } from './backend/backendProcess';
import type { FromBackend, MessageEnd, ToBackend } from './backend/backendProtocol';
import { BackendStartFailed, connectBackendProcess, type BackendProcessClient } from './backendProcessClient';
import type { ServerEvent } from '../shared/contract/events';

/** Two ends of a channel that copy each message as Electron's does (structured clone), delivered later. */
function channel(): { main: MessageEnd<FromBackend, ToBackend>; backend: MessageEnd<ToBackend, FromBackend> } {
  const toBackend = new EventEmitter();
  const toMain = new EventEmitter();
  return {
    main: {
      postMessage: (message) => setImmediate(() => toBackend.emit('message', structuredClone(message))),
      onMessage: (listener) => toMain.on('message', listener),
    },
    backend: {
      postMessage: (message) => setImmediate(() => toMain.emit('message', structuredClone(message))),
      onMessage: (listener) => toBackend.on('message', listener),
    },
  };
}

const host = (dataFile: string) => ({
  kind: 'desktop' as const,
  appVersion: '0.0.0-test',
  dataFile,
});
const startForTest = (options: BackendOptions) => startBackend({ ...options, jobWorkerScript: TEST_JOB_WORKER });

let client: BackendProcessClient | undefined;
afterEach(async () => {
  await client?.close();
  client = undefined;
});

describe('the backend in its own process', () => {
  it('answers calls and uploads, and passes events up, across the message boundary', async () => {
    const { main, backend } = channel();
    serveBackend(backend, startForTest);
    const dataFile = path.join(makeTempDir(), 'postbag.sqlite');
    client = await connectBackendProcess(main, { host: host(dataFile) });

    expect(await client.call({ id: 1, method: 'system.health', input: {} }, 'desktop')).toMatchObject({
      id: 1,
      ok: true,
      result: { status: 'ok' },
    });
    const staged = await client.stageFile(Buffer.from('Name,Postcode\n'), 'signers.csv');
    expect(staged).toMatchObject({ ok: true, result: { fileName: 'signers.csv', sizeBytes: 14 } });

    const setUp = await client.call(
      { id: 2, method: 'auth.setUp', input: { name: 'Sam Okoro', password: 'three random words' } },
      'desktop',
    );
    const { sessionToken } = (setUp as { result: { sessionToken: string } }).result;
    const heard: ServerEvent[] = [];
    client.subscribe((event) => heard.push(event));
    const created = await client.call(
      {
        session: sessionToken,
        id: 3,
        method: 'organisations.create',
        input: { name: 'Home Office', kind: 'government_department', replyTargetDays: 20 },
      },
      'tab:elsewhere',
    );
    expect(created).toMatchObject({ ok: true, changes: [{ entity: 'organisation' }] });
    await vi.waitFor(() => expect(heard).toMatchObject([{ type: 'changed', origin: 'tab:elsewhere' }]));
    expect(fs.existsSync(dataFile)).toBe(true);
  });

  it('says plainly why the data could not be opened', async () => {
    const { main, backend } = channel();
    serveBackend(backend, startForTest);
    const folderNotFile = makeTempDir();
    fs.mkdirSync(path.join(folderNotFile, 'postbag.sqlite'));
    const failure = await connectBackendProcess(main, { host: host(path.join(folderNotFile, 'postbag.sqlite')) }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(BackendStartFailed);
    expect((failure as Error).message).toMatch(/folder/);
    expect((failure as Error).message).not.toMatch(/at .*\.ts|Error:/);
  });

  it('runs from the entry Electron forks, on process.parentPort', async () => {
    const parentPort = new EventEmitter() as EventEmitter & { postMessage(message: FromBackend): void };
    const posted: FromBackend[] = [];
    parentPort.postMessage = (message) => posted.push(message);
    vi.stubGlobal('process', Object.assign(Object.create(process), { parentPort }));
    try {
      vi.resetModules();
      await import('./backendProcessEntry');
      const dataFile = path.join(makeTempDir(), 'postbag.sqlite');
      parentPort.emit('message', { data: { kind: 'start', options: { host: host(dataFile) } } });
      await vi.waitFor(() => expect(posted).toContainEqual({ kind: 'started' }), { timeout: 5_000 });
      parentPort.emit('message', {
        data: { kind: 'call', id: 7, envelope: { id: 7, method: 'system.health', input: {} }, origin: 'desktop' },
      });
      await vi.waitFor(() => expect(posted).toContainEqual(expect.objectContaining({ kind: 'reply', id: 7 })));
      parentPort.emit('message', { data: { kind: 'stop' } });
      await vi.waitFor(() => expect(posted).toContainEqual({ kind: 'stopped' }));
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
