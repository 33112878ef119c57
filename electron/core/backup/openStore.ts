import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { formatDateTime } from '../../../content/format';
import { content, fillTemplate } from '../../../content';
import type { Notice } from '../app/contract';
import { closedCleanly, markOpen } from '../db/cleanClose';
import { openDatabase } from '../db/openDatabase';
import { dataPaths } from '../dataDir';
import { DatabaseDamagedError, isDamage, setAside } from '../db/setAside';
import { writeBackup } from './backupFiles';
import { applyPendingRestore, recoverDamagedDatabase } from './recovery';

const readable = (date: Date) => formatDateTime(date, 'long');

/**
 * Opens the store the safe way: a restore asked for before the last quit is
 * applied first; a damaged file is moved aside and replaced by the newest
 * good backup (or a fresh start), and the person is told, in plain words,
 * what happened and where the damaged file now is.
 */
export async function openStore(
  dataDir: string,
  now: () => Date,
  nativeBinding?: string,
): Promise<{ db: Database.Database; notices: Notice[] }> {
  const paths = dataPaths(dataDir);
  // SQLite answers a read-only folder with a vague SQLITE_CANTOPEN; asking first gives EROFS or EACCES, which say what to do.
  fs.accessSync(dataDir, fs.constants.W_OK);
  const binding = nativeBinding ? { nativeBinding } : {};
  const notices: Notice[] = [];
  // quick_check runs only when the file may have changed since Rebound last closed it cleanly.
  const open = async () => {
    const check = !closedCleanly(paths.database);
    const { db } = await openDatabase({
      file: paths.database,
      backUpBeforeMigrating: async (opened) => (await writeBackup(opened, paths.backups, 'migration', now())).path,
      now,
      check,
      ...binding,
    });
    markOpen(paths.database);
    return db;
  };

  const restored = await applyPendingRestore(dataDir, paths, now(), binding);
  if (restored) {
    notices.push({
      id: 'restored',
      kind: 'restored',
      message: fillTemplate(content.views.notices.restored, { date: readable(restored.restored.takenAt) }),
    });
  }

  let keptAside: string | null = null;
  try {
    return { db: await open(), notices };
  } catch (error) {
    if (!isDamage(error)) throw error;
    keptAside = keptAsideBy(error);
  }
  const recovery = await recoverDamagedDatabase(paths, now(), binding, keptAside);
  if (recovery.kind === 'recovered') {
    notices.push({
      id: 'database-recovered',
      kind: 'databaseRecovered',
      path: recovery.damagedPath,
      message: fillTemplate(content.views.notices.databaseRecovered, {
        path: recovery.damagedPath,
        date: readable(recovery.backup.takenAt),
      }),
    });
  } else {
    notices.push({
      id: 'database-fresh',
      kind: 'databaseFresh',
      path: recovery.damagedPath,
      message: fillTemplate(content.views.notices.databaseFresh, { path: recovery.damagedPath }),
    });
  }
  try {
    return { db: await open(), notices };
  } catch (error) {
    if (!isDamage(error)) throw error;
    // The restored backup failed too (it passed its check a moment ago): set it aside and start fresh, never loop.
    setAside(paths.database, 'damaged', now(), keptAsideBy(error));
    return { db: await open(), notices };
  }
}

const keptAsideBy = (error: unknown) => (error instanceof DatabaseDamagedError ? error.keptAside : null);
