import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { setWeekTargets } from '../../electron/core/planner/weekRow';
import { defaultSettings } from '../../electron/core/settings/schema';
import { recordShown, readLedger } from '../../electron/core/reminders/ledger';
import { reminderData } from '../../electron/core/reminders/reminderData';
import { dueReminders, missedSummary } from '../../electron/core/reminders/scheduler';
import type { CompanionDeps } from '../../electron/core/reminders/companionDeps';
import type { CompanionStatus } from '../../electron/core/reminders/schema';
import type { TestCore } from '../support/core';
import { appCaller, startTestCore } from '../support/core';
import { tempDir } from '../support/tempDir';

let core: TestCore | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

const now = new Date('2026-11-24T12:00:00.000Z');

async function start(companion?: CompanionDeps, clock: () => Date = () => now): Promise<TestCore> {
  core = await startTestCore(tempDir(), { now: clock, ...(companion ? { companion } : {}) });
  return core;
}

function seed(db: Database.Database) {
  const at = '2026-11-20T09:00:00.000Z';
  db.prepare(
    `INSERT INTO applications (id, company, status, status_changed_at, created_at, updated_at)
     VALUES (1, 'Acme', 'rejected', ?, ?, ?)`,
  ).run(at, at, at);
  db.prepare(`INSERT INTO rejections (id, application_id, company, received_on, created_at) VALUES (5, 1, 'Acme', '2026-11-20', ?)`).run(
    at,
  );
  db.prepare(
    `INSERT INTO reflections (rejection_id, started_at, updated_at, recovery_until) VALUES (5, ?, ?, '2026-11-22T09:00:00.000Z')`,
  ).run(at, at);
  db.prepare(`INSERT INTO follow_ups (application_id, due_on, state, created_at) VALUES (1, '2026-11-23', 'pending', ?)`).run(at);
  db.prepare(`INSERT INTO follow_ups (application_id, due_on, state, created_at) VALUES (1, '2026-11-21', 'sent', ?)`).run(at);
  db.prepare(`INSERT INTO activities (kind, day, created_at) VALUES ('apply', '2026-11-19', ?)`).run(at);
}

const call = async <T>(
  channel: string,
  input?: unknown,
): Promise<{ ok: true; data: T } | { ok: false; error: { code: string; message: string; fields?: Record<string, string> } }> =>
  (await core?.dispatch(channel, input, appCaller)) as never;

describe('reading the scheduler data from SQLite', () => {
  it('finds recovery windows, pending follow-ups, the last activity and planned weeks', async () => {
    const { db } = await start();
    seed(db);
    setWeekTargets(db, '2026-11-23', {}, defaultSettings.targets);
    const data = reminderData(db, now, 1);
    expect(data.recoveries).toEqual([
      {
        rejectionId: 5,
        company: 'Acme',
        startedAt: '2026-11-20T09:00:00.000Z',
        recoveryUntil: '2026-11-22T09:00:00.000Z',
        finishedAt: null,
      },
    ]);
    expect(data.followUps).toEqual([{ dueOn: '2026-11-23', createdAt: '2026-11-20T09:00:00.000Z' }]);
    expect(data.lastActivityDay).toBe('2026-11-19');
    expect(data.weeks).toEqual([{ weekStart: '2026-11-23', reviewed: false }]);
    expect(data.checkInsShown).toEqual([]);
  });

  it('summarizes missed reminders once: after recording them nothing is due again', async () => {
    const { db, settings } = await start();
    seed(db);
    const since = new Date('2026-11-21T00:00:00.000Z');
    const summary = missedSummary(since, now, reminderData(db, now, 1), settings.get());
    expect(summary?.kinds.checkIn).toBe(1);
    recordShown(db, now, summary?.reminders ?? []);
    const ledger = readLedger(db);
    expect(ledger.lastCheckedAt).toEqual(now);
    expect(ledger.checkInsShown).toEqual([5]);
    expect(dueReminders(ledger.lastCheckedAt as Date, now, reminderData(db, now, 1), settings.get())).toEqual([]);
  });
});

