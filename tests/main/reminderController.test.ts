import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../electron/core/settings/schema';
import type { Reminder, ReminderData } from '../../electron/core/reminders/scheduler';
import type { ReminderNotice } from '../../electron/core/reminders/notice';
import { createOneTimer, maxTimerDelay, timerDelay } from '../../electron/main/oneTimer';
import { createReminderController, type ReminderHost } from '../../electron/main/reminderController';
import { fakeTimers } from './fakeTimers';

vi.mock('electron', () => ({}));

const originalTz = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  process.env.TZ = originalTz;
});

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);

function world(start: Date, settings: Settings = structuredClone(defaultSettings)) {
  let now = start;
  let lastCheckedAt: Date | null = null;
  let zone = 'Europe/Berlin';
  const data: ReminderData = {
    recoveries: [],
    followUps: [],
    weeks: [],
    lastActivityDay: '2026-11-26',
    firstDay: '2026-11-01',
    checkInsShown: [],
    idleShownFor: null,
    interviews: [],
    interviewsReminded: {},
  };
  const notices: ReminderNotice[] = [];
  const states: unknown[] = [];
  const logs: string[] = [];
  const host: ReminderHost = {
    now: () => now,
    load: () => ({ data, settings, lastCheckedAt }),
    record: (moment, shown: readonly Reminder[]) => {
      lastCheckedAt = moment;
      for (const r of shown) if (r.kind === 'checkIn' && r.rejectionId) data.checkInsShown.push(r.rejectionId);
      for (const r of shown) if (r.kind === 'idleNudge' && r.idleSince) data.idleShownFor = r.idleSince;
    },
    markChecked: (moment) => {
      lastCheckedAt = moment;
    },
    notify: (notice) => void notices.push(notice),
    onState: (state) => void states.push(state),
    timeZone: () => zone,
    log: (message) => void logs.push(message),
  };
  return {
    host,
    data,
    settings,
    notices,
    states,
    logs,
    setNow: (moment: Date) => {
      now = moment;
    },
    setZone: (next: string) => {
      zone = next;
    },
    lastChecked: () => lastCheckedAt,
  };
}

describe('the one timer', () => {
  it('clamps a wait longer than setTimeout can hold, and never waits a negative time', () => {
    const now = at(2026, 1, 1);
    expect(timerDelay(at(2026, 3, 1), now)).toBe(maxTimerDelay);
    expect(timerDelay(at(2025, 1, 1), now)).toBe(0);
    expect(timerDelay(new Date(Number.NaN), now)).toBe(0);
    expect(timerDelay(at(2026, 1, 1, 1), now)).toBe(3_600_000);
  });

  it('keeps at most one timeout pending', () => {
    const timers = fakeTimers();
    const timer = createOneTimer(timers);
    timer.set(at(2026, 1, 2), at(2026, 1, 1), () => undefined);
    timer.set(at(2026, 1, 3), at(2026, 1, 1), () => undefined);
    expect(timers.live.size).toBe(1);
    expect(timer.pending).toBe(true);
    timer.cancel();
    expect(timers.live.size).toBe(0);
  });
});

