import type Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setWeekTargets } from '../../electron/core/planner/weekRow';
import { defaultSettings } from '../../electron/core/settings/schema';
import { writeGate } from '../../electron/core/imports/write';
import { recordShown } from '../../electron/core/reminders/ledger';
import { remindersFace } from '../../electron/core/reminders/host';
import { reminderData } from '../../electron/core/reminders/reminderData';
import type { Reminder } from '../../electron/core/reminders/scheduler';
import type { CompanionDeps } from '../../electron/core/reminders/companionDeps';
import type { CompanionStatus } from '../../electron/core/reminders/schema';
import type { TestCore } from '../support/core';
import { appCaller, startTestCore } from '../support/core';
import { tempDir } from '../support/tempDir';
import { content } from '../../content';

/**
 * The edges of what the reminders read from SQLite (each window's first and last row, the order, the first day),
 * what main's timer asks of core (the import's write gate), and what Settings is told (one per kind, three at most).
 * The person's clock reads UTC, so a day is the UTC day.
 */

const originalTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'UTC';
});
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

let core: TestCore | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

// A Tuesday.
const now = new Date('2026-11-24T12:00:00.000Z');
const earlier = '2026-11-01T09:00:00.000Z';

async function start(companion?: CompanionDeps): Promise<TestCore> {
  core = await startTestCore(tempDir(), { now: () => now, ...(companion ? { companion } : {}) });
  return core;
}

const call = async <T>(
  channel: string,
  input?: unknown,
): Promise<{ ok: true; data: T } | { ok: false; error: { code: string; message: string; fields?: Record<string, string> } }> =>
  (await core?.dispatch(channel, input, appCaller)) as never;

