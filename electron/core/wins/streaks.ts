import { addDaysTo, weekStartOf, type WeekStartsOn } from '../time/days';
import type { Day } from '../time/schema';

/**
 * Counts back through consecutive periods that hold a win. Today (or this
 * week) keeps the streak alive even before it has a win of its own: a streak
 * only ends once a whole period has passed without one.
 * `periods` are distinct, newest first, none later than `current`.
 */
function streak(periods: Iterable<Day>, current: Day, previous: (period: Day) => Day): number {
  let expected = current;
  let count = 0;
  let first = true;
  for (const period of periods) {
    if (first && period !== current) expected = previous(current);
    first = false;
    if (period !== expected) break;
    count += 1;
    expected = previous(expected);
  }
  return count;
}

/** Days in a row with a win, from `days` (distinct, newest first, none after today). */
export function dayStreak(days: Iterable<Day>, today: Day): number {
  return streak(days, today, (day) => addDaysTo(day, -1));
}

function* distinctWeeks(days: Iterable<Day>, weekStartsOn: WeekStartsOn): Generator<Day> {
  let last: Day | null = null;
  for (const day of days) {
    const week = weekStartOf(day, weekStartsOn);
    if (week !== last) yield week;
    last = week;
  }
}

/** Weeks in a row with a win, from the same newest-first days. */
export function weekStreak(days: Iterable<Day>, today: Day, weekStartsOn: WeekStartsOn): number {
  return streak(distinctWeeks(days, weekStartsOn), weekStartOf(today, weekStartsOn), (week) => addDaysTo(week, -7));
}

/**
 * Wins per week for the `weeks` weeks ending with the one holding `today`,
 * oldest first, with empty weeks as zero.
 */
export function countPerWeek(
  dayCounts: Iterable<{ day: Day; count: number }>,
  today: Day,
  weekStartsOn: WeekStartsOn,
  weeks: number,
): { weekStart: Day; count: number }[] {
  const current = weekStartOf(today, weekStartsOn);
  const starts = Array.from({ length: weeks }, (_, index) => addDaysTo(current, -7 * (weeks - 1 - index)));
  const counts = new Map(starts.map((start) => [start, 0]));
  for (const { day, count } of dayCounts) {
    const week = weekStartOf(day, weekStartsOn);
    const existing = counts.get(week);
    if (existing !== undefined) counts.set(week, existing + count);
  }
  return starts.map((weekStart) => ({ weekStart, count: counts.get(weekStart) ?? 0 }));
}
