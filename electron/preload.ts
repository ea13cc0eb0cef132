import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  IPC_DOWNLOAD_CHANNEL,
  IPC_EVENT_CHANNEL,
  IPC_INVOKE_CHANNEL,
  IPC_OFFICE_CONNECTION_CHANNEL,
  IPC_RESTART_TO_RESTORE_CHANNEL,
  IPC_SAVE_PDF_CHANNEL,
  IPC_STAGE_FILE_CHANNEL,
} from './ipcChannel';

// The whole bridge: the API envelope, uploads and downloads, server events, Save as PDF, connecting to the office database, and restarting to finish a restore. No Node, no raw IPC, no event objects.
contextBridge.exposeInMainWorld('postbag', {
  invoke: (envelope: unknown) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, envelope),
  stageFile: (fileName: string, bytes: ArrayBuffer) => ipcRenderer.invoke(IPC_STAGE_FILE_CHANNEL, { fileName, bytes }),
  download: (downloadId: string) => ipcRenderer.invoke(IPC_DOWNLOAD_CHANNEL, { downloadId }),
  onEvent: (listener: (event: unknown) => void) => {
    const forward = (_ipcEvent: IpcRendererEvent, event: unknown) => listener(event);
    ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
    };
  },
  savePdf: (suggestedName: string) => ipcRenderer.invoke(IPC_SAVE_PDF_CHANNEL, { suggestedName }),
  connectOfficeDatabase: (connection: unknown, session?: string) =>
    ipcRenderer.invoke(IPC_OFFICE_CONNECTION_CHANNEL, { connection, session }),
  restartToRestore: (session?: string) => ipcRenderer.invoke(IPC_RESTART_TO_RESTORE_CHANNEL, { session }),
});
