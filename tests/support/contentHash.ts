import crypto from 'node:crypto';
import type Database from 'better-sqlite3';

/**
 * A hash of every row of every table: the database's content, not its file layout. `except` leaves
 * tables out, e.g. the change counters, which only ever count up, even when a change is undone.
 */
export function contentHash(db: Database.Database, except: readonly string[] = []): string {
  const hash = crypto.createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  for (const table of tables.filter((name) => !except.includes(name))) {
    hash.update(`\u0000${table}\u0000`);
    // Sorted as text: WITHOUT ROWID tables (win_days, change_counters) have no rowid to order by.
    for (const row of db
      .prepare(`SELECT * FROM "${table}"`)
      .all()
      .map((one) => JSON.stringify(one))
      .sort())
      hash.update(row);
  }
  return hash.digest('hex');
}

/** How many rows the database holds, all tables together. */
export function rowCount(db: Database.Database, tables: readonly string[]): number {
  return tables.reduce((sum, table) => sum + (db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number), 0);
}
