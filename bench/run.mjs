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

// `npm run bench -- signatureImport` runs just the benchmarks named.
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);

run('electron/tools/build.mjs', ['serve']);
// The backends the benchmarks start find their job worker beside them.
await bundle('electron/backend/jobs/jobWorker.ts', path.join(root, 'dist/bench/jobWorker.cjs'));
for (const name of ['caseList', 'globalSearch', 'signatureImport', 'standardReply'])
  if (wanted(name)) await runTs(name);
for (const name of ['coldStart', 'standardReplyPage']) if (wanted(name)) run(`bench/${name}.mjs`);
