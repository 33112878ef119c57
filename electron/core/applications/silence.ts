import { addDaysTo, dayOf, daysBetween, parseDay } from '../time/days';
import type { Day } from '../time/schema';
import type { ApplicationStatus } from './schema';

/** Statuses in which someone is waiting to hear back. */
export const waitingStatuses: readonly ApplicationStatus[] = ['applied', 'interviewing'];

/**
 * An application has gone quiet when it is waiting to hear back and nothing
 * about it changed (status, follow-up, edit, "keep waiting") for `silenceAfterDays`.
 */
export function isSilent(application: { status: ApplicationStatus; updatedAt: string }, today: Day, silenceAfterDays: number): boolean {
  if (!waitingStatuses.includes(application.status)) return false;
  return daysBetween(dayOf(new Date(application.updatedAt)), today) >= silenceAfterDays;
}

/**
 * The moment silence begins for changes made before it: the local midnight
 * that starts the day after the last day still counted as recent. Comparing
 * `updatedAt` with it is `isSilent` without date math per application (tests
 * hold the two equal), and lets SQLite find quiet applications in an index.
 */
export function quietBefore(today: Day, silenceAfterDays: number): string {
  return parseDay(addDaysTo(today, 1 - silenceAfterDays)).toISOString();
}

/** `isSilent`, given `quietBefore(today, silenceAfterDays)`. */
export function isSilentBefore(application: { status: ApplicationStatus; updatedAt: string }, before: string): boolean {
  return waitingStatuses.includes(application.status) && application.updatedAt < before;
}
