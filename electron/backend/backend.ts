import path from 'node:path';
import { openDatabase, type OpenedDatabase, type OpenOptions } from './db/connection';
import type { ResponseEnvelope } from '../../shared/contract/envelope';
import type { BackendContext, Caller, HostInfo } from './context';
import { createDispatcher, type Dispatcher, type ErrorLogger } from './dispatcher';
import { createEventBus, type EventListener } from './eventBus';
import { localStaffName } from './domains/settings/settings.service';
import { handlers } from './handlers';
import { prepareDataFolder } from './db/dataFolder';
import { attachmentsFolder, tidyAttachmentsFolder } from './domains/attachments/attachmentFiles';

export interface BackendOptions extends Pick<OpenOptions, 'nativeBinding'> {
  host: HostInfo;
  clock?: () => Date;
  logError?: ErrorLogger;
}

/** What a transport needs: calls in, tagged with the connection they came on, and events out. */
export interface BackendPort {
  call(envelope: unknown, origin: string): Promise<ResponseEnvelope>;
  subscribe(listener: EventListener): () => void;
}

export interface Backend extends BackendPort {
  dispatcher: Dispatcher;
  context: BackendContext;
  close(): Promise<void>;
}

const logToStderr: ErrorLogger = (method, error) => console.error(`[postbag] ${method} failed:`, error);

/**
 * After every command the -wal is emptied (TRUNCATE), so an old name, an undone import or a removed
 * attachment's record is not left readable there. It waits for the one connection, so never runs inside a transaction.
 */
function checkpointBetweenTransactions(opened: OpenedDatabase): Promise<void> {
  return opened.db.connection().execute(async () => opened.checkpoint());
}

/** Opens the data file named by the host and wires the dispatcher; every transport sits on this. */
export async function startBackend(options: BackendOptions): Promise<Backend> {
  prepareDataFolder(path.dirname(options.host.dataFile));
  const opened = await openDatabase(options.host.dataFile, { nativeBinding: options.nativeBinding });
  await tidyAttachmentsFolder(attachmentsFolder(options.host));
  const context: BackendContext = {
    db: opened.db,
    host: options.host,
    schemaVersion: opened.schemaVersion,
    clock: options.clock ?? (() => new Date()),
  };
  const events = createEventBus();
  const dispatcher = createDispatcher(context, handlers, {
    logError: options.logError ?? logToStderr,
    afterCommand: () => checkpointBetweenTransactions(opened),
    onChanges: (changes, caller) => events.emit({ type: 'changed', changes, origin: caller.origin }),
  });
  // Until staff sign in (office mode), every connection's caller is the staff member named in Settings.
  const localCaller = async (origin: string): Promise<Caller> => ({ staffName: await localStaffName(context), origin });
  return {
    dispatcher,
    context,
    call: async (envelope, origin) => dispatcher.dispatch(envelope, await localCaller(origin)),
    subscribe: events.subscribe,
    close: opened.close,
  };
}
