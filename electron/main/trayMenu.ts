import { fillTemplate } from '../../content';
import type { View } from '../core/app/contract';
import type { PausePreset } from '../core/reminders/schema';

export interface TrayLabels {
  open: string;
  rejection: string;
  logWin: string;
  addApplication: string;
  /** "Next interview: {company} · {when}": filled by nextInterviewLine into TrayState.nextInterview. */
  nextInterview: string;
  thisWeekEmpty: string;
  settings: string;
  quit: string;
  /** The reminder lines (content/reminders.json → tray). */
  companion: {
    pause: string;
    pauseHour: string;
    pauseTomorrow: string;
    pauseWeek: string;
    /** "Reminders paused until {time}": filled by the caller into TrayState.pausedLine. */
    resume: string;
  };
}

export interface TrayState {
  /** "Applied 3/5 · 2 follow-ups due", or null before anything is planned. */
  weekSummary: string | null;
  windowVisible: boolean;
  /** Something needs the person: a follow-up due, a check-in waiting. Switches the icon. */
  attention: boolean;
  /** What is due, in words ("2 follow-ups due · A check-in is waiting"), or null. */
  dueSummary: string | null;
  /** "Reminders paused until Thu 09:00" while a pause is on, else null. */
  pausedLine: string | null;
  /** "Next interview: Acme · Thu 3 Dec, 10:00" while a round lies ahead, else null. */
  nextInterview: string | null;
}

export const initialTrayState: TrayState = {
  weekSummary: null,
  windowVisible: false,
  attention: false,
  dueSummary: null,
  pausedLine: null,
  nextInterview: null,
};

export type TrayAction =
  | { kind: 'toggle-window' }
  | { kind: 'open'; view: View; action?: string }
  | { kind: 'pause'; preset: PausePreset }
  | { kind: 'resume' }
  | { kind: 'quit' };

export type TrayItem =
  | { type: 'separator' }
  | { type: 'item'; id: string; label: string; action: TrayAction; enabled?: false }
  | { type: 'submenu'; id: string; label: string; items: TrayItem[] };

function reminderItems(state: TrayState, labels: TrayLabels): TrayItem[] {
  const words = labels.companion;
  if (state.pausedLine) {
    return [
      { type: 'item', id: 'paused', label: state.pausedLine, action: { kind: 'open', view: 'settings' }, enabled: false },
      { type: 'item', id: 'resume', label: words.resume, action: { kind: 'resume' } },
    ];
  }
  return [
    {
      type: 'submenu',
      id: 'pause',
      label: words.pause,
      items: [
        { type: 'item', id: 'pause-1h', label: words.pauseHour, action: { kind: 'pause', preset: '1h' } },
        { type: 'item', id: 'pause-tomorrow', label: words.pauseTomorrow, action: { kind: 'pause', preset: 'tomorrow' } },
        { type: 'item', id: 'pause-1w', label: words.pauseWeek, action: { kind: 'pause', preset: '1w' } },
      ],
    },
  ];
}

/** What the tray menu holds, decided from state alone so it can be tested and compared. */
export function trayMenuModel(state: TrayState, labels: TrayLabels): TrayItem[] {
  const due: TrayItem[] = state.dueSummary
    ? [{ type: 'item', id: 'due', label: state.dueSummary, action: { kind: 'open', view: 'today' } }]
    : [];
  const interview: TrayItem[] = state.nextInterview
    ? [{ type: 'item', id: 'next-interview', label: state.nextInterview, action: { kind: 'open', view: 'today' } }]
    : [];
  return [
    { type: 'item', id: 'open', label: labels.open, action: { kind: 'open', view: 'today' } },
    { type: 'separator' },
    { type: 'item', id: 'rejection', label: labels.rejection, action: { kind: 'open', view: 'reflect', action: 'new-rejection' } },
    { type: 'item', id: 'log-win', label: labels.logWin, action: { kind: 'open', view: 'wins', action: 'quick-log' } },
    {
      type: 'item',
      id: 'add-application',
      label: labels.addApplication,
      action: { kind: 'open', view: 'plan', action: 'add-application' },
    },
    { type: 'item', id: 'this-week', label: state.weekSummary ?? labels.thisWeekEmpty, action: { kind: 'open', view: 'plan' } },
    ...due,
    ...interview,
    { type: 'separator' },
    ...reminderItems(state, labels),
    { type: 'item', id: 'settings', label: labels.settings, action: { kind: 'open', view: 'settings' } },
    { type: 'item', id: 'quit', label: labels.quit, action: { kind: 'quit' } },
  ];
}

/** A moment as the tray reads it: "16:30" today, "Thu 3 Dec, 09:00" on another day, in the person's zone and locale. */
export function formatTrayMoment(at: Date, now: Date, locale?: string): string {
  const sameDay = at.toDateString() === now.toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: '2-digit', minute: '2-digit' }
    : { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };
  return new Intl.DateTimeFormat(locale, options).format(at);
}

/**
 * The tray's line for the next interview round, or null when none lies ahead (or the one given has
 * already begun: the line is read again only when main wakes, so it checks the clock itself).
 */
export function nextInterviewLine(
  interview: { company: string; startsAt: string } | null,
  now: Date,
  template: string,
  locale?: string,
): string | null {
  if (!interview) return null;
  const at = new Date(interview.startsAt);
  if (Number.isNaN(at.getTime()) || at <= now) return null;
  return fillTemplate(template, { company: interview.company.trim(), when: formatTrayMoment(at, now, locale) });
}

export function trayTooltip(state: Pick<TrayState, 'weekSummary'> & Partial<TrayState>): string {
  return ['Rebound', state.weekSummary, state.dueSummary, state.pausedLine].filter(Boolean).join(' · ');
}

/** Two models are the same menu when they would render the same; used to skip needless rebuilds. */
export function sameMenu(a: TrayItem[] | null, b: TrayItem[]): boolean {
  return a !== null && JSON.stringify(a) === JSON.stringify(b);
}
