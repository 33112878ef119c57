import { describe, expect, it, vi } from 'vitest';
import { content } from '../../content';
import {
  initialTrayState,
  nextInterviewLine,
  sameMenu,
  trayMenuModel,
  trayTooltip,
  type TrayItem,
  type TrayState,
} from '../../electron/main/trayMenu';
import { electronMock } from './electronMock';

const electron = electronMock();
vi.mock('electron', () => electron);

const labels = { ...content.views.tray, companion: content.reminders.tray };
const state = (patch: Partial<TrayState> = {}): TrayState => ({ ...initialTrayState, ...patch });
const items = (model: TrayItem[]) => model.filter((item): item is Exclude<TrayItem, { type: 'separator' }> => item.type !== 'separator');

describe('the tray menu model', () => {
  it('lists the items in the agreed order', () => {
    const model = trayMenuModel(state(), labels);
    expect(items(model).map((item) => item.id)).toEqual([
      'open',
      'rejection',
      'log-win',
      'add-application',
      'this-week',
      'pause',
      'settings',
      'quit',
    ]);
    expect(items(model).map((item) => item.label)).toEqual([
      labels.open,
      labels.rejection,
      labels.logWin,
      'Add an application…',
      labels.thisWeekEmpty,
      labels.companion.pause,
      labels.settings,
      labels.quit,
    ]);
  });

  it('routes each item to its view', () => {
    const model = trayMenuModel(state(), labels);
    const byId = Object.fromEntries(model.flatMap((item) => (item.type === 'item' ? [[item.id, item.action]] : [])));
    expect(byId.rejection).toEqual({ kind: 'open', view: 'reflect', action: 'new-rejection' });
    expect(byId['log-win']).toEqual({ kind: 'open', view: 'wins', action: 'quick-log' });
    expect(byId['add-application']).toEqual({ kind: 'open', view: 'plan', action: 'add-application' });
    expect(byId['this-week']).toEqual({ kind: 'open', view: 'plan' });
    expect(byId.settings).toEqual({ kind: 'open', view: 'settings' });
    expect(byId.quit).toEqual({ kind: 'quit' });
  });

  it('offers three pauses, and while paused says until when with a way to resume', () => {
    const pause = trayMenuModel(state(), labels).find((item) => item.type === 'submenu');
    expect(pause?.type === 'submenu' && pause.items.map((item) => item.type === 'item' && item.action)).toEqual([
      { kind: 'pause', preset: '1h' },
      { kind: 'pause', preset: 'tomorrow' },
      { kind: 'pause', preset: '1w' },
    ]);
    const paused = items(trayMenuModel(state({ pausedLine: 'Reminders paused until 16:30' }), labels));
    expect(paused.map((item) => item.id)).toContain('resume');
    expect(paused.find((item) => item.id === 'paused')).toMatchObject({ label: 'Reminders paused until 16:30', enabled: false });
    expect(paused.some((item) => item.id === 'pause')).toBe(false);
  });

  it('shows the week and what is due at a glance', () => {
    const glance = state({ weekSummary: 'Applied 3/5', dueSummary: '2 follow-ups due', attention: true });
    const model = trayMenuModel(glance, labels);
    expect(items(model).find((item) => item.id === 'due')).toMatchObject({
      label: '2 follow-ups due',
      action: { kind: 'open', view: 'today' },
    });
    expect(trayTooltip(glance)).toBe('Rebound · Applied 3/5 · 2 follow-ups due');
    expect(trayTooltip(state({ pausedLine: 'Reminders paused until 16:30' }))).toBe('Rebound · Reminders paused until 16:30');
    expect(trayTooltip(state())).toBe('Rebound');
  });

  it('shows the next interview as one line below the week, opening Today, and nothing while none lies ahead', () => {
    const line = 'Next interview: Acme · Thu 3 Dec, 10:00';
    const model = items(trayMenuModel(state({ weekSummary: 'Applied 3/5', dueSummary: '2 follow-ups due', nextInterview: line }), labels));
    expect(model.map((item) => item.id).slice(3, 7)).toEqual(['add-application', 'this-week', 'due', 'next-interview']);
    expect(model.find((item) => item.id === 'next-interview')).toMatchObject({ label: line, action: { kind: 'open', view: 'today' } });
    expect(items(trayMenuModel(state({ nextInterview: null }), labels)).some((item) => item.id === 'next-interview')).toBe(false);
    expect(sameMenu(trayMenuModel(state(), labels), trayMenuModel(state({ nextInterview: line }), labels))).toBe(false);
  });

  // Moments built on the local clock, so the table reads the same in any zone the suite runs in.
  const now = new Date(2026, 11, 2, 9, 0);
  const at = (month: number, day: number, hour: number, minute = 0) => new Date(2026, month, day, hour, minute).toISOString();
  it.each([
    ['later today: the time alone', { company: 'Acme', startsAt: at(11, 2, 16, 30) }, 'Next interview: Acme · 16:30'],
    ['tomorrow: the day too', { company: 'Acme', startsAt: at(11, 3, 10) }, /^Next interview: Acme · Thu,? 3 Dec,? 10:00$/],
    ['next month', { company: 'Globex', startsAt: at(0 + 12, 8, 14) }, /^Next interview: Globex · Fri,? 8 Jan,? 14:00$/],
    ['the company trimmed', { company: '  Initech ', startsAt: at(11, 2, 11) }, 'Next interview: Initech · 11:00'],
    ['a minute ahead still counts', { company: 'Acme', startsAt: at(11, 2, 9, 1) }, 'Next interview: Acme · 09:01'],
    ['starting now: gone', { company: 'Acme', startsAt: at(11, 2, 9) }, null],
    ['already begun: gone', { company: 'Acme', startsAt: at(11, 1, 17) }, null],
    ['an unreadable moment: no line', { company: 'Acme', startsAt: 'soon' }, null],
    ['no interview', null, null],
  ] as const)('the line for an interview %s', (_name, interview, expected) => {
    const line = nextInterviewLine(interview, now, labels.nextInterview, 'en-GB');
    if (expected === null || typeof expected === 'string') expect(line).toBe(expected);
    else expect(line).toMatch(expected);
  });

  it('compares models so an unchanged menu is not rebuilt', () => {
    const a = trayMenuModel(state({ weekSummary: 'x' }), labels);
    expect(sameMenu(null, a)).toBe(false);
    expect(sameMenu(a, trayMenuModel(state({ weekSummary: 'x', windowVisible: true, attention: true }), labels))).toBe(true);
    expect(sameMenu(a, trayMenuModel(state({ weekSummary: 'y' }), labels))).toBe(false);
    expect(sameMenu(a, trayMenuModel(state({ weekSummary: 'x', pausedLine: 'p' }), labels))).toBe(false);
  });
});

