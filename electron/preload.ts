import { contextBridge, ipcRenderer } from 'electron';
import { IPC_INVOKE_CHANNEL } from './ipcChannel';

// The whole bridge: one function that carries an API envelope. No Node, no raw IPC, no events object.
contextBridge.exposeInMainWorld('postbag', {
  invoke: (envelope: unknown) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, envelope),
});
