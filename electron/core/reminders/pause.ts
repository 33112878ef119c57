import { addDays, addHours } from 'date-fns';
import { DomainError } from '../ipc/result';
import type { Settings } from '../settings/schema';
import { addDaysTo, dayOf } from '../time/days';
import { atTimeOn } from './localTime';
import type { PauseInput } from './schema';
import { content, fillMessage } from '../../../content';

export const maxPauseDays = 30;

/**
 * When a pause ends. "Until tomorrow" means tomorrow morning, when quiet
 * hours end (08:00 unless set otherwise); a week keeps the wall-clock time
 * across a DST change. A chosen end must be in the future and at most 30
 * days away.
 */
export function pauseEnd(now: Date, input: PauseInput, settings: Settings): Date {
  if ('preset' in input) {
    if (input.preset === '1h') return addHours(now, 1);
    if (input.preset === '1w') return addDays(now, 7);
    return atTimeOn(addDaysTo(dayOf(now), 1), settings.reminders.quietHours.end);
  }
  const until = new Date(input.until);
  if (!(until > now)) {
    throw new DomainError('invalid_input', content.reminders.errors.pausePast, { until: content.reminders.errors.pauseFuture });
  }
  if (until > addDays(now, maxPauseDays)) {
    const message = fillMessage(content.reminders.errors.pauseTooLong, { max: maxPauseDays });
    throw new DomainError('invalid_input', message, { until: message });
  }
  return until;
}

/** Whether reminders are paused right now (an end in the past means they are not). */
export function activePause(now: Date, settings: Settings): Date | null {
  const until = settings.reminders.pausedUntil ? new Date(settings.reminders.pausedUntil) : null;
  return until && until > now ? until : null;
}
