import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, session, shell, utilityProcess } from 'electron';
import type { OfficeConnection } from '../shared/contract/officeDatabase';
import { describeOfficeDatabase, officeDatabaseUrlOf } from '../shared/officeDatabaseUrl';
import { createAppProtocolHandler } from './appProtocol';
import type { FromBackend, ToBackend } from './backend/backendProtocol';
import { BackendStartFailed, connectBackendProcess, type BackendProcessClient } from './backendProcessClient';
import { createDownloadHandler, createEventForwarder, createIpcHandler, createStageFileHandler } from './ipcAdapter';
import {
  IPC_DOWNLOAD_CHANNEL,
  IPC_INVOKE_CHANNEL,
  IPC_OFFICE_CONNECTION_CHANNEL,
  IPC_RESTART_TO_RESTORE_CHANNEL,
  IPC_SAVE_PDF_CHANNEL,
  IPC_STAGE_FILE_CHANNEL,
} from './ipcChannel';
import { electronNativeBindingPath } from './nativeBinding';
import { createSavePdfHandler } from './pdfExport';
import { createOfficeConnectionHandler } from './officeConnectionHandler';
import { createRestoreRestartHandler } from './restoreRestartHandler';
import {
  createOfficeConnectionStore,
  OfficeConnectionUnusable,
  type OfficeConnectionStore,
} from './officeConnectionStore';
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

function restart() {
  app.relaunch();
  app.quit();
}

/** The office database this laptop is set to, or null for its own file; a saved one it cannot read is the user's choice. */
async function savedOfficeConnection(store: OfficeConnectionStore): Promise<OfficeConnection | null | 'quit'> {
  try {
    return await store.load();
  } catch (error) {
    if (!(error instanceof OfficeConnectionUnusable)) throw error;
    const choice = await dialog.showMessageBox({
      type: 'warning',
      message: 'Postbag cannot use its office database settings',
      detail: error.message,
      buttons: ['Quit', 'Use this laptop’s own file'],
      defaultId: 0,
      cancelId: 0,
    });
    if (choice.response === 0) return 'quit';
    await store.forget();
    return null;
  }
}

/** The office database did not open: try again, go back to this laptop's own file (forgetting it), or quit. */
async function officeDatabaseFailed(store: OfficeConnectionStore, where: string, reason: string) {
  const choice = await dialog.showMessageBox({
    type: 'error',
    message: `Postbag cannot open the office database (${where})`,
    detail: `${reason}\n\nNothing was written on this laptop. Using this laptop’s own file forgets the office database until it is connected again in Settings.`,
    buttons: ['Try again', 'Use this laptop’s own file', 'Quit'],
    defaultId: 0,
    cancelId: 2,
  });
  if (choice.response === 2) return app.quit();
  if (choice.response === 1) await store.forget();
  restart();
}

async function start() {
  lockDownWebContents();
  const officeConnections = createOfficeConnectionStore(
    path.join(app.getPath('userData'), 'office-database.json'),
    safeStorage,
  );
  const office = await savedOfficeConnection(officeConnections);
  if (office === 'quit') return app.quit();
  const officeDatabaseUrl = office ? officeDatabaseUrlOf(office) : undefined;
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
        officeDatabaseUrl,
        automaticBackups: true,
        erasureWithoutReview: true,
        nativeBinding: electronNativeBindingPath({
          isPackaged: app.isPackaged,
          appPath: app.getAppPath(),
          resourcesPath: process.resourcesPath,
          electronVersion: process.versions.electron,
        }),
      },
    );
  } catch (error) {
    if (officeDatabaseUrl && error instanceof BackendStartFailed) {
      return officeDatabaseFailed(officeConnections, describeOfficeDatabase(officeDatabaseUrl), error.message);
    }
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
  ipcMain.handle(IPC_OFFICE_CONNECTION_CHANNEL, createOfficeConnectionHandler(backend, officeConnections, restart));
  ipcMain.handle(IPC_RESTART_TO_RESTORE_CHANNEL, createRestoreRestartHandler(backend, restart));
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
