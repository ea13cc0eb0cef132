import path from 'node:path';
import { openStore, type DatabaseLocation } from './db/store';
import { describeOfficeDatabase } from '../../shared/officeDatabaseUrl';
import type { ResponseEnvelope } from '../../shared/contract/envelope';
import type { BackendContext, Caller, HostInfo } from './context';
import { apiErrorOf, createDispatcher, type Dispatcher, type ErrorLogger } from './dispatcher';
import { createEventBus, type EventListener } from './eventBus';
import type { ServerEvent } from '../../shared/contract/events';
import { anonymousCaller, callerOf } from './domains/staff/staff.service';
import { rebuildSearchIndex, searchIndexOutOfDate } from './domains/search/search.service';
import { commandContext } from './unitOfWork';
import { createSessionStore } from './domains/staff/sessions';
import { handlers } from './handlers';
import { prepareDataFolder } from './db/dataFolder';
import { attachmentsFolder, tidyAttachmentsFolder } from './domains/attachments/attachmentFiles';
import { createStagingArea } from './files/stagingArea';
import { createJobRunner } from './jobs/jobRunner';
import { uploadFileNameSchema, type DownloadReply, type StageReply } from '../../shared/contract/uploads';
import { createReadStream } from 'node:fs';
import { scheduleAutomaticBackups } from './domains/backups/automaticBackups';
import { retentionSchedule } from './domains/dataProtection/retention.service';
import { RETENTION_SCHEDULE_CALLER, scheduleErasureWithoutReview } from './domains/dataProtection/scheduledErasure';
import { reapplyErasuresSince, swapInPendingRestore } from './domains/backups/restoreAtStart';

export interface BackendOptions {
  host: HostInfo;
  /** Office mode: the office's PostgreSQL database (a connection string); solo mode (the SQLite file) without it. */
  officeDatabaseUrl?: string;
  /** Path to a better_sqlite3.node built for the running runtime (Electron uses its own build). */
  nativeBinding?: string;
  /** The bundled job worker; beside the bundle that runs the backend unless told otherwise. */
  jobWorkerScript?: string;
  clock?: () => Date;
  logError?: ErrorLogger;
  /** Solo mode: a backup each day while running and one on closing (the desktop app and the browser host). */
  automaticBackups?: boolean;
  /** At start and daily: erase what the retention schedule makes due, when the office has turned that on. */
  erasureWithoutReview?: boolean;
}

/** What a transport needs: calls in, tagged with the connection they came on, and events out. */
export interface BackendPort {
  call(envelope: unknown, origin: string): Promise<ResponseEnvelope>;
  /** A prepared download's bytes as a stream, removed once read to the end; never throws. */
  openDownload(downloadId: unknown): Promise<DownloadReply<AsyncIterable<Uint8Array>>>;
  /** An upload's bytes, as they arrive, into the staging area; never throws. */
  stageFile(source: Uint8Array | AsyncIterable<Uint8Array>, fileName: unknown): Promise<StageReply>;
  subscribe(listener: EventListener): () => void;
}

export interface Backend extends BackendPort {
  dispatcher: Dispatcher;
  context: BackendContext;
  close(): Promise<void>;
}

/** The session token an envelope carries, if it is one (the dispatcher checks the envelope itself). */
function sessionOf(envelope: unknown): string | undefined {
  const session = (envelope as { session?: unknown } | null)?.session;
  return typeof session === 'string' ? session : undefined;
}

/** The origin of changes made on another laptop: every connection here hears them. */
const OFFICE_ORIGIN = 'office';
/** Work the backend does of itself, such as building the search index at start. */
const SYSTEM_ORIGIN = 'postbag';

const logToStderr: ErrorLogger = (method, error) => console.error(`[postbag] ${method} failed:`, error);

