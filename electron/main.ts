import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell, utilityProcess } from 'electron';
import { createAppProtocolHandler } from './appProtocol';
import type { FromBackend, ToBackend } from './backend/backendProtocol';
import { BackendStartFailed, connectBackendProcess, type BackendProcessClient } from './backendProcessClient';
import { createDownloadHandler, createEventForwarder, createIpcHandler, createStageFileHandler } from './ipcAdapter';
import { IPC_DOWNLOAD_CHANNEL, IPC_INVOKE_CHANNEL, IPC_SAVE_PDF_CHANNEL, IPC_STAGE_FILE_CHANNEL } from './ipcChannel';
import { electronNativeBindingPath } from './nativeBinding';
import { createSavePdfHandler } from './pdfExport';
import { APP_ENTRY_URL, APP_SCHEME, decideWindowOpen, shouldBlockNavigation } from './navigationGuards';
import { createWindowOptions } from './windowOptions';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let backend: BackendProcessClient | undefined;
let mainWindow: BrowserWindow | undefined;
let quitting = false;

function lockDownWebContents() {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (shouldBlockNavigation(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (shouldBlockNavigation(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const decision = decideWindowOpen(url);
      if (decision.openExternally) void shell.openExternal(url);
      return { action: decision.action };
    });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
}

async function start() {
  lockDownWebContents();
  // The backend runs in its own process (Electron's utilityProcess): this one stays the window and IPC shell.
  const child = utilityProcess.fork(path.join(__dirname, 'backendProcess.cjs'), [], { serviceName: 'Postbag backend' });
  child.once('exit', (code) => {
    if (code !== 0 && !quitting) {
      dialog.showErrorBox(
        'Postbag stopped',
        'Postbag’s data service stopped unexpectedly. Nothing unsaved was written; please start Postbag again.',
      );
      app.quit();
    }
  });
  try {
    backend = await connectBackendProcess(
      {
        postMessage: (message: ToBackend) => child.postMessage(message),
        onMessage: (listener) => child.on('message', (message: FromBackend) => listener(message)),
      },
      {
        host: {
          kind: 'desktop',
          appVersion: app.getVersion(),
          dataFile: path.join(app.getPath('userData'), 'postbag.sqlite'),
        },
        nativeBinding: electronNativeBindingPath({
          isPackaged: app.isPackaged,
          appPath: app.getAppPath(),
          resourcesPath: process.resourcesPath,
          electronVersion: process.versions.electron,
        }),
      },
    );
  } catch (error) {
    dialog.showErrorBox(
      'Postbag cannot open its data',
      error instanceof BackendStartFailed ? error.message : 'Postbag’s data service did not start.',
    );
    app.quit();
    return;
  }
  protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(__dirname, '../renderer')));
  ipcMain.handle(IPC_INVOKE_CHANNEL, createIpcHandler(backend));
  ipcMain.handle(IPC_STAGE_FILE_CHANNEL, createStageFileHandler(backend));
  ipcMain.handle(IPC_DOWNLOAD_CHANNEL, createDownloadHandler(backend));
  backend.subscribe(createEventForwarder(() => mainWindow?.webContents));
  ipcMain.handle(
    IPC_SAVE_PDF_CHANNEL,
    createSavePdfHandler((event) => ({
      printToPdf: () =>
        (event as Electron.IpcMainInvokeEvent).sender.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
        }),
      chooseSavePath: async (suggestedName) => {
        const choice = await dialog.showSaveDialog({
          defaultPath: path.join(app.getPath('documents'), suggestedName),
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
        });
        return choice.canceled ? null : (choice.filePath ?? null);
      },
      writeFile: (file, data) => fs.writeFile(file, data),
    })),
  );

  mainWindow = new BrowserWindow(createWindowOptions(path.join(__dirname, 'preload.cjs')));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  await mainWindow.loadURL(APP_ENTRY_URL);
}

// The lock comes before the database opens: two copies must never write one file.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (quitting || !backend) return;
    // The backend closes the data file (and its jobs, and the staged uploads) before the app goes.
    event.preventDefault();
    quitting = true;
    void backend.close().finally(() => app.quit());
  });
  void app.whenReady().then(start);
}