describe('the reminder controller', () => {
  it('sets one timer for the earliest reminder and shows it when it fires', () => {
    const w = world(at(2026, 11, 26, 12)); // Thursday; review is Friday 16:00
    const timers = fakeTimers();
    const controller = createReminderController(w.host, createOneTimer(timers));
    controller.start();
    expect(w.notices).toEqual([]); // first start: nothing counts as missed
    expect(timers.live.size).toBe(1);
    expect([...timers.live.values()][0]?.ms).toBe(at(2026, 11, 27, 16).getTime() - at(2026, 11, 26, 12).getTime());
    w.setNow(at(2026, 11, 27, 16));
    timers.fireNext();
    expect(w.notices.map((n) => n.nav)).toEqual([{ view: 'plan', action: 'review' }]);
    expect(timers.live.size).toBe(1); // rescheduled: next Monday's planning
    expect([...timers.live.values()][0]?.ms).toBe(at(2026, 11, 30, 9).getTime() - at(2026, 11, 27, 16).getTime());
  });

  it('reschedules, still with one timer, when settings or data change', () => {
    const w = world(at(2026, 11, 26, 12));
    const timers = fakeTimers();
    const controller = createReminderController(w.host, createOneTimer(timers));
    controller.start();
    w.settings.reminders.weeklyReview.time = '13:00';
    w.settings.reminders.weeklyReview.day = 4; // today, in an hour
    controller.settingsChanged();
    expect(timers.live.size).toBe(1);
    expect([...timers.live.values()][0]?.ms).toBe(3_600_000);
    w.data.weeks.push({ weekStart: '2026-11-23', reviewed: true });
    controller.dataChanged();
    expect(timers.live.size).toBe(1);
    expect([...timers.live.values()][0]?.ms).toBe(at(2026, 11, 30, 9).getTime() - at(2026, 11, 26, 12).getTime());
  });

  it('waits out a long stretch in clamped steps that only recompute', () => {
    const settings = structuredClone(defaultSettings);
    settings.reminders.weeklyPlanning.enabled = false;
    settings.reminders.weeklyReview.enabled = false;
    settings.reminders.idleNudge.days = 30;
    const w = world(at(2026, 11, 26, 12), settings);
    w.data.lastActivityDay = '2026-11-26';
    const timers = fakeTimers();
    createReminderController(w.host, createOneTimer(timers)).start();
    expect([...timers.live.values()][0]?.ms).toBe(maxTimerDelay);
    w.setNow(new Date(at(2026, 11, 26, 12).getTime() + maxTimerDelay));
    timers.fireNext();
    expect(w.notices).toEqual([]);
    expect(timers.live.size).toBe(1);
  });

  it('after three days asleep shows one summary on resume, then nothing again', () => {
    const w = world(at(2026, 11, 22, 20));
    w.data.followUps.push({ dueOn: '2026-11-24', createdAt: at(2026, 11, 1).toISOString() });
    w.data.recoveries.push({
      rejectionId: 3,
      company: 'Initech',
      startedAt: at(2026, 11, 21).toISOString(),
      recoveryUntil: at(2026, 11, 23, 12).toISOString(),
      finishedAt: null,
    });
    const timers = fakeTimers();
    const controller = createReminderController(w.host, createOneTimer(timers));
    controller.start();
    controller.suspend();
    expect(timers.live.size).toBe(0);
    w.setNow(at(2026, 11, 25, 19));
    controller.resume();
    expect(w.notices).toHaveLength(1);
    expect(w.notices[0]?.title).toBe('While you were away');
    expect(w.notices[0]?.body).toMatch(/Initech/);
    expect(timers.live.size).toBe(1);
    controller.resume();
    controller.start();
    expect(w.notices).toHaveLength(1);
  });

  it('notices a time-zone change when it wakes and recomputes in the new zone', () => {
    const w = world(at(2026, 11, 26, 12));
    const timers = fakeTimers();
    createReminderController(w.host, createOneTimer(timers)).start();
    w.setZone('America/New_York');
    process.env.TZ = 'America/New_York';
    w.setNow(new Date(at(2026, 11, 26, 12).getTime() + 3_600_000));
    timers.fireNext();
    expect(w.logs.some((line) => /time zone changed from Europe\/Berlin to America\/New_York/.test(line))).toBe(true);
    expect(timers.live.size).toBe(1);
    // Friday 16:00 now means New York's 16:00.
    const next = new Date(w.host.now().getTime() + ([...timers.live.values()][0]?.ms ?? 0));
    expect([next.getHours(), next.getDay()]).toEqual([16, 5]);
  });

  it('shows a check-in freed by resuming a pause right away', () => {
    const w = world(at(2026, 11, 26, 12));
    w.settings.reminders.pausedUntil = at(2026, 11, 28).toISOString();
    w.data.recoveries.push({
      rejectionId: 8,
      company: 'Acme',
      startedAt: at(2026, 11, 24).toISOString(),
      recoveryUntil: at(2026, 11, 26, 10).toISOString(),
      finishedAt: null,
    });
    const timers = fakeTimers();
    const controller = createReminderController(w.host, createOneTimer(timers));
    controller.start();
    expect(w.notices).toEqual([]);
    expect(w.states.at(-1)).toMatchObject({ attention: { checkInsWaiting: 1 }, pausedUntil: at(2026, 11, 28) });
    w.settings.reminders.pausedUntil = null;
    controller.settingsChanged();
    expect([...timers.live.values()][0]?.ms).toBe(0);
    timers.fireNext();
    expect(w.notices.map((n) => n.nav)).toEqual([{ view: 'reflect', action: 'reflect-8' }]);
  });

  it('stops for good', () => {
    const w = world(at(2026, 11, 26, 12));
    const timers = fakeTimers();
    const controller = createReminderController(w.host, createOneTimer(timers));
    controller.start();
    controller.stop();
    controller.dataChanged();
    expect(timers.live.size).toBe(0);
  });
});

