import { execFileSync } from 'node:child_process';
import { makeTempDir } from './tempBackend';

/** Mounting a small or read-only disk needs root (CI runs as root); as another user these tests are skipped. */
export const canMount = process.getuid?.() === 0;

export interface SmallDisk {
  dir: string;
  unmount(): void;
}

/** A real tmpfs of `sizeKiB`: a full disk is ENOSPC and SQLITE_FULL, not a simulation. */
export function mountSmallDisk(sizeKiB: number, options: { readOnly?: boolean } = {}): SmallDisk {
  const dir = makeTempDir('postbag-disk-');
  execFileSync('mount', [
    '-t',
    'tmpfs',
    '-o',
    `size=${sizeKiB}k,mode=0700${options.readOnly ? ',ro' : ''}`,
    'tmpfs',
    dir,
  ]);
  return {
    dir,
    unmount: () => execFileSync('umount', ['-l', dir]),
  };
}
