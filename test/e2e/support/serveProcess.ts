import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
/** What `npm run serve` runs once it has built. */
export const SERVE_ENTRY = path.join(REPO_ROOT, 'dist/serve/main.cjs');

export interface ServeProcess {
  url: string;
  origin: string;
  output: () => string;
  stop(): Promise<void>;
}

export interface ServeFlags {
  /** Start the office clock at this instant (`--clock`); the real clock when absent. */
  clock?: string;
  /** Office mode: the PostgreSQL database to share (`--database`). */
  database?: string;
}

/** Starts the browser host on a free port and waits for the URL it prints. */
export function startServe(dataDir: string, flags: ServeFlags = {}, timeoutMs = 20_000): Promise<ServeProcess> {
  const args = [
    SERVE_ENTRY,
    '--data',
    dataDir,
    '--port',
    '0',
    ...(flags.clock ? ['--clock', flags.clock] : []),
    ...(flags.database ? ['--database', flags.database] : []),
  ];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve printed no URL within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?key=[\w-]+/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      const url = match[0];
      resolve({
        url,
        origin: new URL(url).origin,
        output: () => output,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${output}`));
    });
  });
}
