import path from 'node:path';
import { openDatabase, type OpenedDatabase, type OpenOptions } from './db/connection';
import type { BackendContext, HostInfo } from './context';
import { createDispatcher, type Dispatcher, type ErrorLogger } from './dispatcher';
import { handlers } from './handlers';
import { prepareDataFolder } from './db/dataFolder';
import { attachmentsFolder, tidyAttachmentsFolder } from './domains/attachments/attachmentFiles';

export interface BackendOptions extends Pick<OpenOptions, 'nativeBinding'> {
  host: HostInfo;
  clock?: () => Date;
  logError?: ErrorLogger;
}

export interface Backend {
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
  return {
    dispatcher: createDispatcher(context, handlers, {
      logError: options.logError ?? logToStderr,
      afterCommand: () => checkpointBetweenTransactions(opened),
    }),
    context,
    close: opened.close,
  };
}
