import path from 'node:path';
import { build } from 'esbuild';

/** Where the integration tests' backends find the job worker: bundled from the source once per run. */
export const TEST_JOB_WORKER = path.resolve(__dirname, '../../dist/test/jobWorker.cjs');

export default async function buildJobWorker(): Promise<void> {
  await build({
    entryPoints: [path.resolve(__dirname, '../../electron/backend/jobs/jobWorker.ts')],
    outfile: TEST_JOB_WORKER,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    external: ['better-sqlite3', 'bufferutil', 'utf-8-validate'],
    logLevel: 'warning',
  });
}