describe('the companion channels', () => {
  it('pauses and resumes reminders, and refuses a pause longer than 30 days', async () => {
    await start();
    const paused = await call<CompanionStatus>('reminders:pause', { preset: '1h' });
    expect(paused.ok && paused.data.pausedUntil).toBe('2026-11-24T13:00:00.000Z');
    const tooLong = await call('reminders:pause', { until: '2027-01-30T12:00:00.000Z' });
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok) expect(tooLong.error.fields?.until).toMatch(/up to 30 days/);
    expect(core?.settings.get().reminders.pausedUntil).toBe('2026-11-24T13:00:00.000Z');
    const odd = await call('reminders:pause', { preset: 'forever' });
    expect(odd.ok).toBe(false);
    const resumed = await call<CompanionStatus>('reminders:resume');
    expect(resumed.ok && resumed.data.pausedUntil).toBeNull();
  });

  it('keeps the pause and the shortcut out of settings:update', async () => {
    await start();
    const sneaky = await call('settings:update', { reminders: { pausedUntil: '2030-01-01T00:00:00.000Z' } });
    expect(sneaky.ok).toBe(false);
    const shortcut = await call('settings:update', { globalShortcut: { enabled: true, accelerator: 'A' } });
    expect(shortcut.ok).toBe(false);
  });

  it('refuses reminder times that are not times and quiet hours that start and end together', async () => {
    const { settings } = await start();
    const bad = await call('settings:update', { reminders: { weeklyReview: { time: '25:00' } } });
    expect(bad.ok || bad.error.fields?.['reminders.weeklyReview.time']).toMatch(/Pick a time of day/);
    const same = await call('settings:update', { reminders: { quietHours: { start: '08:00', end: '08:00' } } });
    expect(same.ok).toBe(false);
    if (!same.ok) expect(same.error.message).toMatch(/different start and end/);
    expect(settings.get().reminders).toEqual(defaultSettings.reminders);
    const wrap = await call('settings:update', { reminders: { quietHours: { start: '22:30', end: '06:15' } } });
    expect(wrap.ok).toBe(true);
  });

  it('saves a shortcut only when the system accepts it, and says clearly when it does not', async () => {
    const taken = new Set(['Ctrl+Alt+T']);
    let active = false;
    await start({
      applyShortcut: ({ enabled, accelerator }) => {
        if (enabled && taken.has(accelerator)) return false;
        active = enabled;
        return true;
      },
      shortcutActive: () => active,
      applyLaunchAtLogin: () => undefined,
      notificationsSupported: () => true,
    });
    const refused = await call('companion:setShortcut', { enabled: true, accelerator: 'ctrl+alt+t' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('conflict');
      expect(refused.error.fields?.accelerator).toMatch(/already taken/);
    }
    expect(core?.settings.get().globalShortcut).toEqual(defaultSettings.globalShortcut);
    const nonsense = await call('companion:setShortcut', { enabled: true, accelerator: 'Shift+W' });
    expect(!nonsense.ok && nonsense.error.fields?.accelerator).toMatch(/modifier/);
    const ok = await call<CompanionStatus>('companion:setShortcut', { enabled: true, accelerator: 'cmdorctrl+shift+w' });
    expect(ok.ok && ok.data.shortcut).toEqual({ enabled: true, accelerator: 'CmdOrCtrl+Shift+W', active: true });
  });

  it('offers launch at login once a week is planned, and only until answered', async () => {
    const applied: boolean[] = [];
    const { db } = await start({
      applyShortcut: () => true,
      shortcutActive: () => false,
      applyLaunchAtLogin: (enabled) => void applied.push(enabled),
      notificationsSupported: () => false,
    });
    const before = await call<CompanionStatus>('reminders:status');
    expect(before.ok && before.data.launchAtLogin).toEqual({ enabled: false, offer: false });
    setWeekTargets(db, '2026-11-23', {}, defaultSettings.targets);
    const offered = await call<CompanionStatus>('reminders:status');
    expect(offered.ok && offered.data.launchAtLogin.offer).toBe(true);
    expect(offered.ok && offered.data.notificationsSupported).toBe(false);
    const dismissed = await call<CompanionStatus>('companion:dismissLaunchOffer');
    expect(dismissed.ok && dismissed.data.launchAtLogin.offer).toBe(false);
    const on = await call<CompanionStatus>('companion:setLaunchAtLogin', { enabled: true });
    expect(on.ok && on.data.launchAtLogin.enabled).toBe(true);
    expect(applied).toEqual([true]);
  });

  it('saves nothing when the system refuses the login item', async () => {
    await start({
      applyShortcut: () => true,
      shortcutActive: () => false,
      applyLaunchAtLogin: () => {
        throw new Error('EACCES');
      },
      notificationsSupported: () => true,
    });
    const result = await call('companion:setLaunchAtLogin', { enabled: true });
    expect(result.ok).toBe(false);
    expect(core?.settings.get().launchAtLogin).toBe(false);
  });

  it('lists what comes next, one per kind', async () => {
    await start();
    const status = await call<CompanionStatus>('reminders:status');
    expect(status.ok && status.data.upcoming.map((u) => u.kind)).toEqual(expect.arrayContaining(['weeklyReview', 'weeklyPlanning']));
  });
});

describe('hostile payloads on the companion channels', () => {
  const huge = 'x'.repeat(10 * 1024 * 1024);
  const nasty: [string, unknown][] = [
    ['reminders:pause', { until: huge }],
    ['reminders:pause', { preset: huge }],
    ['reminders:pause', { preset: '1h', extra: 1 }],
    ['reminders:pause', JSON.parse('{"preset":"1h","__proto__":{"polluted":true}}')],
    ['reminders:pause', { until: Number.NaN }],
    ['reminders:pause', { until: '2026-11-24T13:00:00.000Z'.repeat(2) }],
    ['reminders:resume', { anything: true }],
    ['companion:setShortcut', { enabled: true, accelerator: huge }],
    ['companion:setShortcut', { enabled: 'yes', accelerator: 'Alt+W' }],
    ['companion:setShortcut', { enabled: true, accelerator: 'Alt+W', nested: { a: { b: { c: {} } } } }],
    ['companion:setLaunchAtLogin', { enabled: Number.NaN }],
    ['companion:dismissLaunchOffer', [1, 2, 3]],
    ['reminders:status', { __proto__: null, x: 1 }],
  ];

  it.each(nasty)('%s refuses %#, changing nothing', async (channel, payload) => {
    const { settings } = await start();
    const before = JSON.stringify(settings.get());
    const result = await call(channel, payload);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message.length).toBeLessThan(400);
    }
    expect(JSON.stringify(settings.get())).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
