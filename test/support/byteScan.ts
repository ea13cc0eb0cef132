import fs from 'node:fs';
import path from 'node:path';
import { foldText } from '../../shared/textMatching';

/** Every file under a folder, at any depth (none when the folder does not exist): what a byte scan reads. */
export function filesUnder(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? filesUnder(path.join(folder, entry.name)) : [path.join(folder, entry.name)],
    );
}

/** Where each marker's bytes are found, as written and as folded for the search index ("marker in file"). */
export function markersFoundIn(files: readonly string[], markers: readonly string[]): string[] {
  const contents = files.map((name) => [name, fs.readFileSync(name)] as const);
  return markers.flatMap((marker) =>
    [...new Set([marker, foldText(marker)])].flatMap((form) =>
      contents.filter(([, bytes]) => bytes.includes(Buffer.from(form))).map(([name]) => `${form} in ${name}`),
    ),
  );
}