async function status(): Promise<CompanionStatus> {
  const result = await call<CompanionStatus>('reminders:status');
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

function application(db: Database.Database, id: number, company: string) {
  db.prepare(
    `INSERT INTO applications (id, company, status, status_changed_at, created_at, updated_at) VALUES (?, ?, 'interviewing', ?, ?, ?)`,
  ).run(id, company, earlier, earlier, earlier);
}

function recovery(db: Database.Database, id: number, company: string, recoveryUntil: string | null, finishedAt: string | null = null) {
  db.prepare(`INSERT INTO rejections (id, company, received_on, created_at) VALUES (?, ?, '2026-10-01', ?)`).run(id, company, earlier);
  db.prepare(
    `INSERT INTO reflections (rejection_id, started_at, updated_at, recovery_until, finished_at) VALUES (?, '2026-10-01T09:00:00.000Z', ?, ?, ?)`,
  ).run(id, earlier, recoveryUntil, finishedAt);
}

function round(db: Database.Database, id: number, applicationId: number, startsAt: string, kind = 'screen') {
  db.prepare(
    `INSERT INTO interviews (id, application_id, kind, starts_at, time_zone, created_at, updated_at) VALUES (?, ?, ?, ?, 'UTC', ?, ?)`,
  ).run(id, applicationId, kind, startsAt, earlier, earlier);
}

function followUp(db: Database.Database, dueOn: string, state = 'pending') {
  db.prepare(`INSERT INTO follow_ups (application_id, due_on, state, created_at) VALUES (1, ?, ?, ?)`).run(dueOn, state, earlier);
}

function createdAt(db: Database.Database, value: string | null) {
  if (value === null) db.prepare("DELETE FROM app_meta WHERE key = 'created_at'").run();
  else db.prepare("UPDATE app_meta SET value = ? WHERE key = 'created_at'").run(value);
}

describe('what the scheduler reads from SQLite', () => {
  it('keeps recovery windows that ended up to 49 days ago (14 for a stale check-in, 35 looked back), latest last', async () => {
    const { db } = await start();
    recovery(db, 1, 'Later', '2026-11-30T09:00:00.000Z');
    recovery(db, 2, 'Edge', '2026-10-06T12:00:00.000Z');
    recovery(db, 3, 'Too old', '2026-10-06T11:59:59.999Z');
    recovery(db, 4, 'No window', null);
    recovery(db, 5, 'Finished', '2026-11-20T09:00:00.000Z', '2026-11-21T10:00:00.000Z');
    expect(reminderData(db, now, 1).recoveries).toEqual([
      {
        rejectionId: 2,
        company: 'Edge',
        startedAt: '2026-10-01T09:00:00.000Z',
        recoveryUntil: '2026-10-06T12:00:00.000Z',
        finishedAt: null,
      },
      {
        rejectionId: 5,
        company: 'Finished',
        startedAt: '2026-10-01T09:00:00.000Z',
        recoveryUntil: '2026-11-20T09:00:00.000Z',
        finishedAt: '2026-11-21T10:00:00.000Z',
      },
      {
        rejectionId: 1,
        company: 'Later',
        startedAt: '2026-10-01T09:00:00.000Z',
        recoveryUntil: '2026-11-30T09:00:00.000Z',
        finishedAt: null,
      },
    ]);
  });

  it('keeps pending follow-ups due up to 70 days ahead, soonest first', async () => {
    const { db } = await start();
    application(db, 1, 'Acme');
    followUp(db, '2027-02-03');
    followUp(db, '2027-02-02');
    followUp(db, '2026-11-01');
    followUp(db, '2026-11-25', 'sent');
    followUp(db, '2026-11-26', 'cancelled');
    expect(reminderData(db, now, 1).followUps).toEqual([
      { dueOn: '2026-11-01', createdAt: earlier },
      { dueOn: '2027-02-02', createdAt: earlier },
    ]);
  });

  it('keeps the weeks from six weeks before this one (35 days looked back and one more week), and whether each was reviewed', async () => {
    const { db } = await start();
    for (const week of ['2026-10-05', '2026-10-12', '2026-11-16', '2026-11-23']) setWeekTargets(db, week, {}, defaultSettings.targets);
    db.prepare("UPDATE weeks SET reviewed_at = '2026-11-20T17:00:00.000Z' WHERE week_start = '2026-11-16'").run();
    const weeks = reminderData(db, now, 1).weeks;
    expect(weeks.toSorted((a, b) => a.weekStart.localeCompare(b.weekStart))).toEqual([
      { weekStart: '2026-10-12', reviewed: false },
      { weekStart: '2026-11-16', reviewed: true },
      { weekStart: '2026-11-23', reviewed: false },
    ]);
  });

  it('takes the first day from when the store was created, and today when that is missing or unreadable', async () => {
    const { db } = await start();
    createdAt(db, '2026-09-01T10:00:00.000Z');
    expect(reminderData(db, now, 1).firstDay).toBe('2026-09-01');
    createdAt(db, 'not a moment');
    expect(reminderData(db, now, 1).firstDay).toBe('2026-11-24');
    createdAt(db, null);
    expect(reminderData(db, now, 1).firstDay).toBe('2026-11-24');
  });

  it('keeps the rounds after now up to 71 days ahead, by start and then by id', async () => {
    const { db } = await start();
    application(db, 1, 'Acme');
    application(db, 2, 'Globex');
    round(db, 10, 1, '2026-11-24T12:00:00.000Z');
    round(db, 11, 1, '2027-02-03T12:00:00.001Z');
    round(db, 12, 2, '2027-02-03T12:00:00.000Z', 'final');
    round(db, 14, 2, '2026-11-24T12:00:00.001Z', 'technical');
    round(db, 13, 1, '2026-11-24T12:00:00.001Z');
    const kept = reminderData(db, now, 1).interviews.map((r) => ({ id: r.id, startsAt: r.startsAt, company: r.company, kind: r.kind }));
    expect(kept).toEqual([
      { id: 13, startsAt: '2026-11-24T12:00:00.001Z', company: 'Acme', kind: 'screen' },
      { id: 14, startsAt: '2026-11-24T12:00:00.001Z', company: 'Globex', kind: 'technical' },
      { id: 12, startsAt: '2027-02-03T12:00:00.000Z', company: 'Globex', kind: 'final' },
    ]);
  });

  it('passes on what the ledger says was shown', async () => {
    const { db } = await start();
    const shown: Reminder[] = [
      { kind: 'checkIn', key: 'checkIn:7', at: now, nav: { view: 'reflect' }, rejectionId: 7 },
      { kind: 'idleNudge', key: 'idleNudge:2026-11-19', at: now, nav: { view: 'today' }, idleSince: '2026-11-19' },
      {
        kind: 'interviewTomorrow',
        key: 'interviewTomorrow:3:2026-11-25T10:00:00.000Z',
        at: now,
        nav: { view: 'today' },
        interviewId: 3,
        startsAt: '2026-11-25T10:00:00.000Z',
      },
    ];
    recordShown(db, now, shown);
    const data = reminderData(db, now, 1);
    expect(data.checkInsShown).toEqual([7]);
    expect(data.idleShownFor).toBe('2026-11-19');
    expect(data.interviewsReminded).toEqual({ 3: '2026-11-25T10:00:00.000Z' });
  });
});

describe("what main's reminder timer asks of core", () => {
  it('loads the data, the settings and the watermark, and writes the ledger straight away when no gate is given', async () => {
    const { db, settings } = await start();
    const face = remindersFace({ db, settings, now: () => now });
    expect(face.load(now).lastCheckedAt).toBeNull();
    face.markChecked(new Date('2026-11-24T11:00:00.000Z'));
    const loaded = face.load(now);
    expect(loaded.lastCheckedAt).toEqual(new Date('2026-11-24T11:00:00.000Z'));
    expect(loaded.settings.reminders).toEqual(defaultSettings.reminders);
    expect(loaded.data.lastActivityDay).toBeNull();
    face.record(now, [{ kind: 'checkIn', key: 'checkIn:4', at: now, nav: { view: 'reflect' }, rejectionId: 4 }]);
    expect(face.load(now).lastCheckedAt).toEqual(now);
    expect(face.load(now).data.checkInsShown).toEqual([4]);
  });

  it("holds the ledger's writes while an import's write holds the store, and makes them once it is over", async () => {
    const { db, settings } = await start();
    const gate = writeGate();
    const face = remindersFace({ db, settings, now: () => now }, gate);
    let release = () => {};
    const held = gate.hold(() => new Promise<void>((resolve) => (release = resolve)));
    face.markChecked(new Date('2026-11-24T11:00:00.000Z'));
    face.record(now, [{ kind: 'checkIn', key: 'checkIn:4', at: now, nav: { view: 'reflect' }, rejectionId: 4 }]);
    expect(face.load(now).lastCheckedAt).toBeNull();
    expect(face.load(now).data.checkInsShown).toEqual([]);
    release();
    await held;
    expect(face.load(now).lastCheckedAt).toEqual(now);
    expect(face.load(now).data.checkInsShown).toEqual([4]);
  });
});

describe('what Settings is told comes next', () => {
  it('lists the next reminder of each kind, the three soonest only', async () => {
    const { db } = await start();
    createdAt(db, '2026-11-24T08:00:00.000Z');
    application(db, 1, 'Acme');
    // Two check-ins and two evening-before reminders are waiting; Settings names each kind once.
    recovery(db, 1, 'Initech', '2026-11-25T09:00:00.000Z');
    recovery(db, 2, 'Hooli', '2026-11-26T10:00:00.000Z');
    round(db, 1, 1, '2026-11-26T10:00:00.000Z');
    round(db, 2, 1, '2026-11-27T10:00:00.000Z');
    expect((await status()).upcoming).toEqual([
      { kind: 'checkIn', at: '2026-11-25T09:00:00.000Z' },
      { kind: 'interviewTomorrow', at: '2026-11-25T18:00:00.000Z' },
      { kind: 'weeklyReview', at: '2026-11-27T16:00:00.000Z' },
    ]);
  });

  it('does not offer launch at login to someone who already has it on', async () => {
    const { db, settings } = await start();
    setWeekTargets(db, '2026-11-23', {}, defaultSettings.targets);
    expect((await status()).launchAtLogin).toEqual({ enabled: false, offer: true });
    settings.update({ launchAtLogin: true });
    expect((await status()).launchAtLogin).toEqual({ enabled: true, offer: false });
  });

  it('calls the shortcut active only when it is switched on and the system holds it', async () => {
    let held = true;
    await start({
      applyShortcut: () => true,
      shortcutActive: () => held,
      applyLaunchAtLogin: () => undefined,
      notificationsSupported: () => true,
    });
    expect((await status()).shortcut).toEqual({ enabled: false, accelerator: 'CommandOrControl+Shift+W', active: false });
    const on = await call<CompanionStatus>('companion:setShortcut', { enabled: true, accelerator: 'Alt+Shift+K' });
    expect(on.ok && on.data.shortcut).toEqual({ enabled: true, accelerator: 'Alt+Shift+K', active: true });
    held = false;
    expect((await status()).shortcut).toEqual({ enabled: true, accelerator: 'Alt+Shift+K', active: false });
  });
});

describe('the companion channels, answered in full', () => {
  it('asks the system for the shortcut it saves, and names the shortcut the system refused', async () => {
    const asked: { enabled: boolean; accelerator: string }[] = [];
    const { settings } = await start({
      applyShortcut: (shortcut) => {
        asked.push(shortcut);
        return shortcut.accelerator !== 'Ctrl+Alt+T';
      },
      shortcutActive: () => false,
      applyLaunchAtLogin: () => undefined,
      notificationsSupported: () => true,
    });
    const bad = await call('companion:setShortcut', { enabled: true, accelerator: 'Shift+W' });
    expect(bad.ok || bad.error).toEqual({
      code: 'invalid_input',
      message: 'Add CommandOrControl, Alt or another modifier so the shortcut never gets in the way of typing.',
      fields: { accelerator: 'Add CommandOrControl, Alt or another modifier so the shortcut never gets in the way of typing.' },
    });
    const taken = await call('companion:setShortcut', { enabled: true, accelerator: 'ctrl+alt+t' });
    const sentence = 'Ctrl+Alt+T is already taken by your system or another app. Try a different combination.';
    expect(taken.ok || taken.error).toEqual({ code: 'conflict', message: sentence, fields: { accelerator: sentence } });
    const off = await call('companion:setShortcut', { enabled: false, accelerator: 'alt+shift+k' });
    expect(off.ok).toBe(true);
    expect(asked).toEqual([
      { enabled: true, accelerator: 'Ctrl+Alt+T' },
      { enabled: false, accelerator: 'Alt+Shift+K' },
    ]);
    expect(settings.get().globalShortcut).toEqual({ enabled: false, accelerator: 'Alt+Shift+K' });
  });

  it('answers a refused login item with the conflict sentence and keeps the offer open', async () => {
    const { db, settings } = await start({
      applyShortcut: () => true,
      shortcutActive: () => false,
      applyLaunchAtLogin: () => {
        throw new Error('EACCES');
      },
      notificationsSupported: () => true,
    });
    setWeekTargets(db, '2026-11-23', {}, defaultSettings.targets);
    const refused = await call('companion:setLaunchAtLogin', { enabled: true });
    expect(refused.ok || refused.error).toEqual({
      code: 'conflict',
      message: 'Your system would not let Rebound change its start-at-login setting. Nothing was changed.',
    });
    expect(settings.get().launchAtLogin).toBe(false);
    expect((await status()).launchAtLogin).toEqual({ enabled: false, offer: true });
  });

  it('counts turning launch at login off as an answer to the offer, and says when it was answered', async () => {
    const applied: boolean[] = [];
    const { db } = await start({
      applyShortcut: () => true,
      shortcutActive: () => false,
      applyLaunchAtLogin: (enabled) => void applied.push(enabled),
      notificationsSupported: () => true,
    });
    setWeekTargets(db, '2026-11-23', {}, defaultSettings.targets);
    const off = await call<CompanionStatus>('companion:setLaunchAtLogin', { enabled: false });
    expect(off.ok && off.data.launchAtLogin).toEqual({ enabled: false, offer: false });
    expect(applied).toEqual([false]);
    const row = db.prepare("SELECT value FROM app_meta WHERE key = 'launchAtLogin.offered'").get();
    expect(row).toEqual({ value: '2026-11-24T12:00:00.000Z' });
  });

  it('pauses until the end it was given and resumes to no pause', async () => {
    const { settings } = await start();
    const paused = await call<CompanionStatus>('reminders:pause', { until: '2026-11-25T08:30:00.000Z' });
    expect(paused.ok && paused.data.pausedUntil).toBe('2026-11-25T08:30:00.000Z');
    expect(settings.get().reminders.pausedUntil).toBe('2026-11-25T08:30:00.000Z');
    const resumed = await call<CompanionStatus>('reminders:resume');
    expect(resumed.ok && resumed.data.pausedUntil).toBeNull();
    expect(settings.get().reminders.pausedUntil).toBeNull();
  });

  it('puts the system back when the settings cannot be saved, so the shortcut and the login item never disagree with them', async () => {
    const shortcuts: { enabled: boolean; accelerator: string }[] = [];
    const logins: boolean[] = [];
    const { settings } = await start({
      applyShortcut: (shortcut) => {
        shortcuts.push(shortcut);
        return true;
      },
      shortcutActive: () => false,
      applyLaunchAtLogin: (enabled) => void logins.push(enabled),
      notificationsSupported: () => true,
    });
    const before = settings.get();
    // The disk is full: electron-store's write fails.
    const full = vi.spyOn(settings, 'update').mockImplementation(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    // Told as a full disk, in the words every other full-disk refusal uses.
    const shortcut = await call('companion:setShortcut', { enabled: true, accelerator: 'Alt+Shift+K' });
    expect(shortcut.ok || shortcut.error).toEqual({ code: 'storage', message: content.data.storage.full });
    const login = await call('companion:setLaunchAtLogin', { enabled: true });
    expect(login.ok || login.error).toEqual({ code: 'storage', message: content.data.storage.full });
    full.mockRestore();
    // Each change the system was asked for is followed by the settings' own value, back as it was.
    expect(shortcuts).toEqual([{ enabled: true, accelerator: 'Alt+Shift+K' }, before.globalShortcut]);
    expect(logins).toEqual([true, false]);
    expect(settings.get().globalShortcut).toEqual(before.globalShortcut);
    expect(settings.get().launchAtLogin).toBe(false);
    // With space again, the same change goes through.
    expect((await call('companion:setLaunchAtLogin', { enabled: true })).ok).toBe(true);
    expect(settings.get().launchAtLogin).toBe(true);
  });
});
