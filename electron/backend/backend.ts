import { openDatabase, type OpenOptions } from './db/connection';
import type { BackendContext, HostInfo } from './context';
import { createDispatcher, type Dispatcher, type ErrorLogger } from './dispatcher';
import { handlers } from './handlers';

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

/** Opens the data file named by the host and wires the dispatcher; every transport sits on this. */
export async function startBackend(options: BackendOptions): Promise<Backend> {
  const opened = await openDatabase(options.host.dataFile, { nativeBinding: options.nativeBinding });
  const context: BackendContext = {
    db: opened.db,
    host: options.host,
    schemaVersion: opened.schemaVersion,
    clock: options.clock ?? (() => new Date()),
  };
  return {
    dispatcher: createDispatcher(context, handlers, options.logError ?? logToStderr),
    context,
    close: opened.close,
  };
}
