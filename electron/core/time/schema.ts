import { z } from 'zod';
import { content } from '../../../content';

/** A calendar day as the person lives it: local `YYYY-MM-DD`, no time, no zone. */
export type Day = string;

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day (no 2026-02-30), checked without Date's local-time quirks. */
export function isRealDay(value: string): boolean {
  const match = dayPattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** The first day a person may type: nothing in a job search is dated earlier, and 1970-01-01 is a broken clock's day. */
export const earliestDay: Day = '1990-01-01';

/**
 * A typed day: real, and not before 1990. The upper bound (two years after
 * today) needs core's clock, so core checks it with refuseDaysOutOfRange.
 */
export const daySchema = z
  .string()
  .refine(isRealDay, content.views.errors.realDay)
  .refine((day) => !isRealDay(day) || day >= earliestDay, content.views.errors.dayTooEarly);
