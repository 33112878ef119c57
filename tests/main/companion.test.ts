import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TestCore } from '../support/core';
import type { Settings } from '../../electron/core/settings/schema';
import { appCaller, startTestCore } from '../support/core';
import { tempDir } from '../support/tempDir';
import type { companionElectronMock } from './companionElectronMock';
import { fakeTimers } from './fakeTimers';

const electron = vi.hoisted(() => ({ current: null as unknown as ReturnType<typeof companionElectronMock> }));
vi.mock('electron', async () => {
  const { companionElectronMock: make } = await import('./companionElectronMock');
  electron.current = make();
  return electron.current;
});

let core: TestCore | null = null;
let stop: (() => void) | null = null;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-26T11:00:00.000Z'));
});
afterEach(() => {
  stop?.();
  stop = null;
  electron.current?.notifications.splice(0);
  vi.useRealTimers();
  core?.close();
  core = null;
});

async function startAll() {
  const { createCompanionDeps, startCompanion } = await import('../../electron/main/companion');
  let settingsListener: ((settings: Settings) => void) | null = null;
  const config = tempDir();
  const loginItem = {
    platform: 'linux' as const,
    app: electron.current.app as never,
    env: { XDG_CONFIG_HOME: config },
    homeDir: '/nonexistent',
    execPath: '/opt/rebound',
    isPackaged: true,
    appPath: '/opt/app',
    icon: '/opt/icon.png',
    comment: 'Companion',
  };
  const onShortcut = vi.fn();
  const setup = createCompanionDeps({ onShortcut, loginItem });
  core = await startTestCore(tempDir(), { companion: setup.deps, onSettingsChange: (settings) => settingsListener?.(settings) });
  const tray = { update: vi.fn() };
  const open = vi.fn();
  const changed = vi.fn();
  const timers = fakeTimers();
  const companion = startCompanion({ core, setup, tray, loginItem, open, changed, timers });
  settingsListener = companion.settingsChanged;
  stop = companion.stop;
  return { core, companion, tray, open, changed, timers, onShortcut, config };
}

function seedCheckIn(db: TestCore['db']) {
  const at = '2026-11-20T09:00:00.000Z';
  db.prepare(`INSERT INTO rejections (id, company, received_on, created_at) VALUES (5, 'Acme', '2026-11-20', ?)`).run(at);
  db.prepare(
    `INSERT INTO reflections (rejection_id, started_at, updated_at, recovery_until) VALUES (5, ?, ?, '2026-11-26T10:00:00.000Z')`,
  ).run(at, at);
}

