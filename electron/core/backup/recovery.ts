import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { latestVersion } from '../db/migrations';
import { fileStamp, listBackups, writeBackup, type BackupFile } from './backupFiles';

export interface DatabasePaths {
  database: string;
  backups: string;
}

type Binding = { nativeBinding?: string };

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

function sidecars(file: string): string[] {
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

/** A backup is good when SQLite can read it, it passes quick_check, and this app understands its version. */
export function isGoodBackup(file: string, binding: Binding = {}): boolean {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true, ...binding });
    try {
      const version = db.pragma('user_version', { simple: true }) as number;
      return db.pragma('quick_check', { simple: true }) === 'ok' && version <= latestVersion;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/** Copies a backup into place through the backup API, into a file nobody has open. */
export async function copyInto(backupFile: string, target: string, binding: Binding = {}): Promise<void> {
  for (const file of sidecars(target)) fs.rmSync(file, { force: true });
  const source = new Database(backupFile, { readonly: true, fileMustExist: true, ...binding });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
}

export type Recovery =
  | { kind: 'recovered'; damagedPath: string; backup: BackupFile }
  | { kind: 'fresh'; damagedPath: string };

/**
 * A damaged database is never overwritten and never crashes the app in a
 * loop: it is set aside with a timestamp (the byte copies made while it was
 * still open, when there are some), then the newest backup that
 * passes its check is restored; with none, the app starts fresh.
 */
export async function recoverDamagedDatabase(
  paths: DatabasePaths,
  now: Date,
  binding: Binding = {},
  keptAside: string | null = null,
): Promise<Recovery> {
  const damagedPath = setAside(paths.database, 'damaged', now, keptAside);
  const backup = listBackups(paths.backups).find((candidate) => isGoodBackup(candidate.path, binding));
  if (!backup) return { kind: 'fresh', damagedPath };
  await copyInto(backup.path, paths.database, binding);
  return { kind: 'recovered', damagedPath, backup };
}

const pendingRestoreFile = 'restore-pending.json';

/** Restoring replaces the open database, so it is done at the next start, before anything opens it. */
export function requestRestore(dataDir: string, backupName: string): void {
  fs.writeFileSync(path.join(dataDir, pendingRestoreFile), JSON.stringify({ backup: backupName }));
}

export interface AppliedRestore {
  restored: BackupFile;
  /** The database as it was just before, itself kept as a backup. */
  keptAside: BackupFile | null;
}

/**
 * Applies a restore asked for before the last quit: the current database is
 * first kept as a backup, then the chosen one is copied into place. A request
 * naming a backup that is not there, or not good, is dropped.
 */
export async function applyPendingRestore(dataDir: string, paths: DatabasePaths, now: Date, binding: Binding = {}): Promise<AppliedRestore | null> {
  const requestFile = path.join(dataDir, pendingRestoreFile);
  if (!fs.existsSync(requestFile)) return null;
  let name: unknown;
  try {
    name = (JSON.parse(fs.readFileSync(requestFile, 'utf8')) as { backup?: unknown }).backup;
  } catch {
    name = null;
  } finally {
    fs.rmSync(requestFile, { force: true });
  }
  const chosen = listBackups(paths.backups).find((backup) => backup.name === name);
  if (!chosen || !isGoodBackup(chosen.path, binding)) return null;
  let keptAside: BackupFile | null = null;
  if (fs.existsSync(paths.database)) {
    const current = new Database(paths.database, binding);
    try {
      keptAside = await writeBackup(current, paths.backups, 'restore', now);
      current.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      current.close();
    }
  }
  await copyInto(chosen.path, paths.database, binding);
  return { restored: chosen, keptAside };
}
