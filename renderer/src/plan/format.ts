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
