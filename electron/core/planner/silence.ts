import { dayOf, daysBetween } from '../time/days';
import type { Day } from '../time/schema';
import type { ApplicationStatus } from './schema';

/** Statuses in which someone is waiting to hear back. */
export const waitingStatuses: readonly ApplicationStatus[] = ['applied', 'interviewing'];

/**
 * An application has gone quiet when it is waiting to hear back and nothing
 * about it changed (status, follow-up, edit, "keep waiting") for `silenceAfterDays`.
 */
export function isSilent(
  application: { status: ApplicationStatus; updatedAt: string },
  today: Day,
  silenceAfterDays: number,
): boolean {
  if (!waitingStatuses.includes(application.status)) return false;
  return daysBetween(dayOf(new Date(application.updatedAt)), today) >= silenceAfterDays;
}
