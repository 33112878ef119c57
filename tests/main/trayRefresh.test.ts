import { describe, expect, it, vi } from 'vitest';
import { content } from '../../content';
import { trayRefresher } from '../../electron/main/trayRefresh';
import { electronMock } from './electronMock';
import { startPlannerCore } from '../support/plannerCore';

const electron = electronMock();
vi.mock('electron', () => electron);

describe('the tray follows the week', () => {
  it('shows the summary from the real core in the tooltip and the "This week" item, and rebuilds only on change', async () => {
    const { createTray } = await import('../../electron/main/tray');
    const p = await startPlannerCore('2026-03-11T10:00:00');
    const tray = createTray({ resourcesDir: '/res', labels: { ...content.views.tray, companion: content.reminders.tray }, run: vi.fn() });
    const instance = electron.Tray.mock.instances.at(-1) as unknown as { setContextMenu: ReturnType<typeof vi.fn> };
    const { weekSummary } = await import('../../electron/core/planner/today');
    const refresh = trayRefresher(
      tray,
      () => weekSummary({ db: p.core.db, settings: p.core.settings, now: () => p.clock.now }),
      () => false,
    );
    const thisWeekLabel = () => {
      const template = electron.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as { id?: string; label?: string }[];
      return template.find((item) => item.id === 'this-week')?.label;
    };

    refresh();
    expect(tray.tooltip()).toBe('Rebound');
    expect(thisWeekLabel()).toBe(content.views.tray.thisWeekEmpty);

    await p.call('applications:create', { company: 'Acme', status: 'applied' });
    refresh();
    expect(tray.tooltip()).toBe('Rebound · Applied 1/5');
    expect(thisWeekLabel()).toBe('Applied 1/5');
    const builds = instance.setContextMenu.mock.calls.length;
    refresh();
    expect(instance.setContextMenu.mock.calls.length).toBe(builds);
    p.core.close();
  });

  it('keeps the tray alive when the summary fails', () => {
    const update = vi.fn();
    const logError = vi.fn();
    trayRefresher(
      { update },
      () => {
        throw new Error('db closed');
      },
      () => true,
      logError,
    )();
    expect(update).toHaveBeenCalledWith({ weekSummary: null, windowVisible: true });
    expect(logError).toHaveBeenCalled();
  });
});
