import type Database from 'better-sqlite3';
import { derivedOf } from '../db/derived';
import { addDaysTo, dayNumber, weekStartOf, type WeekStartsOn } from '../time/days';
import type { Day } from '../time/schema';
import type { WeekCount, WinsSummary } from './schema';
import { countPerWeek, dayStreakOf, weekStreakOf } from './streaks';
import { countWins, countWinsBetween } from './winDays';
import { toWins, winColumns, winJoins, type WinRow } from './winRows';

// Days, counts and streaks read win_days, the per-day tally the triggers of migration 0003 keep:
// ten years hold a few thousand days but tens of thousands of wins.

/** Every day with a win up to today, newest first, as day numbers (worked out once for both streaks). */
function winDayNumbers(db: Database.Database, today: Day): number[] {
  const days = db.prepare('SELECT day FROM win_days WHERE day <= ? ORDER BY day DESC').pluck().all(today) as Day[];
  return days.map((day) => dayNumber(day));
}

function latestWin(db: Database.Database, weekStartsOn: WeekStartsOn) {
  // The newest id first, walking the table backwards (`+` keeps SQLite off the day index, where finding the
  // largest id meant sorting every win: 19 ms at ten years), then its row with the link's words.
  const row = db
    .prepare(
      `SELECT ${winColumns} ${winJoins}
       WHERE w.id = (SELECT id FROM wins WHERE +deleted_at IS NULL ORDER BY id DESC LIMIT 1)`,
    )
    .get() as WinRow | undefined;
  return row ? (toWins([row], weekStartsOn)[0] ?? null) : null;
}

/**
 * The streaks, from the days that have a win. Kept until a day gains its
 * first win or loses its last (another win on a day that already had one
 * changes no streak), or the day or week-start setting changes.
 */
function streaks(db: Database.Database, today: Day, weekStartsOn: WeekStartsOn): { dayStreak: number; weekStreak: number } {
  return derivedOf(db).get('wins:streaks', ['win_days'], `${today}|${weekStartsOn}`, () => {
    const days = winDayNumbers(db, today);
    const todayNumber = dayNumber(today);
    return { dayStreak: dayStreakOf(days, todayNumber), weekStreak: weekStreakOf(days, todayNumber, weekStartsOn) };
  });
}

/** This week against last week, the streaks, and the total: the numbers on top of Wins and in Today. */
export function winsSummary(db: Database.Database, today: Day, weekStartsOn: WeekStartsOn): WinsSummary {
  const weekStart = weekStartOf(today, weekStartsOn);
  const lastWeekStart = addDaysTo(weekStart, -7);
  return {
    today,
    weekStart,
    thisWeek: countWinsBetween(db, weekStart, addDaysTo(weekStart, 6)),
    lastWeek: countWinsBetween(db, lastWeekStart, addDaysTo(lastWeekStart, 6)),
    ...streaks(db, today, weekStartsOn),
    total: countWins(db),
    latest: latestWin(db, weekStartsOn),
  };
}

/** Wins per week over the last `weeks` weeks (this one included), oldest first. */
export function winsPerWeek(db: Database.Database, today: Day, weekStartsOn: WeekStartsOn, weeks: number): WeekCount[] {
  const from = addDaysTo(weekStartOf(today, weekStartsOn), -7 * (weeks - 1));
  const rows = db
    .prepare('SELECT day, wins AS count FROM win_days WHERE day >= ? AND day <= ?')
    .all(from, addDaysTo(weekStartOf(today, weekStartsOn), 6)) as { day: Day; count: number }[];
  return countPerWeek(rows, today, weekStartsOn, weeks);
}
