import { addDays, format, parse } from 'date-fns';
import { formatDay } from '../../../content/format';
import { content, fillTemplate } from '../../../content';
import type { Day } from '../../../electron/core/time/schema';

export const copy = content.planner;
export const fill = fillTemplate;

/** Local midnight of a YYYY-MM-DD day (date-fns, the same way core reads days). */
function toDate(day: Day): Date {
  return parse(day, 'yyyy-MM-dd', new Date(2000, 0, 1, 12));
}

/** Calendar-day arithmetic for moving between weeks and snoozing; core checks every day it is sent. */
export function addDaysTo(day: Day, amount: number): Day {
  return format(addDays(toDate(day), amount), 'yyyy-MM-dd');
}

/** "Wed, 11 Mar" in the person's locale (content/format.ts). */
export function shortDay(day: Day): string {
  return formatDay(day, 'short');
}

/** "9 Mar 2026" in the person's locale. */
export function longDay(day: Day): string {
  return formatDay(day, 'medium');
}

/** A day in a table of years: "11 Mar" this year, "11 Mar 2019" before or after it. */
export function tableDay(day: Day, today: Day): string {
  return format(toDate(day), day.slice(0, 4) === today.slice(0, 4) ? 'd MMM' : 'd MMM yyyy');
}

/** The local calendar day of a stored moment (an ISO time). */
export function dayOfMoment(iso: string): Day {
  return format(new Date(iso), 'yyyy-MM-dd');
}