describe('the companion in main (electron mocked)', () => {
  it('keeps exactly one timer, reschedules on change, and a notification click opens the right view', async () => {
    const { core, companion, timers, tray, open } = await startAll();
    expect(timers.live.size).toBe(1);
    expect(tray.update).toHaveBeenLastCalledWith({ attention: false, dueSummary: null, pausedLine: null });
    seedCheckIn(core.db);
    companion.dataChanged();
    expect(timers.live.size).toBe(1);
    expect(tray.update).toHaveBeenLastCalledWith(expect.objectContaining({ attention: true, dueSummary: 'A check-in is waiting' }));
    expect(timers.fireNext()).toBe(0);
    const [shown] = electron.current.notifications;
    expect(shown?.options.title).toBe('Checking in on you');
    expect(shown?.options.body).toMatch(/Acme/);
    expect(shown?.show).toHaveBeenCalled();
    shown?.emit('click');
    expect(open).toHaveBeenCalledWith({ view: 'reflect', action: 'reflect-5' });
    expect(timers.live.size).toBe(1);
    // Shown once: a restart or resume does not repeat it.
    companion.dataChanged();
    electron.current.powerMonitor.emit('resume');
    expect(electron.current.notifications).toHaveLength(1);
  });

  it('drops the timer while asleep and sets one again on resume', async () => {
    const { timers } = await startAll();
    electron.current.powerMonitor.emit('suspend');
    expect(timers.live.size).toBe(0);
    vi.setSystemTime(new Date('2026-11-29T11:00:00.000Z'));
    electron.current.powerMonitor.emit('resume');
    expect(timers.live.size).toBe(1);
    expect(electron.current.notifications.map((n) => n.options.title)).toEqual(['Look back at your week']);
  });

  it('pauses from the tray menu, shows it in the tray, and resumes', async () => {
    const { core, companion, tray, changed } = await startAll();
    companion.runTrayAction({ kind: 'pause', preset: '1h' });
    expect(core.settings.get().reminders.pausedUntil).toBe('2026-11-26T12:00:00.000Z');
    expect(changed).toHaveBeenCalled();
    expect(tray.update).toHaveBeenLastCalledWith(
      expect.objectContaining({ pausedLine: expect.stringMatching(/^Reminders paused until /) }),
    );
    companion.runTrayAction({ kind: 'resume' });
    expect(core.settings.get().reminders.pausedUntil).toBeNull();
    expect(tray.update).toHaveBeenLastCalledWith(expect.objectContaining({ pausedLine: null }));
  });

  it('registers the global shortcut through settings, reports a refusal, and opens the quick win log when pressed', async () => {
    const { core, onShortcut } = await startAll();
    electron.current.globalShortcut.register.mockImplementation(((accelerator: string) => accelerator !== 'Alt+F4') as never);
    const refused = await core.dispatch('companion:setShortcut', { enabled: true, accelerator: 'Alt+F4' }, appCaller);
    expect(refused.ok).toBe(false);
    expect(core.settings.get().globalShortcut.enabled).toBe(false);
    const ok = await core.dispatch('companion:setShortcut', { enabled: true, accelerator: 'CommandOrControl+Shift+W' }, appCaller);
    expect(ok).toMatchObject({ ok: true, data: { shortcut: { enabled: true, active: true } } });
    const press = (electron.current.globalShortcut.register.mock.calls.at(-1) as unknown[] | undefined)?.[1] as () => void;
    press();
    expect(onShortcut).toHaveBeenCalled();
  });

  it('writes and removes the Linux autostart file from the Settings channel', async () => {
    const { core, config } = await startAll();
    const file = path.join(config, 'autostart', 'rebound.desktop');
    await core.dispatch('companion:setLaunchAtLogin', { enabled: true }, appCaller);
    const fs = await import('node:fs');
    expect(fs.readFileSync(file, 'utf8')).toContain('Exec="/opt/rebound" --hidden');
    await core.dispatch('companion:setLaunchAtLogin', { enabled: false }, appCaller);
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('the tray words', () => {
  it('say what is due, or nothing', async () => {
    const { dueSummaryOf } = await import('../../electron/main/companion');
    expect(dueSummaryOf({ followUpsDue: 0, checkInsWaiting: 0 })).toBeNull();
    expect(dueSummaryOf({ followUpsDue: 1, checkInsWaiting: 0 })).toBe('1 follow-up due');
    expect(dueSummaryOf({ followUpsDue: 3, checkInsWaiting: 2 })).toBe('3 follow-ups due · A check-in is waiting');
  });

  it('give a pause end as a time today and with its day otherwise', async () => {
    vi.useRealTimers();
    const { formatPauseEnd } = await import('../../electron/main/companion');
    const { applyLocale } = await import('../../content/locales/apply');
    const now = new Date(2026, 10, 26, 15, 0);
    // English words on a British system: the 24-hour clock and day-month order come from the region.
    applyLocale('en', null, ['en-GB']);
    try {
      expect(formatPauseEnd(new Date(2026, 10, 26, 16, 30), now)).toBe('16:30');
      expect(formatPauseEnd(new Date(2026, 10, 27, 8, 0), now)).toMatch(/Fri.*27.*Nov.*08:00/);
      applyLocale('en', null, ['en-US']);
      expect(formatPauseEnd(new Date(2026, 10, 26, 16, 30), now)).toBe('4:30 PM');
    } finally {
      applyLocale('en', null, []);
    }
  });
});
