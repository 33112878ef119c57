import type { View } from '../app/contract';
import type { Settings } from '../settings/schema';
import { addDaysTo, dayOf, weekStartOf } from '../time/days';
import type { Day } from '../time/schema';
import { atTimeOn, inQuietHours, quietHoursEnd, weekdayOf } from './localTime';

/**
 * The reminder scheduler: pure functions of (now, data, settings). No timer,
 * no database, no clock of its own; main asks it what is due and when to
 * wake next, and sets one timer for that.
 */

export const reminderKinds = ['checkIn', 'interviewTomorrow', 'followUps', 'weeklyPlanning', 'weeklyReview', 'idleNudge'] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/** A reflection whose recovery window was chosen (reflections.recovery_until). */
export interface Recovery {
  rejectionId: number;
  company: string;
  startedAt: string;
  recoveryUntil: string;
  finishedAt: string | null;
}

export interface PendingFollowUp {
  dueOn: Day;
  createdAt: string;
}

/** An interview round still ahead (interviews.starts_at after now), for the evening-before reminder. */
export interface UpcomingRound {
  id: number;
  /** The UTC moment it starts. */
  startsAt: string;
  /** The last change to the round: one added or moved after the usual reminder time is reminded from then. */
  updatedAt: string;
  company: string;
  kind: string;
}

export interface WeekRow {
  weekStart: Day;
  reviewed: boolean;
}

/** What the scheduler needs to know about the person's data, read by reminderData(). */
export interface ReminderData {
  recoveries: Recovery[];
  /** Follow-ups still pending. */
  followUps: PendingFollowUp[];
  /** Planned weeks near now. */
  weeks: WeekRow[];
  /** The latest day with any routine activity, or null when there is none yet. */
  lastActivityDay: Day | null;
  /** The day Rebound was first used: an idle stretch counts from here when nothing was logged yet. */
  firstDay: Day;
  /** Reflections whose check-in was already shown. */
  checkInsShown: number[];
  /** The idle stretch (keyed by its last active day) already nudged about. */
  idleShownFor: Day | null;
  /** Interview rounds ahead, soonest first, within the horizon. */
  interviews: UpcomingRound[];
  /** Round id → the start it was reminded about: the same start never twice, a moved round afresh. */
  interviewsReminded: Record<number, string>;
}

export interface Reminder {
  kind: ReminderKind;
  /** Unique per occurrence: `weeklyReview:2026-11-27`, `checkIn:12`. */
  key: string;
  /** When it is shown: its own time, moved past quiet hours or a pause where that applies. */
  at: Date;
  /** What a click opens (main sends nav:open with it). */
  nav: { view: View; action?: string };
  /** Follow-ups due, for followUps. */
  count?: number;
  /** The company, for a check-in. */
  company?: string;
  rejectionId?: number;
  /** The last active day of the idle stretch, for idleNudge. */
  idleSince?: Day;
  /** The round, for interviewTomorrow: which one, when it starts (UTC ISO), and its kind. */
  interviewId?: number;
  startsAt?: string;
  interviewKind?: string;
}

/** The idle nudge has no time setting of its own: late morning, outside default quiet hours. */
export const idleNudgeTime = '11:00';
/** How far ahead the scheduler looks for a recurring reminder (longer than any pause or recovery window). */
export const horizonDays = 70;
/** A check-in older than this is not brought up any more. */
export const staleCheckInDays = 14;
/** How far back a long absence is examined; anything older is not "missed" any more. */
export const maxLookbackDays = 35;

const routineKinds: ReadonlySet<ReminderKind> = new Set(['followUps', 'weeklyPlanning', 'weeklyReview', 'idleNudge']);
// An interview round is an appointment the person made, not a routine nudge: a recovery window does not
// mute it. Like a check-in it waits out quiet hours and a pause, and is dropped once the round has begun.
const oneShotKinds: ReadonlySet<ReminderKind> = new Set(['checkIn', 'interviewTomorrow', 'idleNudge']);
const kindOrder = Object.fromEntries(reminderKinds.map((kind, index) => [kind, index])) as Record<ReminderKind, number>;

interface Context {
  data: ReminderData;
  settings: Settings;
  pausedUntil: Date | null;
  windows: { start: Date; end: Date }[];
}

function contextOf(data: ReminderData, settings: Settings): Context {
  const paused = settings.reminders.pausedUntil ? new Date(settings.reminders.pausedUntil) : null;
  return {
    data,
    settings,
    pausedUntil: paused && !Number.isNaN(paused.getTime()) ? paused : null,
    windows: data.recoveries
      .map((recovery) => ({ start: new Date(recovery.startedAt), end: new Date(recovery.recoveryUntil) }))
      .filter((window) => !Number.isNaN(window.start.getTime()) && !Number.isNaN(window.end.getTime())),
  };
}

/**
 * When an occurrence is actually shown, or null when it is dropped:
 * - during a recovery window routine nudges are muted (the guide: give yourself a day or two);
 *   recurring ones are skipped (the next one comes), the idle nudge waits for the window to end;
 * - during a pause recurring reminders are skipped, one-shot ones (a check-in) wait for the pause to end;
 * - in quiet hours everything waits for quiet hours to end.
 */
