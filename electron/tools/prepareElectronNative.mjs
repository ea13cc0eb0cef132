// Prepares the desktop run on a networked machine: fetches the Electron binary if npm skipped
// it, and builds better-sqlite3 against Electron's headers into .electron-native/, beside (never
// over) the Node build that tests and the browser host use. Idempotent: skips what is done.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const electronDir = path.join(root, 'node_modules/electron');
const electronVersion = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
const target = path.join(root, '.electron-native', `better_sqlite3-electron-${electronVersion}.node`);

// npm is set here to build against /usr (Node 20's headers); a build that inherits that is a Node
// build labelled Electron. Drop every such setting so node-gyp fetches Electron's own headers.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^npm_config_(nodedir|target|runtime|disturl|dist_url)$/i.test(key)),
);

if (!fs.existsSync(path.join(electronDir, 'path.txt'))) {
  console.log(`Downloading Electron ${electronVersion} (needs network)…`);
  execFileSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'inherit', env });
}

if (fs.existsSync(target)) {
  console.log(`better-sqlite3 for Electron ${electronVersion} is ready.`);
} else {
  console.log(`Building better-sqlite3 for Electron ${electronVersion} (needs network for Electron's headers)…`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'postbag-native-'));
  const source = path.join(root, 'node_modules/better-sqlite3');
  fs.cpSync(source, work, { recursive: true, filter: (p) => !p.startsWith(path.join(source, 'build')) });
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules/node-gyp/bin/node-gyp.js'),
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
      '--dist-url=https://electronjs.org/headers',
      `--devdir=${path.join(os.homedir(), '.electron-gyp')}`,
    ],
    { cwd: work, stdio: 'inherit', env },
  );
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(path.join(work, 'build/Release/better_sqlite3.node'), target);
  fs.rmSync(work, { recursive: true, force: true });
  console.log(`Built ${path.relative(root, target)}.`);
}
