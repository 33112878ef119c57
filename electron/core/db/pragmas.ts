import type Database from 'better-sqlite3';

/**
 * The pragmas every connection to the store runs with, main's and the import worker's alike: WAL so
 * reads never wait on a write, synchronous=FULL so nothing acknowledged is lost to a power cut, foreign
 * keys enforced, and a busy timeout instead of instant SQLITE_BUSY. temp_store=MEMORY keeps each
 * statement's own journal (what undoes one statement that fails inside a transaction; never read after a
 * crash, which the WAL covers) in memory: past 64 KiB it spilled to a temporary file, so marking one
 * application applied at ten years made about 49 extra writes to it (strace: 127 writes per click, 78
 * with this). Sorts and temporary b-trees stay in memory too: Rebound never runs VACUUM or makes a
 * temporary table, and its largest table at ten years is 100,027 activities.
 */
export function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('temp_store = MEMORY');
}
