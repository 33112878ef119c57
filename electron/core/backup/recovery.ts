import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { latestVersion } from '../db/migrations';
import { setAside, sidecars } from '../db/setAside';
import { listBackups, writeBackup, type BackupFile } from './backupFiles';

export interface DatabasePaths {
  database: string;
  backups: string;
}

type Binding = { nativeBinding?: string };

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

export type Recovery = { kind: 'recovered'; damagedPath: string; backup: BackupFile } | { kind: 'fresh'; damagedPath: string };

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
export async function applyPendingRestore(
  dataDir: string,
  paths: DatabasePaths,
  now: Date,
  binding: Binding = {},
): Promise<AppliedRestore | null> {
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
