// Cold start of the browser host: process spawn → URL printed → first page drawn in Chromium.
// Prints figures; asserts nothing. Run after `npm run build` (npm run bench does).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function startServe(dataDir) {
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

const browser = await chromium.launch({
  executablePath: process.env.POSTBAG_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
const rows = [];
for (let i = 0; i < RUNS; i++) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'postbag-bench-'));
  const page = await browser.newPage();
  const serve = await startServe(dataDir);
  await page.goto(serve.url);
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  rows.push({ urlPrinted: serve.urlAfterMs, firstPage: performance.now() - serve.started });
  serve.child.kill();
  await page.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
await browser.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`Browser host cold start, new data folder, ${RUNS} runs (median):`);
console.log(`  backend open + migrations + URL printed: ${median(rows.map((r) => r.urlPrinted)).toFixed(0)} ms`);
console.log(`  to dashboard drawn in Chromium:          ${median(rows.map((r) => r.firstPage)).toFixed(0)} ms`);
