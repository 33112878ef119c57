import { dayNumber, dayOfNumber, firstDayOfWeekNumber, weekNumber, type WeekStartsOn } from '../time/days';
import type { Day } from '../time/schema';

/**
 * Counts back through consecutive periods that hold a win. Today (or this
 * week) keeps the streak alive even before it has a win of its own: a streak
 * only ends once a whole period has passed without one.
 * `periods` are numbered (day or week numbers), distinct, newest first, none
 * later than `current`: integers, so ten years of days walk in well under a
 * millisecond.
 */
function streak(periods: Iterable<number>, current: number): number {
  let expected = current;
  let count = 0;
  let first = true;
  for (const period of periods) {
    if (first && period !== current) expected = current - 1;
    first = false;
    if (period !== expected) break;
    count += 1;
    expected -= 1;
  }
  return count;
}

function* numbered(days: Iterable<Day>): Generator<number> {
  for (const day of days) yield dayNumber(day);
}

/** Days in a row with a win, from `days` (distinct, newest first, none after today). */
export function dayStreak(days: Iterable<Day>, today: Day): number {
  return dayStreakOf(numbered(days), dayNumber(today));
}

/** `dayStreak` over day numbers (see time/days.ts `dayNumber`). */
export function dayStreakOf(days: Iterable<number>, today: number): number {
  return streak(days, today);
}

function* distinctWeeks(days: Iterable<number>, weekStartsOn: WeekStartsOn): Generator<number> {
  let last: number | null = null;
  for (const day of days) {
    const week = weekNumber(day, weekStartsOn);
    if (week !== last) yield week;
    last = week;
  }
}

/** Weeks in a row with a win, from the same newest-first days. */
export function weekStreak(days: Iterable<Day>, today: Day, weekStartsOn: WeekStartsOn): number {
  return weekStreakOf(numbered(days), dayNumber(today), weekStartsOn);
}

/** `weekStreak` over day numbers. */
export function weekStreakOf(days: Iterable<number>, today: number, weekStartsOn: WeekStartsOn): number {
  return streak(distinctWeeks(days, weekStartsOn), weekNumber(today, weekStartsOn));
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
  const first = weekNumber(dayNumber(today), weekStartsOn) - (weeks - 1);
  // Week numbers back to days, not date-fns per week: 52 of those were a third of the wins-per-week read.
  const starts = Array.from({ length: weeks }, (_, index) => dayOfNumber(firstDayOfWeekNumber(first + index, weekStartsOn)));
  const counts = starts.map(() => 0);
  for (const { day, count } of dayCounts) {
    const index = weekNumber(dayNumber(day), weekStartsOn) - first;
    if (index >= 0 && index < weeks) counts[index] = (counts[index] as number) + count;
  }
  return starts.map((weekStart, index) => ({ weekStart, count: counts[index] as number }));
}
