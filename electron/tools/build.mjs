// Builds everything the app runs from into dist/: the renderer (Vite), the browser host and
// the Electron main and preload scripts (esbuild). `npm run build`; `npm run serve` and `npm start` call it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const only = process.argv[2]; // optional: 'serve' skips the Electron bundles

const nodeBundle = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // ws's optional native speed-ups are left out: it falls back to plain JavaScript.
  external: ['better-sqlite3', 'electron', 'bufferutil', 'utf-8-validate'],
  logLevel: 'warning',
};

await viteBuild({ configFile: path.join(root, 'renderer/vite.config.ts'), logLevel: 'warn' });
await esbuild({
  ...nodeBundle,
  entryPoints: [path.join(root, 'electron/serve/main.ts')],
  outfile: path.join(root, 'dist/serve/main.cjs'),
});
// Long jobs run in worker threads from this file, found beside the bundle that runs the backend.
const jobWorker = (folder) =>
  esbuild({
    ...nodeBundle,
    entryPoints: [path.join(root, 'electron/backend/jobs/jobWorker.ts')],
    outfile: path.join(root, folder, 'jobWorker.cjs'),
  });
await jobWorker('dist/serve');
if (only !== 'serve') {
  await esbuild({
    ...nodeBundle,
    entryPoints: [path.join(root, 'electron/main.ts')],
    outfile: path.join(root, 'dist/electron/main.cjs'),
  });
  await jobWorker('dist/electron');
  await esbuild({
    ...nodeBundle,
    entryPoints: [path.join(root, 'electron/backendProcessEntry.ts')],
    outfile: path.join(root, 'dist/electron/backendProcess.cjs'),
  });
  // Sandboxed preloads must be one CommonJS file that requires nothing but 'electron'.
  await esbuild({
    ...nodeBundle,
    entryPoints: [path.join(root, 'electron/preload.ts')],
    outfile: path.join(root, 'dist/electron/preload.cjs'),
  });
}
console.log(
  `Built ${only === 'serve' ? 'the renderer and browser host' : 'the renderer, browser host and desktop shell'} into dist/.`,
);