export function deliveryTime(kind: ReminderKind, nominal: Date, context: Context): Date | null {
  let at = nominal;
  for (let step = 0; step < 16; step += 1) {
    if (routineKinds.has(kind)) {
      const window = context.windows.find((w) => w.start <= at && at < w.end);
      if (window) {
        if (!oneShotKinds.has(kind)) return null;
        at = window.end;
        continue;
      }
    }
    if (context.pausedUntil && at < context.pausedUntil) {
      if (!oneShotKinds.has(kind)) return null;
      at = context.pausedUntil;
      continue;
    }
    if (inQuietHours(at, context.settings.reminders.quietHours)) {
      at = quietHoursEnd(at, context.settings.reminders.quietHours);
      continue;
    }
    return at;
  }
  return at;
}

type Recurring = 'followUps' | 'weeklyPlanning' | 'weeklyReview';

/** The occurrence of a recurring kind on one day, before quiet hours and pauses, or null when it has none. */
function occurrenceOn(kind: Recurring, day: Day, context: Context): (Omit<Reminder, 'at'> & { nominal: Date }) | null {
  const { settings, data } = context;
  const reminders = settings.reminders;
  if (kind === 'followUps') {
    if (!reminders.followUpsDue.enabled) return null;
    const nominal = atTimeOn(day, reminders.followUpsDue.time);
    const known = data.followUps.filter((f) => f.dueOn <= day && new Date(f.createdAt) <= nominal);
    // Only a day on which something became due brings a reminder: an overdue follow-up is not repeated daily.
    const fresh = known.some((f) => f.dueOn === day || dayOf(new Date(f.createdAt)) === day);
    if (!fresh) return null;
    return { kind, key: `followUps:${day}`, nominal, count: known.length, nav: { view: 'today', action: 'follow-ups' } };
  }
  const spec = kind === 'weeklyPlanning' ? reminders.weeklyPlanning : reminders.weeklyReview;
  if (!spec.enabled || weekdayOf(day) !== spec.day) return null;
  const weekStart = weekStartOf(day, settings.weekStartsOn);
  if (kind === 'weeklyPlanning') {
    // Planning on a Sunday is usually for the coming week: either week having a plan is enough.
    const next = addDaysTo(weekStart, 7);
    if (data.weeks.some((week) => week.weekStart === weekStart || week.weekStart === next)) return null;
    return { kind, key: `weeklyPlanning:${day}`, nominal: atTimeOn(day, spec.time), nav: { view: 'plan', action: 'plan-week' } };
  }
  if (data.weeks.some((week) => week.weekStart === weekStart && week.reviewed)) return null;
  return { kind, key: `weeklyReview:${day}`, nominal: atTimeOn(day, spec.time), nav: { view: 'plan', action: 'review' } };
}

const recurringKinds: Recurring[] = ['followUps', 'weeklyPlanning', 'weeklyReview'];

/** Recurring occurrences shown in (from, until], in order; stops at the first when `firstOnly`. */
function recurringBetween(kind: Recurring, from: Date, until: Date | null, context: Context, firstOnly: boolean): Reminder[] {
  const found: Reminder[] = [];
  // Start a day early: yesterday's occurrence may have been moved past quiet hours into today.
  let day = addDaysTo(dayOf(from), -1);
  const lastDay = until ? dayOf(until) : addDaysTo(dayOf(from), horizonDays);
  while (day <= lastDay) {
    const occurrence = occurrenceOn(kind, day, context);
    if (occurrence) {
      const at = deliveryTime(kind, occurrence.nominal, context);
      if (at && at > from && (!until || at <= until)) {
        const { nominal: _nominal, ...reminder } = occurrence;
        found.push({ ...reminder, at });
        if (firstOnly) break;
      }
    }
    day = addDaysTo(day, 1);
  }
  return found;
}

/**
 * When the evening-before reminder of a round is shown, or null when it is not: switched off, already
 * reminded about this very start, or held (quiet hours, a pause) until the round has begun. Its own time
 * is the setting's on the day before the round's day on the person's clock, or the moment the round was
 * added or moved if that came later (a round booked at 22:00 for tomorrow morning waits out quiet hours).
 */
export function interviewReminderTime(
  round: UpcomingRound,
  data: ReminderData,
  settings: Settings,
  context = contextOf(data, settings),
): Date | null {
  const spec = settings.reminders.interviewDayBefore;
  if (!spec.enabled || data.interviewsReminded[round.id] === round.startsAt) return null;
  const starts = new Date(round.startsAt);
  if (Number.isNaN(starts.getTime())) return null;
  const usual = atTimeOn(addDaysTo(dayOf(starts), -1), spec.time);
  const changed = new Date(round.updatedAt);
  const nominal = !Number.isNaN(changed.getTime()) && changed > usual ? changed : usual;
  const at = deliveryTime('interviewTomorrow', nominal, context);
  return at && at < starts ? at : null;
}

