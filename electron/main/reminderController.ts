import type { ReminderNotice } from '../core/reminders/notice';
import { noticeFor } from '../core/reminders/notice';
import { dueReminders, type Reminder, type ReminderData } from '../core/reminders/scheduler';
import { attentionOf, nextWake, type Attention } from '../core/reminders/wake';
import { activePause } from '../core/reminders/pause';
import type { Settings } from '../core/settings/schema';
import type { OneTimer } from './oneTimer';

/** What the controller needs from the app; no Electron here, so it is tested with plain fakes. */
export interface ReminderHost {
  now(): Date;
  load(now: Date): { data: ReminderData; settings: Settings; lastCheckedAt: Date | null };
  /** Records that reminders up to `now` were dealt with and which one-shot ones were shown. */
  record(now: Date, shown: readonly Reminder[]): void;
  /** Moves the watermark only (a settings change). */
  markChecked(now: Date): void;
  notify(notice: ReminderNotice): void;
  /** The tray: what needs attention, and whether reminders are paused. */
  onState(state: { attention: Attention; pausedUntil: Date | null }): void;
  /** The zone the clock is read in (Intl), compared at each wake. */
  timeZone(): string;
  log?(message: string): void;
}

export type RecomputeReason = 'start' | 'fire' | 'resume' | 'data' | 'settings' | 'time-zone';

/**
 * The main-process side of reminders: one timer for the earliest thing due,
 * recomputed from scratch (never polled) at start, when it fires, when data
 * or settings change, and after the computer wakes. Whatever came due in
 * between is shown as one notification (a summary when several), so a long
 * sleep or a closed app never ends in a burst.
 *
 * Electron has no time-zone or clock-change event. Each wake recomputes from
 * the wall clock and the current zone, so a change is picked up at the next
 * wake (the timer itself, a resume, or any data or settings change), and the
 * zone is compared at each wake to say so in the log. A timer that was set
 * for a reminder in the old zone may wake at a moment when nothing is due:
 * it then only reschedules.
 */
export function createReminderController(host: ReminderHost, timer: OneTimer) {
  let zone = host.timeZone();
  let stopped = false;

  function deliverDue(now: Date): void {
    const { data, settings, lastCheckedAt } = host.load(now);
    // First start ever: nothing from before Rebound existed counts as missed.
    const due = lastCheckedAt ? dueReminders(lastCheckedAt, now, data, settings) : [];
    const notice = noticeFor(due, now);
    if (notice) host.notify(notice);
    host.record(now, due);
  }

  function schedule(now: Date): void {
    const { data, settings, lastCheckedAt } = host.load(now);
    host.onState({ attention: attentionOf(now, data), pausedUntil: activePause(now, settings) });
    if (stopped) return;
    // Something already due (a check-in freed by "resume") is shown right away.
    const dueNow = lastCheckedAt !== null && dueReminders(lastCheckedAt, now, data, settings).length > 0;
    const wake = dueNow ? now : nextWake(now, data, settings);
    if (wake) timer.set(wake, now, fire);
    else timer.cancel();
  }

  function wakeUp(reason: RecomputeReason): void {
    const now = host.now();
    const current = host.timeZone();
    if (current !== zone) {
      host.log?.(`time zone changed from ${zone} to ${current}; reminders recomputed`);
      zone = current;
    }
    deliverDue(now);
    schedule(now);
    host.log?.(`reminders recomputed (${reason})`);
  }

  function fire(): void {
    wakeUp('fire');
  }

  return {
    start: () => wakeUp('start'),
    /** The computer woke: show what was missed while asleep (one summary), then reschedule. */
    resume: () => wakeUp('resume'),
    /** Going to sleep: a timer firing mid-suspend is useless; resume recomputes. */
    suspend: () => timer.cancel(),
    dataChanged: () => schedule(host.now()),
    settingsChanged: () => {
      const now = host.now();
      // A reminder time just moved to earlier today is not "missed"; one-shot check-ins keep their own record.
      host.markChecked(now);
      schedule(now);
    },
    stop: () => {
      stopped = true;
      timer.cancel();
    },
  };
}

export type ReminderController = ReturnType<typeof createReminderController>;
