import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './serveProcess';

/** Builds the renderer and browser host once, as `npm run serve` does before it starts. */
export default function setup() {
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'electron/tools/build.mjs'), 'serve'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
}