describe('the tray', () => {
  it('rebuilds the menu only when the model changes, swaps the icon on attention, and toggles the window on click', async () => {
    const { createTray } = await import('../../electron/main/tray');
    const run = vi.fn();
    const tray = createTray({ resourcesDir: '/res', labels, run });
    const instance = electron.Tray.mock.instances[0] as unknown as {
      setContextMenu: ReturnType<typeof vi.fn>;
      setToolTip: ReturnType<typeof vi.fn>;
      setImage: ReturnType<typeof vi.fn>;
      on: ReturnType<typeof vi.fn>;
    };
    expect(instance.setToolTip).toHaveBeenCalledWith('Rebound');
    tray.update({ weekSummary: null, windowVisible: false });
    tray.update({ windowVisible: true });
    expect(instance.setContextMenu).toHaveBeenCalledTimes(1);
    tray.update({ weekSummary: 'Applied 1/5' });
    expect(instance.setContextMenu).toHaveBeenCalledTimes(2);
    expect(instance.setImage).not.toHaveBeenCalled();
    tray.update({ attention: true });
    tray.update({ attention: true });
    expect(instance.setImage).toHaveBeenCalledTimes(1);
    expect(electron.nativeImage.createFromPath).toHaveBeenLastCalledWith(
      expect.stringMatching(/tray-attention\.png$|trayAttentionTemplate\.png$/),
    );
    expect(tray.state()).toMatchObject({ weekSummary: 'Applied 1/5', attention: true });
    const onClick = instance.on.mock.calls.find(([name]) => name === 'click')?.[1] as () => void;
    onClick();
    expect(run).toHaveBeenCalledWith({ kind: 'toggle-window' });
    const template = electron.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as {
      id?: string;
      click?: () => void;
      submenu?: { id?: string; click?: () => void }[];
    }[];
    template.find((item) => item.id === 'quit')?.click?.();
    expect(run).toHaveBeenLastCalledWith({ kind: 'quit' });
    template
      .find((item) => item.id === 'pause')
      ?.submenu?.find((item) => item.id === 'pause-tomorrow')
      ?.click?.();
    expect(run).toHaveBeenLastCalledWith({ kind: 'pause', preset: 'tomorrow' });
  });

  it('uses template images on macOS and the colour icons elsewhere, each with an attention variant', async () => {
    const { trayIconPath } = await import('../../electron/main/tray');
    expect(trayIconPath('/res', 'darwin')).toBe('/res/trayTemplate.png');
    expect(trayIconPath('/res', 'darwin', true)).toBe('/res/trayAttentionTemplate.png');
    expect(trayIconPath('/res', 'linux')).toBe('/res/tray.png');
    expect(trayIconPath('/res', 'linux', true)).toBe('/res/tray-attention.png');
    expect(trayIconPath('/res', 'win32', true)).toBe('/res/tray-attention.png');
  });
});
