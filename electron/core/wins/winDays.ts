import type Database from 'better-sqlite3';
import type { Day } from '../time/schema';

// Counts of wins not removed, read from win_days: the per-day tally migration 0003's triggers keep.
// Ten years hold a few thousand days but tens of thousands of wins.

/** Wins on the days from `from` to `to`, both included. */
export function countWinsBetween(db: Database.Database, from: Day, to: Day): number {
  return db.prepare('SELECT coalesce(sum(wins), 0) FROM win_days WHERE day >= ? AND day <= ?').pluck().get(from, to) as number;
}

/** Every win. */
export function countWins(db: Database.Database): number {
  return db.prepare('SELECT coalesce(sum(wins), 0) FROM win_days').pluck().get() as number;
}
