import { addDays, addHours, differenceInCalendarDays, startOfWeek } from 'date-fns';
import { isRealDay, type Day } from './schema';

export type WeekStartsOn = 0 | 1 | 6;

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The local calendar day a moment falls on. Plain field reads rather than
 * date-fns' format(): this runs for every day of a ten-year streak, and the
 * token parser made it the slow part (the week math itself stays date-fns').
 */
export function dayOf(moment: Date): Day {
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** Local midnight of a day (or the first moment that exists, on a DST change at midnight). */
export function parseDay(day: Day): Date {
  if (!isRealDay(day)) throw new RangeError(`Not a calendar day: ${day}`);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date);
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

/**
 * A day as a count of days since 1970-01-01, and its week as a count of
 * weeks: plain integers for walking thousands of days at once (a ten-year
 * streak), where date-fns per day cost tens of milliseconds. Calendar days
 * carry no time zone, so this is exact; tests hold it to daysBetween and
 * weekStartOf.
 */
export function dayNumber(day: Day): number {
  const digit = (index: number) => day.charCodeAt(index) - 48;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const month = digit(5) * 10 + digit(6);
  const date = digit(8) * 10 + digit(9);
  // Days from the civil date (the proleptic Gregorian calendar, in 400-year eras counted from March so the
  // leap day falls last): integer steps only, a few nanoseconds a day.
  const shifted = month <= 2 ? year - 1 : year;
  const era = Math.floor(shifted / 400);
  const yearOfEra = shifted - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + date - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Which week (counted from an arbitrary fixed one) holds the day numbered `number`; 1970-01-01 was a Thursday. */
export function weekNumber(number: number, weekStartsOn: WeekStartsOn): number {
  return Math.floor((number + 4 - weekStartsOn) / 7);
}

/** The day numbered `number` (dayNumber's inverse, the same eras walked back): no Date, no date-fns. */
export function dayOfNumber(number: number): Day {
  const shiftedDays = number + 719_468;
  const era = Math.floor(shiftedDays / 146_097);
  const dayOfEra = shiftedDays - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad(month)}-${pad(date)}`;
}

/** The number of the first day of week `week` (weekNumber's inverse). */
export function firstDayOfWeekNumber(week: number, weekStartsOn: WeekStartsOn): number {
  return week * 7 - 4 + weekStartsOn;
}
