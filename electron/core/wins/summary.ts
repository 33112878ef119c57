import type Database from 'better-sqlite3';
import { addDaysTo, weekStartOf, type WeekStartsOn } from '../time/days';
import type { Day } from '../time/schema';
import type { WeekCount, WinsSummary } from './schema';
import { countPerWeek, dayStreak, weekStreak } from './streaks';
import { toWins, winColumns, winJoins, type WinRow } from './winRows';

/** Distinct days with a win, newest first, read lazily: a streak stops reading at its first gap. */
function* daysWithWins(db: Database.Database, today: Day): Generator<Day> {
  const statement = db
    .prepare('SELECT DISTINCT day FROM wins WHERE deleted_at IS NULL AND day <= ? ORDER BY day DESC')
    .pluck();
  yield* statement.iterate(today) as Iterable<Day>;
}

function countBetween(db: Database.Database, from: Day, to: Day): number {
  return db
    .prepare('SELECT count(*) FROM wins WHERE deleted_at IS NULL AND day >= ? AND day <= ?')
    .pluck()
    .get(from, to) as number;
}

function latestWin(db: Database.Database, weekStartsOn: WeekStartsOn) {
  const row = db.prepare(`SELECT ${winColumns} ${winJoins} WHERE w.deleted_at IS NULL ORDER BY w.id DESC LIMIT 1`).get() as
    | WinRow
    | undefined;
  return row ? (toWins([row], weekStartsOn)[0] ?? null) : null;
}

/** This week against last week, the streaks, and the total: the numbers on top of Wins and in Today. */
export function winsSummary(db: Database.Database, today: Day, weekStartsOn: WeekStartsOn): WinsSummary {
  const weekStart = weekStartOf(today, weekStartsOn);
  const lastWeekStart = addDaysTo(weekStart, -7);
  return {
    today,
    weekStart,
    thisWeek: countBetween(db, weekStart, addDaysTo(weekStart, 6)),
    lastWeek: countBetween(db, lastWeekStart, addDaysTo(lastWeekStart, 6)),
    dayStreak: dayStreak(daysWithWins(db, today), today),
    weekStreak: weekStreak(daysWithWins(db, today), today, weekStartsOn),
    total: db.prepare('SELECT count(*) FROM wins WHERE deleted_at IS NULL').pluck().get() as number,
    latest: latestWin(db, weekStartsOn),
  };
}

/** Wins per week over the last `weeks` weeks (this one included), oldest first. */
export function winsPerWeek(db: Database.Database, today: Day, weekStartsOn: WeekStartsOn, weeks: number): WeekCount[] {
  const from = addDaysTo(weekStartOf(today, weekStartsOn), -7 * (weeks - 1));
  const rows = db
    .prepare(
      `SELECT day, count(*) AS count FROM wins
       WHERE deleted_at IS NULL AND day >= ? AND day <= ? GROUP BY day`,
    )
    .all(from, addDaysTo(weekStartOf(today, weekStartsOn), 6)) as { day: Day; count: number }[];
  return countPerWeek(rows, today, weekStartsOn, weeks);
}