/** Opens the data file named by the host and wires the dispatcher; every transport sits on this. */
export async function startBackend(options: BackendOptions): Promise<Backend> {
  prepareDataFolder(path.dirname(options.host.dataFile));
  const location: DatabaseLocation = options.officeDatabaseUrl
    ? { engine: 'postgres', url: options.officeDatabaseUrl }
    : { engine: 'sqlite', file: options.host.dataFile };
  const events = createEventBus();
  const clock = options.clock ?? (() => new Date());
  const restored = location.engine === 'sqlite' ? await swapInPendingRestore(options.host, clock()) : null;
  const opened = await openStore(location, {
    nativeBinding: options.nativeBinding,
    heard: (changes) => events.emit({ type: 'changed', changes, origin: OFFICE_ORIGIN }),
  });
  /** This backend's own events; its changes are told to the office's other backends too. */
  const emit = (event: ServerEvent) => {
    events.emit(event);
    if (event.type === 'changed') opened.announce(event.changes);
  };
  if (opened.engine === 'sqlite') await tidyAttachmentsFolder(attachmentsFolder(options.host));
  const staging = createStagingArea(path.join(path.dirname(options.host.dataFile), 'staging'));
  await staging.clear();
  const jobs = createJobRunner(() => context, {
    workerScript: options.jobWorkerScript ?? path.join(__dirname, 'jobWorker.cjs'),
    database: location,
    nativeBinding: options.nativeBinding,
    emit,
    afterWrite: opened.afterWrite,
  });
  const context: BackendContext = {
    staging,
    jobs,
    db: opened.db,
    reader: opened.reader,
    engine: opened.engine,
    officeDatabase: options.officeDatabaseUrl && describeOfficeDatabase(options.officeDatabaseUrl),
    host: options.host,
    schemaVersion: opened.schemaVersion,
    sessions: createSessionStore(),
    clock,
  };
  if (await searchIndexOutOfDate(context.reader)) {
    await commandContext(context, anonymousCaller(SYSTEM_ORIGIN), []).unitOfWork(({ trx }) => rebuildSearchIndex(trx));
  }
  if (restored) {
    const restoring = { ...anonymousCaller(SYSTEM_ORIGIN), staffName: 'Postbag (restoring a backup)' };
    await reapplyErasuresSince(commandContext(context, restoring, []), restored, options.nativeBinding);
  }
  const logError = options.logError ?? logToStderr;
  const backups =
    options.automaticBackups && opened.engine === 'sqlite'
      ? scheduleAutomaticBackups(context, (error) => logError('backups.create', error))
      : null;
  const dispatcher = createDispatcher(context, handlers, {
    logError,
    afterCommand: opened.afterWrite,
    onChanges: (changes, caller) => emit({ type: 'changed', changes, origin: caller.origin }),
  });
  const erasing = options.erasureWithoutReview
    ? scheduleErasureWithoutReview(
        async () => {
          if (!(await retentionSchedule(context.reader)).eraseWithoutReview) return 0;
          const envelope = { id: 'retention-schedule', method: 'retention.eraseDue', input: {} };
          const reply = await dispatcher.dispatch(envelope, RETENTION_SCHEDULE_CALLER);
          if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
          return (reply.result as { erased: number }).erased;
        },
        (error) => logError('retention.eraseDue', error),
      )
    : null;
  return {
    dispatcher,
    context,
    call: async (envelope, origin) => {
      let caller: Caller;
      try {
        caller = await callerOf(context, sessionOf(envelope), origin);
      } catch (error) {
        const id = (envelope as { id?: unknown } | null)?.id;
        return {
          id: typeof id === 'number' || typeof id === 'string' ? id : null,
          ok: false,
          error: apiErrorOf(error, 'caller', logError),
        };
      }
      return dispatcher.dispatch(envelope, caller);
    },
    subscribe: events.subscribe,
    openDownload: async (downloadId) => {
      try {
        const file = staging.locate(downloadId as string);
        const content = createReadStream(file.path);
        // Fetched once: the copy goes when it has been read to the end (an interrupted one stays for another try).
        content.once('end', () => void staging.discard(file.stagedFileId).catch(() => undefined));
        return { ok: true, result: { fileName: file.fileName, sizeBytes: file.sizeBytes, content } };
      } catch (error) {
        return { ok: false, error: apiErrorOf(error, 'download', logError) };
      }
    },
    stageFile: async (source, fileName) => {
      try {
        return { ok: true, result: await staging.stage(source, uploadFileNameSchema.parse(fileName)) };
      } catch (error) {
        return { ok: false, error: apiErrorOf(error, 'upload', logError) };
      }
    },
    close: async () => {
      await erasing?.stop();
      await backups?.beforeClose();
      await jobs.close();
      await staging.clear();
      await opened.close();
    },
  };
}
