import type Database from 'better-sqlite3';

/**
 * The pragmas every connection to the store runs with, main's and the import worker's alike: WAL so
 * reads never wait on a write, synchronous=FULL so nothing acknowledged is lost to a power cut, foreign
 * keys enforced, and a busy timeout instead of instant SQLITE_BUSY.
 */
export function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}
