import { describe, expect, it, vi } from 'vitest';
import { content } from '../../content';
import { sameMenu, trayMenuModel, trayTooltip, type TrayItem } from '../../electron/main/trayMenu';
import { electronMock } from './electronMock';

const electron = electronMock();
vi.mock('electron', () => electron);

const labels = content.views.tray;

describe('the tray menu model', () => {
  it('lists the items in the agreed order', () => {
    const model = trayMenuModel({ weekSummary: null, windowVisible: false }, labels);
    const items = model.filter((item): item is Extract<TrayItem, { type: 'item' }> => item.type === 'item');
    expect(items.map((item) => item.id)).toEqual(['open', 'rejection', 'log-win', 'this-week', 'settings', 'quit']);
    expect(items.map((item) => item.label)).toEqual([
      labels.open,
      labels.rejection,
      labels.logWin,
      labels.thisWeekEmpty,
      labels.settings,
      labels.quit,
    ]);
  });

  it('routes each item to its view', () => {
    const model = trayMenuModel({ weekSummary: null, windowVisible: false }, labels);
    const byId = Object.fromEntries(model.flatMap((item) => (item.type === 'item' ? [[item.id, item.action]] : [])));
    expect(byId.rejection).toEqual({ kind: 'open', view: 'reflect', action: 'new-rejection' });
    expect(byId['log-win']).toEqual({ kind: 'open', view: 'wins', action: 'quick-log' });
    expect(byId['this-week']).toEqual({ kind: 'open', view: 'plan' });
    expect(byId.settings).toEqual({ kind: 'open', view: 'settings' });
    expect(byId.quit).toEqual({ kind: 'quit' });
  });

  it('shows the week at a glance once there is one', () => {
    const state = { weekSummary: 'Applied 3/5 · 2 follow-ups due', windowVisible: false };
    const model = trayMenuModel(state, labels);
    expect(model.some((item) => item.type === 'item' && item.label === state.weekSummary)).toBe(true);
    expect(trayTooltip(state)).toBe('Rebound · Applied 3/5 · 2 follow-ups due');
    expect(trayTooltip({ weekSummary: null, windowVisible: true })).toBe('Rebound');
  });

  it('compares models so an unchanged menu is not rebuilt', () => {
    const a = trayMenuModel({ weekSummary: 'x', windowVisible: false }, labels);
    expect(sameMenu(null, a)).toBe(false);
    expect(sameMenu(a, trayMenuModel({ weekSummary: 'x', windowVisible: true }, labels))).toBe(true);
    expect(sameMenu(a, trayMenuModel({ weekSummary: 'y', windowVisible: false }, labels))).toBe(false);
  });
});

describe('the tray', () => {
  it('rebuilds the menu only when the model changes, and toggles the window on click', async () => {
    const { createTray } = await import('../../electron/main/tray');
    const run = vi.fn();
    const tray = createTray({ resourcesDir: '/res', labels, run });
    const instance = electron.Tray.mock.instances[0] as unknown as {
      setContextMenu: ReturnType<typeof vi.fn>;
      setToolTip: ReturnType<typeof vi.fn>;
      on: ReturnType<typeof vi.fn>;
    };
    expect(instance.setToolTip).toHaveBeenCalledWith('Rebound');
    tray.update({ weekSummary: null, windowVisible: false });
    tray.update({ weekSummary: null, windowVisible: true });
    expect(instance.setContextMenu).toHaveBeenCalledTimes(1);
    tray.update({ weekSummary: 'Applied 1/5', windowVisible: true });
    expect(instance.setContextMenu).toHaveBeenCalledTimes(2);
    const onClick = instance.on.mock.calls.find(([name]) => name === 'click')?.[1] as () => void;
    onClick();
    expect(run).toHaveBeenCalledWith({ kind: 'toggle-window' });
    const template = electron.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as { id?: string; click?: () => void }[];
    template.find((item) => item.id === 'quit')?.click?.();
    expect(run).toHaveBeenLastCalledWith({ kind: 'quit' });
  });

  it('uses a template image on macOS and the colour icon elsewhere', async () => {
    const { trayIconPath } = await import('../../electron/main/tray');
    expect(trayIconPath('/res', 'darwin')).toBe('/res/trayTemplate.png');
    expect(trayIconPath('/res', 'linux')).toBe('/res/tray.png');
    expect(trayIconPath('/res', 'win32')).toBe('/res/tray.png');
  });
});