/** Check-ins, interview rounds and the idle nudge: each shown once, whenever its time has come, until it is shown. */
function oneShots(now: Date, context: Context): Reminder[] {
  const { data, settings } = context;
  const found: Reminder[] = [];
  for (const round of data.interviews) {
    // A round that has begun is past reminding, whatever was missed while Rebound was closed.
    if (new Date(round.startsAt) <= now) continue;
    const at = interviewReminderTime(round, data, settings, context);
    if (!at) continue;
    found.push({
      kind: 'interviewTomorrow',
      key: `interviewTomorrow:${round.id}:${round.startsAt}`,
      at,
      company: round.company,
      interviewId: round.id,
      startsAt: round.startsAt,
      interviewKind: round.kind,
      nav: { view: 'today' },
    });
  }
  if (settings.reminders.recoveryCheckIn.enabled) {
    const staleBefore = new Date(now.getTime() - staleCheckInDays * 86_400_000);
    for (const recovery of data.recoveries) {
      const until = new Date(recovery.recoveryUntil);
      if (recovery.finishedAt || Number.isNaN(until.getTime()) || until < staleBefore) continue;
      if (data.checkInsShown.includes(recovery.rejectionId)) continue;
      const at = deliveryTime('checkIn', until, context);
      if (!at) continue;
      found.push({
        kind: 'checkIn',
        key: `checkIn:${recovery.rejectionId}`,
        at,
        company: recovery.company,
        rejectionId: recovery.rejectionId,
        nav: { view: 'reflect', action: `reflect-${recovery.rejectionId}` },
      });
    }
  }
  if (settings.reminders.idleNudge.enabled) {
    const since = data.lastActivityDay ?? data.firstDay;
    if (data.idleShownFor !== since) {
      const nominal = atTimeOn(addDaysTo(since, settings.reminders.idleNudge.days), idleNudgeTime);
      const at = deliveryTime('idleNudge', nominal, context);
      if (at) found.push({ kind: 'idleNudge', key: `idleNudge:${since}`, at, idleSince: since, nav: { view: 'today', action: 'idle' } });
    }
  }
  return found;
}

function byTime(a: Reminder, b: Reminder): number {
  return a.at.getTime() - b.at.getTime() || kindOrder[a.kind] - kindOrder[b.kind] || a.key.localeCompare(b.key);
}

/** The next reminder of each kind (and each waiting check-in) after `now`, earliest first. */
export function nextReminders(now: Date, data: ReminderData, settings: Settings): Reminder[] {
  const context = contextOf(data, settings);
  const upcoming = recurringKinds.flatMap((kind) => recurringBetween(kind, now, null, context, true));
  upcoming.push(...oneShots(now, context).filter((reminder) => reminder.at > now));
  return upcoming.sort(byTime);
}

/**
 * What should be shown now: recurring occurrences in (since, now] and
 * one-shot reminders whose time has come and that were never shown.
 * `since` is the last moment reminders were dealt with; a very old one is
 * clamped so a long absence never digs up months of reminders.
 */
export function dueReminders(since: Date, now: Date, data: ReminderData, settings: Settings): Reminder[] {
  const context = contextOf(data, settings);
  const floor = new Date(now.getTime() - maxLookbackDays * 86_400_000);
  const from = since < floor ? floor : since;
  const due = from < now ? recurringKinds.flatMap((kind) => recurringBetween(kind, from, now, context, false)) : [];
  due.push(...oneShots(now, context).filter((reminder) => reminder.at <= now));
  return due.sort(byTime);
}

export interface MissedSummary {
  /** How many of each kind were missed (several days of follow-up reminders count once, with the latest count). */
  kinds: Partial<Record<ReminderKind, number>>;
  followUps: number;
  checkIns: string[];
  /** The companies of the interview rounds coming up. */
  interviews: string[];
  /** The reminders summarized, so they can be recorded as shown. */
  reminders: Reminder[];
  nav: { view: View; action?: string };
}

/**
 * Reminders missed while Rebound was closed or the computer slept, folded
 * into one summary (never a burst), or null when nothing was missed.
 */
export function missedSummary(since: Date, now: Date, data: ReminderData, settings: Settings): MissedSummary | null {
  const due = dueReminders(since, now, data, settings);
  if (due.length === 0) return null;
  return summarize(due);
}

export function summarize(reminders: Reminder[]): MissedSummary {
  const kinds: Partial<Record<ReminderKind, number>> = {};
  for (const reminder of reminders) kinds[reminder.kind] = (kinds[reminder.kind] ?? 0) + 1;
  const followUps = reminders.filter((r) => r.kind === 'followUps').at(-1)?.count ?? 0;
  const checkIns = reminders.flatMap((r) => (r.kind === 'checkIn' && r.company ? [r.company] : []));
  const interviews = reminders.flatMap((r) => (r.kind === 'interviewTomorrow' && r.company ? [r.company] : []));
  return { kinds, followUps, checkIns, interviews, reminders, nav: { view: 'today' } };
}
