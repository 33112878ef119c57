import { format } from 'date-fns';
import { parseDay } from '../time/days';
import type { Day } from '../time/schema';

/** "12 Mar 2026": how a day reads in the timeline and the brag sheet. */
export function dayLabel(day: Day): string {
  return format(parseDay(day), 'd MMM yyyy');
}

/** "Thu 12 Mar": a day inside a week the reader already sees. */
export function shortDayLabel(day: Day): string {
  return format(parseDay(day), 'EEE d MMM');
}

/** "2 March 2026": the start of a week in its heading. */
export function longDayLabel(day: Day): string {
  return format(parseDay(day), 'd MMMM yyyy');
}
