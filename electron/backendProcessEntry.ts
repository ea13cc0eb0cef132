import { serveBackend } from './backend/backendProcess';
import type { FromBackend, ToBackend } from './backend/backendProtocol';

// The entry Electron's utilityProcess runs: the backend in its own process, so the window's main process never waits on SQL.
serveBackend({
  postMessage: (message: FromBackend) => process.parentPort.postMessage(message),
  onMessage: (listener) => process.parentPort.on('message', (event) => listener(event.data as ToBackend)),
});
