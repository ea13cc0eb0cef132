// `npm run bench`: builds, then runs each benchmark and prints its figures.
// The data-heavy benchmarks (signature import, case list at 200k) arrive with the campaign issue.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (script, args = []) =>
  execFileSync(process.execPath, [path.join(root, script), ...args], { stdio: 'inherit' });

run('electron/tools/build.mjs', ['serve']);
run('bench/coldStart.mjs');
