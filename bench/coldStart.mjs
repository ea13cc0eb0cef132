// Cold start of the browser host: process spawn → URL printed → first page drawn in Chromium.
// Prints figures; asserts nothing. Run after `npm run build` (npm run bench does).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium, startServe } from './browserHost.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const browser = await launchChromium();
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
