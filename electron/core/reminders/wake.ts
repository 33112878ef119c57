import { dayOf } from '../time/days';
import type { Settings } from '../settings/schema';
import { atTimeOn } from './localTime';
import { nextReminders, staleCheckInDays, type ReminderData } from './scheduler';

/** When main wakes and what the tray flags: pure functions of (now, data, settings), like the scheduler. */

/**
 * When the tray's attention state next changes by the clock alone: the
 * midnight a pending follow-up falls due, or the moment a recovery window
 * ends (even with those reminders switched off, the tray should know).
 */
export function nextAttentionChange(now: Date, data: ReminderData): Date | null {
  const today = dayOf(now);
  const candidates: Date[] = [];
  const nextDue = data.followUps
    .map((f) => f.dueOn)
    .filter((day) => day > today)
    .sort()[0];
  if (nextDue) candidates.push(atTimeOn(nextDue, '00:00'));
  for (const recovery of data.recoveries) {
    const until = new Date(recovery.recoveryUntil);
    if (!recovery.finishedAt && until > now) candidates.push(until);
  }
  return candidates.sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
}

/**
 * When main should wake next: the earliest reminder, the end of a pause (the
 * tray's "paused" line goes away), the next change in what needs attention,
 * or the start of the next interview round.
 */
export function nextWake(now: Date, data: ReminderData, settings: Settings): Date | null {
  const paused = settings.reminders.pausedUntil ? new Date(settings.reminders.pausedUntil) : null;
  const candidates = [
    nextReminders(now, data, settings)[0]?.at ?? null,
    paused && paused > now ? paused : null,
    nextAttentionChange(now, data),
    // The moment the next round begins: the tray's "Next interview" line moves on to the one after.
    data.interviews.map((round) => new Date(round.startsAt)).find((start) => start > now) ?? null,
  ];
  return candidates.filter((at): at is Date => at !== null).sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
}

export interface Attention {
  followUpsDue: number;
  checkInsWaiting: number;
}

/** What the tray flags: follow-ups due today or earlier, and check-ins whose time has come. */
export function attentionOf(now: Date, data: ReminderData): Attention {
  const today = dayOf(now);
  const staleBefore = new Date(now.getTime() - staleCheckInDays * 86_400_000);
  return {
    followUpsDue: data.followUps.filter((f) => f.dueOn <= today).length,
    checkInsWaiting: data.recoveries.filter((r) => {
      const until = new Date(r.recoveryUntil);
      return !r.finishedAt && until <= now && until >= staleBefore;
    }).length,
  };
}
