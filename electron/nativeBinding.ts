import path from 'node:path';

/** Where `prepareElectronNative.mjs` puts better-sqlite3 built for this Electron, apart from the Node build. */
export const ELECTRON_NATIVE_DIR = '.electron-native';

export function electronNativeFileName(electronVersion: string): string {
  return `better_sqlite3-electron-${electronVersion}.node`;
}

export function electronNativeBindingPath(options: {
  isPackaged: boolean;
  appPath: string;
  resourcesPath: string;
  electronVersion: string;
}): string {
  const file = electronNativeFileName(options.electronVersion);
  return options.isPackaged
    ? path.join(options.resourcesPath, 'native', file)
    : path.join(options.appPath, ELECTRON_NATIVE_DIR, file);
}
