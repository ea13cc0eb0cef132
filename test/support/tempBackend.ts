import { buffer } from 'node:stream/consumers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApiClient } from '../../shared/contract/client';
import { ApiCallError } from '../../shared/contract/errors';
import type { JobMethod, JobOutput, MethodInput } from '../../shared/contract/api';
import { runJob } from '../../shared/contract/runJob';
import type { DownloadFile } from '../../shared/contract/uploads';
import { sessionClient, signedInClient, TEST_PASSWORD } from './signedInClient';
import { startBackend, type Backend } from '../../electron/backend/backend';
import { TEST_JOB_WORKER } from '../setup/jobWorker';
import type { Engine } from '../../electron/backend/db/store';
import type { StaffRole } from '../../shared/contract/staff';
import { freshPostgresDatabase } from './postgres';

export interface TempBackend {
  backend: Backend;
  api: ApiClient;
  dir: string;
  dataFile: string;
  engine: Engine;
  /** The PostgreSQL database it runs on (office mode). */
  officeDatabaseUrl: string | undefined;
  /** Runs a long job as the page would (start it, wait for its end) and gives its result. */
  job<M extends JobMethod>(method: M, input: MethodInput<M>): Promise<JobOutput<M>>;
  /** Fetches a prepared download's bytes as the page would. */
  download(file: DownloadFile): Promise<Buffer>;
  /** Stages an upload as the page would, and gives its id for the call that uses it. */
  stage(bytes: Uint8Array, fileName?: string): Promise<string>;
  /** A client signed in as this staff member (created with that role when new), on its own connection. */
  signedInAs(name: string, role: StaffRole, origin?: string): Promise<ApiClient>;
  /** The first administrator's session token (what `api` sends). */
  session: string;
  /** A client that has not signed in. */
  anonymous: ApiClient;
  /** Moves the backend's clock; starts at `start`. */
  setNow(iso: string): void;
  close(): Promise<void>;
}

export function makeTempDir(prefix = 'postbag-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TempBackendOptions {
  start?: string;
  dir?: string;
  /** The engine the backend runs on: a fresh SQLite file in `dir`, or a fresh database on the test's PostgreSQL server. */
  engine?: Engine;
  /** The first administrator's name (the actor on what `api` does); 'Test User' unless given. */
  staffName?: string;
  /** An existing office database to share (a second laptop), instead of a fresh one. */
  officeDatabaseUrl?: string;
  /** Solo mode's daily backup and the one on closing, as the desktop app and the browser host have them. */
  automaticBackups?: boolean;
  /** Erasing what the retention schedule makes due at start and daily, when the office has turned that on. */
  erasureWithoutReview?: boolean;
}

/**
 * A real backend on a real database (a SQLite file in a fresh temp folder, or a fresh PostgreSQL
 * database), reached through the in-process transport.
 */
export async function startTempBackend(options: TempBackendOptions = {}): Promise<TempBackend> {
  const { dir = makeTempDir(), engine = options.officeDatabaseUrl ? 'postgres' : 'sqlite' } = options;
  let now = new Date(options.start ?? '2026-11-24T10:00:00.000Z');
  const dataFile = path.join(dir, 'postbag.sqlite');
  const fresh = engine === 'postgres' && !options.officeDatabaseUrl ? await freshPostgresDatabase() : null;
  const officeDatabaseUrl = options.officeDatabaseUrl ?? fresh?.url;
  const logged: unknown[] = [];
  const backend = await startBackend({
    officeDatabaseUrl,
    host: { kind: 'browser', appVersion: '0.0.0-test', dataFile },
    jobWorkerScript: TEST_JOB_WORKER,
    automaticBackups: options.automaticBackups,
    erasureWithoutReview: options.erasureWithoutReview,
    clock: () => now,
    logError: (_method, error) => {
      logged.push(error);
      if (process.env.POSTBAG_TEST_LOG) console.error(_method, error);
    },
  });
  const { api, token } = await signedInClient(backend, options.staffName ?? 'Test User');
  return {
    session: token,
    backend,
    api,
    dir,
    dataFile,
    engine,
    officeDatabaseUrl,
    job: async (method, input) => (await runJob(api, method, input)).result,
    download: async (file) => {
      const opened = await backend.openDownload(file.downloadId);
      if (!opened.ok) throw new ApiCallError(opened.error);
      return buffer(opened.result.content);
    },
    stage: async (bytes, fileName = 'upload') => {
      const reply = await backend.stageFile(bytes, fileName);
      if (!reply.ok) throw new ApiCallError(reply.error);
      return reply.result.stagedFileId;
    },
    setNow: (iso) => (now = new Date(iso)),
    signedInAs: async (name, role, origin) => {
      const existing = (await api('staff.list', {})).find((member) => member.name === name);
      if (!existing) await api('staff.create', { name, role, password: TEST_PASSWORD });
      return (await signedInClient(backend, name, origin)).api;
    },
    anonymous: sessionClient(backend, {}),
    close: async () => {
      await backend.close();
      await fresh?.drop();
    },
  };
}
