import fs from 'node:fs';
import path from 'node:path';
import { fileStamp } from '../dataDir';

/*
 * A damaged database file and its WAL companions, set aside byte for byte
 * before anything can fold the WAL in or delete it. The store's own concern
 * (openDatabase finds the damage), used by recovery to replace the file.
 */

const sqliteDamageCodes = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CORRUPT_VTAB', 'SQLITE_IOERR_SHORT_READ']);

/** Whether an error from SQLite means the file itself is damaged (not busy, not missing). */
export function isDamage(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return error instanceof DatabaseDamagedError || (typeof code === 'string' && sqliteDamageCodes.has(code));
}

export class DatabaseDamagedError extends Error {
  constructor(
    readonly detail: string,
    /** Where the file and its WAL were copied byte for byte before the connection that found the damage closed. */
    readonly keptAside: string | null = null,
  ) {
    super(`The database failed its check: ${detail}`);
    this.name = 'DatabaseDamagedError';
  }
}

const suffixes = ['', '-wal', '-shm'] as const;

/** The file and its WAL companions, in that order. */
export function sidecars(file: string): string[] {
  return suffixes.map((suffix) => file + suffix);
}

/** A name beside the file that nothing holds yet (a fixed clock or two damages in one second would otherwise collide). */
function asideName(file: string, label: string, now: Date): string {
  const { dir, name, ext } = path.parse(file);
  const taken = (candidate: string) => suffixes.some((suffix) => fs.existsSync(candidate + suffix));
  let aside = path.join(dir, `${name}.${label}-${fileStamp(now)}${ext}`);
  for (let n = 2; taken(aside); n += 1) aside = path.join(dir, `${name}.${label}-${fileStamp(now)}-${n}${ext}`);
  return aside;
}

/** Moves a file and its WAL companions aside under one timestamp; returns the main file's new path. */
export function moveAside(file: string, label: string, now: Date): string {
  const aside = asideName(file, label, now);
  sidecars(file).forEach((from, index) => {
    if (fs.existsSync(from)) fs.renameSync(from, aside + suffixes[index]);
  });
  return aside;
}

/**
 * Copies a damaged file and its WAL companions aside byte for byte. It must
 * run while the connection that found the damage is still open: closing the
 * last connection folds the WAL into the file and deletes it, and committed
 * writes that lived only in the WAL would then exist nowhere but in a
 * rewritten damaged file. A copy that cannot be completed is removed and the
 * error passed on, so a half copy never poses as the evidence.
 */
export function copyAside(file: string, label: string, now: Date): string {
  const aside = asideName(file, label, now);
  const copied: string[] = [];
  try {
    sidecars(file).forEach((from, index) => {
      if (!fs.existsSync(from)) return;
      const to = aside + suffixes[index];
      fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
      copied.push(to);
    });
  } catch (error) {
    for (const to of copied) fs.rmSync(to, { force: true });
    throw error;
  }
  return aside;
}

/** Sets the live files aside for good: the byte copies already made when there are some, else a move. */
export function setAside(file: string, label: string, now: Date, keptAside: string | null): string {
  if (!keptAside) return moveAside(file, label, now);
  // What is left in place is the same data after close folded the WAL in; the copies hold all of it, untouched.
  for (const live of sidecars(file)) fs.rmSync(live, { force: true });
  return keptAside;
}
