// The built browser host and Debian's Chromium, for the benchmarks that measure pages.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Spawns `dist/serve/main.cjs` on a free port; resolves once it prints its address. */
export function startServe(dataDir) {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'dist/serve/main.cjs'), '--data', dataDir, '--port', '0']);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?key=[\w-]+/.exec(out);
      if (match) resolve({ child, url: match[0], urlAfterMs: performance.now() - started, started });
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
  });
}

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.POSTBAG_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}
