import { describe, expect, it, vi } from 'vitest';
import { content } from '../../content';
import { nextInterviewLine } from '../../electron/main/trayMenu';
import { trayRefresher } from '../../electron/main/trayRefresh';
import { electronMock } from './electronMock';
import { startPlannerCore } from '../support/plannerCore';

const electron = electronMock();
vi.mock('electron', () => electron);

describe('the tray follows the week', () => {
  it('shows the summary from the real core in the tooltip and the "This week" item, and rebuilds only on change', async () => {
    const { createTray } = await import('../../electron/main/tray');
    const zone = process.env.TZ;
    process.env.TZ = 'Europe/Berlin';
    const p = await startPlannerCore('2026-03-11T10:00:00');
    const tray = createTray({ resourcesDir: '/res', labels: { ...content.views.tray, companion: content.reminders.tray }, run: vi.fn() });
    const instance = electron.Tray.mock.instances.at(-1) as unknown as { setContextMenu: ReturnType<typeof vi.fn> };
    const { weekSummary } = await import('../../electron/core/planner/today');
    const refresh = trayRefresher(
      tray,
      {
        weekSummary: () => weekSummary({ db: p.core.db, settings: p.core.settings, now: () => p.clock.now }),
        nextInterview: () => nextInterviewLine(p.core.tray.nextInterview(), p.clock.now, content.views.tray.nextInterview, 'en-GB'),
      },
      () => false,
    );
    const interviewLabel = () => {
      const template = electron.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as { id?: string; label?: string }[];
      return template.find((item) => item.id === 'next-interview')?.label;
    };
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
    expect(interviewLabel()).toBeUndefined();

    // Two rounds ahead, typed in their own zones: the sooner one is the line, in the person's clock (Berlin).
    const app = (await p.call('applications:list')).items[0]!;
    const other = await p.call('applications:create', { company: 'Globex', status: 'applied' });
    await p.call('interviews:create', { applicationId: other.id, kind: 'final', date: '2026-03-20', time: '10:00', timeZone: 'UTC' });
    // 15:30 in New York (already on summer time, UTC-4) is 20:30 in Berlin (still UTC+1).
    await p.call('interviews:create', {
      applicationId: app.id,
      kind: 'screen',
      date: '2026-03-12',
      time: '15:30',
      timeZone: 'America/New_York',
    });
    refresh();
    expect(interviewLabel()).toMatch(/^Next interview: Acme · Thu,? 12 Mar,? 20:30$/);
    // Once it has begun, the next one takes its place; on its own day the time alone.
    p.setDay('2026-03-12T19:30:00Z');
    refresh();
    expect(interviewLabel()).toMatch(/^Next interview: Globex · Fri,? 20 Mar,? 11:00$/);
    p.setDay('2026-03-20T08:00:00Z');
    refresh();
    expect(interviewLabel()).toBe('Next interview: Globex · 11:00');
    p.core.close();
    process.env.TZ = zone;
  });

  it('keeps the tray alive when the summary fails', () => {
    const update = vi.fn();
    const logError = vi.fn();
    trayRefresher(
      { update },
      {
        weekSummary: () => {
          throw new Error('db closed');
        },
        nextInterview: () => 'Next interview: Acme · 16:30',
      },
      () => true,
      logError,
    )();
    expect(update).toHaveBeenCalledWith({ weekSummary: null, nextInterview: 'Next interview: Acme · 16:30', windowVisible: true });
    expect(logError).toHaveBeenCalled();
  });
});
