import type { View } from '../core/app/contract';

export interface TrayLabels {
  open: string;
  rejection: string;
  logWin: string;
  thisWeekEmpty: string;
  settings: string;
  quit: string;
}

export interface TrayState {
  /** "Applied 3/5 · 2 follow-ups due", or null before anything is planned. */
  weekSummary: string | null;
  windowVisible: boolean;
}

export type TrayAction =
  | { kind: 'toggle-window' }
  | { kind: 'open'; view: View; action?: string }
  | { kind: 'quit' };

export type TrayItem = { type: 'separator' } | { type: 'item'; id: string; label: string; action: TrayAction };

/** What the tray menu holds, decided from state alone so it can be tested and compared. */
export function trayMenuModel(state: TrayState, labels: TrayLabels): TrayItem[] {
  return [
    { type: 'item', id: 'open', label: labels.open, action: { kind: 'open', view: 'today' } },
    { type: 'separator' },
    { type: 'item', id: 'rejection', label: labels.rejection, action: { kind: 'open', view: 'reflect', action: 'new-rejection' } },
    { type: 'item', id: 'log-win', label: labels.logWin, action: { kind: 'open', view: 'wins', action: 'quick-log' } },
    { type: 'item', id: 'this-week', label: state.weekSummary ?? labels.thisWeekEmpty, action: { kind: 'open', view: 'plan' } },
    { type: 'separator' },
    { type: 'item', id: 'settings', label: labels.settings, action: { kind: 'open', view: 'settings' } },
    { type: 'item', id: 'quit', label: labels.quit, action: { kind: 'quit' } },
  ];
}

export function trayTooltip(state: TrayState): string {
  return state.weekSummary ? `Rebound · ${state.weekSummary}` : 'Rebound';
}

/** Two models are the same menu when they would render the same; used to skip needless rebuilds. */
export function sameMenu(a: TrayItem[] | null, b: TrayItem[]): boolean {
  return a !== null && JSON.stringify(a) === JSON.stringify(b);
}
