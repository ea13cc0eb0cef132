import { contextBridge, ipcRenderer } from 'electron';
import { IPC_INVOKE_CHANNEL, IPC_SAVE_PDF_CHANNEL } from './ipcChannel';

// The whole bridge: the API envelope, and Save as PDF. No Node, no raw IPC, no events object.
contextBridge.exposeInMainWorld('postbag', {
  invoke: (envelope: unknown) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, envelope),
  savePdf: (suggestedName: string) => ipcRenderer.invoke(IPC_SAVE_PDF_CHANNEL, { suggestedName }),
});
