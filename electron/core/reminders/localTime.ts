import { getDay, parse } from 'date-fns';
import { addDaysTo, dayOf } from '../time/days';
import type { Day } from '../time/schema';

/** HH:mm on a 24-hour clock, already validated by the settings schema. */
export type ClockTime = string;

/**
 * The moment a local clock shows `time` on `day`. On a spring-forward day a
 * time that does not exist (02:30) becomes the first one after the gap
 * (03:30); on a fall-back day a time that exists twice is the first of the two.
 */
export function atTimeOn(day: Day, time: ClockTime): Date {
  return parse(`${day} ${time}`, 'yyyy-MM-dd HH:mm', new Date(2000, 0, 1, 12));
}

/** Minutes since local midnight, as the wall clock shows them. */
export function minutesOfDay(moment: Date): number {
  return moment.getHours() * 60 + moment.getMinutes();
}

function minutesOf(time: ClockTime): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** 0 = Sunday … 6 = Saturday, the day of the week a local day falls on. */
export function weekdayOf(day: Day): number {
  return getDay(atTimeOn(day, '12:00'));
}

export interface QuietHours {
  enabled: boolean;
  start: ClockTime;
  end: ClockTime;
}

/** Whether a moment falls inside quiet hours; a span that wraps past midnight (21:00–08:00) works. */
export function inQuietHours(moment: Date, quiet: QuietHours): boolean {
  if (!quiet.enabled || quiet.start === quiet.end) return false;
  const now = minutesOfDay(moment);
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/** The first moment after `moment` at which quiet hours end (today's end, or tomorrow's). */
export function quietHoursEnd(moment: Date, quiet: QuietHours): Date {
  const today = dayOf(moment);
  const endToday = atTimeOn(today, quiet.end);
  return endToday > moment ? endToday : atTimeOn(addDaysTo(today, 1), quiet.end);
}