/**
 * setTimeout counts elapsed time, not the wall clock: when the clock jumps,
 * the one timer wakes at a wall-clock moment other than the one it was set
 * for. Each wake reads the clock afresh, so reminders still come at their
 * own local time, once. (26 Nov 2026 is a Thursday.)
 */
describe('the clock jumping while a reminder is pending', () => {
  const pendingMs = (timers: ReturnType<typeof fakeTimers>) => [...timers.live.values()][0]?.ms;

  it('three days back: the timer wakes early by the clock, shows nothing, and waits again for the real moment', () => {
    const w = world(at(2026, 11, 26, 12));
    const timers = fakeTimers();
    createReminderController(w.host, createOneTimer(timers)).start();
    expect(pendingMs(timers)).toBe(at(2026, 11, 27, 16).getTime() - at(2026, 11, 26, 12).getTime());
    // The timer's 28 hours pass, but the clock was set back three days meanwhile.
    w.setNow(at(2026, 11, 24, 16));
    timers.fireNext();
    expect(w.notices).toEqual([]);
    expect(pendingMs(timers)).toBe(3 * 86_400_000);
    w.setNow(at(2026, 11, 27, 16));
    timers.fireNext();
    expect(w.notices.map((n) => n.nav)).toEqual([{ view: 'plan', action: 'review' }]);
  });

  it('four days forward: the late timer shows what was passed over as one summary, then nothing again', () => {
    const w = world(at(2026, 11, 26, 12));
    w.data.followUps.push({ dueOn: '2026-11-27', createdAt: at(2026, 11, 1).toISOString() });
    const timers = fakeTimers();
    createReminderController(w.host, createOneTimer(timers)).start();
    w.setNow(at(2026, 11, 30, 10)); // Monday, past the follow-up, Friday's review and Monday's planning
    timers.fireNext();
    expect(w.notices).toHaveLength(1);
    expect(w.notices[0]?.title).toBe('While you were away');
    expect(pendingMs(timers)).toBeGreaterThan(0);
    timers.fireNext();
    expect(w.notices).toHaveLength(1);
  });

  it('back past a check-in already shown: it is not shown a second time', () => {
    const w = world(at(2026, 11, 26, 12));
    w.data.recoveries.push({
      rejectionId: 5,
      company: 'Globex',
      startedAt: at(2026, 11, 25).toISOString(),
      recoveryUntil: at(2026, 11, 26, 14).toISOString(),
      finishedAt: null,
    });
    const timers = fakeTimers();
    const controller = createReminderController(w.host, createOneTimer(timers));
    controller.start();
    w.setNow(at(2026, 11, 26, 14));
    timers.fireNext();
    expect(w.notices.map((n) => n.nav)).toEqual([{ view: 'reflect', action: 'reflect-5' }]);
    w.setNow(at(2026, 11, 26, 9)); // five hours back
    controller.dataChanged();
    w.setNow(at(2026, 11, 26, 14, 30));
    timers.fireNext();
    expect(w.notices).toHaveLength(1);
  });
});
