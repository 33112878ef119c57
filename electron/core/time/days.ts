import { addDays, addHours, differenceInCalendarDays, format, parse, startOfWeek } from 'date-fns';
import { isRealDay, type Day } from './schema';

export type WeekStartsOn = 0 | 1 | 6;

/** The local calendar day a moment falls on. */
export function dayOf(moment: Date): Day {
  return format(moment, 'yyyy-MM-dd');
}

/** Local midnight of a day (or the first moment that exists, on a DST change at midnight). */
export function parseDay(day: Day): Date {
  if (!isRealDay(day)) throw new RangeError(`Not a calendar day: ${day}`);
  return parse(day, 'yyyy-MM-dd', new Date(2000, 0, 1, 12));
}

export function addDaysTo(day: Day, amount: number): Day {
  return dayOf(addDays(parseDay(day), amount));
}

/** The first day of the week holding `day`, under the person's week-start setting. */
export function weekStartOf(day: Day, weekStartsOn: WeekStartsOn): Day {
  return dayOf(startOfWeek(parseDay(day), { weekStartsOn }));
}

/** The seven days of the week that starts on `weekStart`. */
export function daysOfWeek(weekStart: Day): Day[] {
  return Array.from({ length: 7 }, (_, index) => addDaysTo(weekStart, index));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return differenceInCalendarDays(parseDay(to), parseDay(from));
}

/** The moment `hours` after `moment` (a recovery window's end). */
export function addHoursTo(moment: Date, hours: number): Date {
  return addHours(moment, hours);
}

/** The first day of the week after the one holding `day`. */
export function nextWeekStartOf(day: Day, weekStartsOn: WeekStartsOn): Day {
  return addDaysTo(weekStartOf(day, weekStartsOn), 7);
}
