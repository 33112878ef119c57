import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { dayOf } from '../time/days';
import { listBackups, writeBackup, type BackupFile } from './backupFiles';
import { backupsToKeep, defaultRetention, type RetentionPolicy } from './retention';

/** Deletes automatic backups the retention policy no longer keeps; manual and pre-restore ones stay. */
export function pruneBackups(dir: string, policy: RetentionPolicy = defaultRetention): string[] {
  const automatic = listBackups(dir).filter((backup) => backup.kind === 'daily' || backup.kind === 'migration');
  const keep = backupsToKeep(automatic, policy);
  const removed = automatic.filter((backup) => !keep.has(backup.path));
  for (const backup of removed) fs.rmSync(backup.path, { force: true });
  return removed.map((backup) => backup.name);
}

/**
 * At most one automatic backup a day while the app runs: called at start and
 * after writes, it costs a string comparison when today's backup exists, and
 * needs no timer of its own.
 */
export function createDailyBackup(db: Database.Database, dir: string, now: () => Date) {
  let lastDay = listBackups(dir).find((backup) => backup.kind === 'daily')?.takenAt;
  let lastDayKey = lastDay ? dayOf(lastDay) : null;
  let running: Promise<BackupFile | null> | null = null;
  return function maybeBackup(): Promise<BackupFile | null> {
    const today = dayOf(now());
    if (lastDayKey === today) return Promise.resolve(null);
    running ??= (async () => {
      try {
        const backup = await writeBackup(db, dir, 'daily', now());
        lastDay = backup.takenAt;
        lastDayKey = today;
        pruneBackups(dir);
        return backup;
      } finally {
        running = null;
      }
    })();
    return running;
  };
}
