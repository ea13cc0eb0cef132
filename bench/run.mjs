// `npm run bench`: builds, then runs each benchmark and prints its figures (no assertions).
// TypeScript benchmarks are bundled with esbuild into dist/bench/ first.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (script, args = []) =>
  execFileSync(process.execPath, [path.join(root, script), ...args], { stdio: 'inherit' });

const bundle = (entry, outfile) =>
  build({
    entryPoints: [path.join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['better-sqlite3', 'bufferutil', 'utf-8-validate'],
    logLevel: 'warning',
  });

async function runTs(name) {
  const outfile = path.join(root, 'dist/bench', `${name}.cjs`);
  await bundle(`bench/${name}.ts`, outfile);
  run(path.relative(root, outfile));
}

run('electron/tools/build.mjs', ['serve']);
// The backends the benchmarks start find their job worker beside them.
await bundle('electron/backend/jobs/jobWorker.ts', path.join(root, 'dist/bench/jobWorker.cjs'));
await runTs('caseList');
await runTs('signatureImport');
await runTs('standardReply');
run('bench/coldStart.mjs');
run('bench/standardReplyPage.mjs');
