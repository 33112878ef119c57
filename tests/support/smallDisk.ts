import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './tempDir';

/**
 * A real, tiny filesystem of the test's own (tmpfs), so "disk full" and
 * "read-only" are the kernel's answers, not a mock. Needs root and a kernel
 * that lets this process mount; `mountSmallDisk` returns null where that is
 * not allowed, and the tests that need it skip with that reason in their name.
 */
export interface SmallDisk {
  dir: string;
  /** Writes a filler file until the disk answers ENOSPC. */
  fill(): void;
  /** Deletes the filler: there is room again. */
  free(): void;
  /** A second view of `dir` that is mounted read-only (a bind mount). */
  readOnlyView(): string;
  unmount(): void;
}

function tryMount(args: string[]): boolean {
  try {
    execFileSync('mount', args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function canMount(): boolean {
  const probe = tempDir('rebound-mount-probe-');
  if (!tryMount(['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe])) return false;
  execFileSync('umount', [probe]);
  return true;
}

/** A tmpfs of `sizeKb`, on a fresh folder or over `at` (which must exist; what it held is hidden until unmount). */
export function mountSmallDisk(sizeKb: number, at?: string): SmallDisk {
  const dir = at ?? tempDir('rebound-small-disk-');
  if (!tryMount(['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir])) throw new Error('mount is not permitted here');
  const mounts: string[] = [dir];
  const filler = path.join(dir, 'filler.bin');
  return {
    dir,
    fill() {
      const fd = fs.openSync(filler, 'a');
      try {
        for (const size of [65536, 4096, 512, 1]) {
          const chunk = Buffer.alloc(size, 1);
          try {
            for (;;) fs.writeSync(fd, chunk);
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
          }
        }
      } finally {
        fs.closeSync(fd);
      }
    },
    free() {
      fs.rmSync(filler, { force: true });
    },
    readOnlyView() {
      const view = tempDir('rebound-read-only-view-');
      execFileSync('mount', ['--bind', dir, view]);
      mounts.unshift(view);
      execFileSync('mount', ['-o', 'remount,bind,ro', view]);
      return view;
    },
    unmount() {
      for (const mounted of mounts.splice(0)) execFileSync('umount', ['-l', mounted]);
    },
  };
}
