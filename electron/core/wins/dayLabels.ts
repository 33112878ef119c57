import { formatDay } from '../../../content/format';
import type { Day } from '../time/schema';

/** "12 Mar 2026": how a day reads in the timeline and the brag sheet, in the person's locale. */
export function dayLabel(day: Day): string {
  return formatDay(day, 'medium');
}

/** "Thu, 12 Mar": a day inside a week the reader already sees. */
export function shortDayLabel(day: Day): string {
  return formatDay(day, 'short');
}

/** "2 March 2026": the start of a week in its heading. */
export function longDayLabel(day: Day): string {
  return formatDay(day, 'long');
}
