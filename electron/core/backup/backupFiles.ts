import fs from 'node:fs';
import path from 'node:path';
import { fileStamp } from '../dataDir';
import type Database from 'better-sqlite3';

export type BackupKind = 'daily' | 'migration' | 'restore' | 'manual';

export interface BackupFile {
  /** The file name only: the renderer never sees or sends a path. */
  name: string;
  path: string;
  kind: BackupKind;
  takenAt: Date;
  bytes: number;
}

const pattern = /^rebound-(daily|migration|restore|manual)-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)\.sqlite3$/;

export function backupName(kind: BackupKind, takenAt: Date): string {
  return `rebound-${kind}-${fileStamp(takenAt)}.sqlite3`;
}

/** Turns a stamp made by fileStamp back into its moment. */
function parseStamp(stamp: string): Date {
  const [date, time] = stamp.split('T') as [string, string];
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return new Date(`${date}T${h}:${m}:${s}.${ms}Z`);
}

/** Rebound's backups in a folder, newest first; other files are ignored. */
export function listBackups(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .flatMap((name) => {
      const match = pattern.exec(name);
      if (!match) return [];
      const file = path.join(dir, name);
      return [{ name, path: file, kind: match[1] as BackupKind, takenAt: parseStamp(match[2] as string), bytes: fs.statSync(file).size }];
    })
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

/**
 * An online backup through SQLite's backup API (never a file copy of a live
 * database), written under a temporary name and renamed when complete so a
 * half-written backup never looks like a good one.
 */
export async function writeBackup(db: Database.Database, dir: string, kind: BackupKind, now: Date): Promise<BackupFile> {
  fs.mkdirSync(dir, { recursive: true });
  const name = backupName(kind, now);
  const final = path.join(dir, name);
  const partial = `${final}.partial`;
  try {
    await db.backup(partial);
    fs.renameSync(partial, final);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return { name, path: final, kind, takenAt: now, bytes: fs.statSync(final).size };
}
