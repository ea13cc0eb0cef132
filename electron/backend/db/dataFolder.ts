import fs from 'node:fs';
import path from 'node:path';
import { errnoOf, StartupError } from '../startupFailure';

function nearestExisting(folder: string): string {
  let current = folder;
  while (!fs.existsSync(current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}

function notWritable(folder: string): string | null {
  try {
    fs.accessSync(folder, fs.constants.W_OK);
    return null;
  } catch (error) {
    return errnoOf(error).code === 'EROFS' ? 'is on a read-only disk' : 'may not be written to (permission denied)';
  }
}

/** Makes the data folder (owner-only when new) and checks Postbag may write there, before SQLite is asked to. */
export function prepareDataFolder(folder: string): void {
  if (fs.existsSync(folder) && !fs.statSync(folder).isDirectory()) {
    throw new StartupError(`The data folder ${folder} is a file, not a folder: choose a folder for Postbag's data.`);
  }
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  } catch {
    const parent = nearestExisting(folder);
    const why = fs.statSync(parent).isDirectory()
      ? `${parent} ${notWritable(parent) ?? 'refused it'}`
      : `${parent} is a file, not a folder`;
    throw new StartupError(`Postbag cannot make the data folder ${folder}: ${why}. Choose another data folder.`);
  }
  const why = notWritable(folder);
  if (why) {
    throw new StartupError(
      `The data folder ${folder} ${why}: Postbag needs to write there. Choose another data folder.`,
    );
  }
}
