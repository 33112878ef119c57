import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { copyAside, DatabaseDamagedError, isDamage } from './setAside';
import { assertNotNewer, migrate } from './migrate';
import { cacheStatements } from './statementCache';
import { applyPragmas } from './pragmas';
import { migrations as defaultMigrations, type Migration } from './migrations';

export interface OpenDatabaseOptions {
  /** The database file. Its folder is created when missing. */
  file: string;
  /** Path to a better-sqlite3 addon built for this runtime (Electron's ABI); default: the package's own. */
  nativeBinding?: string;
  /**
   * Writes a backup before a migration touches existing data (the backup
   * feature's writer, passed in so the store does not depend on it) and
   * returns its path.
   */
  backUpBeforeMigrating?: (db: Database.Database) => Promise<string>;
  migrations?: readonly Migration[];
  /** The clock, for the backup's name. */
  now?: () => Date;
  /** Run SQLite's quick_check before using the file (default true): a damaged file is refused, untouched. */
  check?: boolean;
}

export interface OpenedDatabase {
  db: Database.Database;
  /** Versions migrated on this open (empty when already current). */
  migrated: number[];
  /** The pre-migration backup, when one was written. */
  backupFile: string | null;
}

/**
 * Opens the store with the pragmas Rebound relies on: WAL so reads never
 * wait on a write, synchronous=FULL so nothing acknowledged is lost to a
 * power cut, foreign keys enforced, and a busy timeout instead of instant
 * SQLITE_BUSY. A file from a newer app is refused before anything is written.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenedDatabase> {
  const migrationList = options.migrations ?? defaultMigrations;
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const now = () => (options.now ?? (() => new Date()))();
  fs.mkdirSync(path.dirname(options.file), { recursive: true });
  if (options.check !== false && fs.existsSync(options.file)) checkReadOnly(options.file, migrationList.length, binding, now);
  const db = new Database(options.file, binding);
  try {
    const current = assertNotNewer(db, migrationList);
    applyPragmas(db);
    let backupFile: string | null = null;
    if (current > 0 && current < migrationList.length && options.backUpBeforeMigrating) {
      backupFile = await options.backUpBeforeMigrating(db);
    }
    const migrated = migrate(db, migrationList);
    cacheStatements(db);
    return { db, migrated, backupFile };
  } catch (error) {
    if (!isDamage(error)) {
      db.close();
      throw error;
    }
    // Damage found here (a file that was not checked, or not a database at all): copy it and its WAL aside
    // before close can checkpoint the WAL into it and delete it. When even the copy fails (no room for it),
    // the connection is deliberately left open rather than closed, and the start fails with the copy's error.
    const failure = damaged(error, options.file, now());
    db.close();
    throw failure;
  }
}

/**
 * quick_check on a read-only connection: SQLite never checkpoints from one,
 * so its close cannot fold the WAL into a damaged file or delete it, and the
 * file and its WAL are copied aside exactly as found. A file from a newer
 * app is left to the read-write open, which refuses it untouched.
 */
function checkReadOnly(file: string, latest: number, binding: { nativeBinding?: string }, now: () => Date): void {
  let problem: string | null = null;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true, ...binding });
    try {
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > 0 && version <= latest) {
        const result = db.pragma('quick_check', { simple: true });
        if (result !== 'ok') problem = String(result);
      }
    } finally {
      db.close();
    }
  } catch (error) {
    if (!isDamage(error)) throw error;
    problem = String((error as Error)?.message ?? error);
  }
  if (problem !== null) throw new DatabaseDamagedError(problem, copyAside(file, 'damaged', now()));
}

function damaged(error: unknown, file: string, now: Date): DatabaseDamagedError {
  const detail = error instanceof DatabaseDamagedError ? error.detail : String((error as Error)?.message ?? error);
  return new DatabaseDamagedError(detail, copyAside(file, 'damaged', now));
}
