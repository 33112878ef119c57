import { afterEach, describe, expect, it } from 'vitest';
import { dayOf } from '../../electron/core/time/days';
import type { TestCore } from '../support/core';
import { appCaller, startTestCore, dataOf } from '../support/core';
import { tempDir } from '../support/tempDir';

/**
 * The computer's clock jumps days back and forth (a dead CMOS battery, a
 * manual fix, a VM resumed) and the time zone changes (a flight) while
 * Rebound runs. One core lives through all of it on a clock the test moves;
 * "today", the win streaks and what may be logged follow the clock as it
 * is now, with no restart. The expected days were worked out by hand from
 * a calendar: 2026-03-02 is a Monday, the default first day of the week.
 */

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

let clock = new Date('2026-03-10T12:00:00Z');

const call = <T>(core: TestCore, channel: string, payload?: unknown) => dataOf<T>(core, channel, payload);

const summary = (core: TestCore) => call<{ today: string; dayStreak: number; weekStreak: number; thisWeek: number }>(core, 'wins:summary');
const logWin = (core: TestCore, day: string) => core.dispatch('wins:log', { kind: 'learning', title: `Win on ${day}`, day }, appCaller);

async function coreWithWins(days: string[]): Promise<TestCore> {
  const core = await startTestCore(tempDir(), { now: () => clock });
  for (const day of days) expect((await logWin(core, day)).ok).toBe(true);
  return core;
}

const fiveDays = ['2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10'];

describe('this Node honours TZ set while running', () => {
  it('reads the same instant as a different local day after process.env.TZ changes', () => {
    const instant = new Date('2026-03-10T23:30:00Z');
    process.env.TZ = 'UTC';
    expect([dayOf(instant), instant.getHours()]).toEqual(['2026-03-10', 23]);
    process.env.TZ = 'Asia/Tokyo';
    expect([dayOf(instant), instant.getHours()]).toEqual(['2026-03-11', 8]);
    process.env.TZ = 'America/Los_Angeles';
    expect([dayOf(instant), instant.getHours()]).toEqual(['2026-03-10', 16]);
  });
});

describe('the clock jumping while Rebound runs', () => {
  it('days back and forth: today, both streaks and the no-future rule follow the clock each time', async () => {
    process.env.TZ = 'Europe/Berlin';
    clock = new Date('2026-03-10T12:00:00Z');
    const core = await coreWithWins(fiveDays);
    expect(await summary(core)).toMatchObject({ today: '2026-03-10', dayStreak: 5, weekStreak: 2 });

    clock = new Date('2026-03-07T12:00:00Z'); // three days back
    expect(await summary(core)).toMatchObject({ today: '2026-03-07', dayStreak: 2, weekStreak: 1 });
    expect((await call<{ today: string }>(core, 'planner:today')).today).toBe('2026-03-07');
    // The 9th has not happened by this clock: logging a win on it waits until it has.
    expect(await logWin(core, '2026-03-09')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    clock = new Date('2026-03-17T12:00:00Z'); // ten days forward
    // No win yesterday or today: the day streak is over; last week had wins, and this week is still running.
    expect(await summary(core)).toMatchObject({ today: '2026-03-17', dayStreak: 0, weekStreak: 2 });
    expect((await call<{ today: string }>(core, 'planner:today')).today).toBe('2026-03-17');

    clock = new Date('2026-03-10T12:00:00Z'); // back where it was
    expect(await summary(core)).toMatchObject({ today: '2026-03-10', dayStreak: 5, weekStreak: 2 });
    core.close();
  });

  it('the time zone changing under a fixed instant: today moves with the zone, and so does what counts as the future', async () => {
    clock = new Date('2026-03-10T23:30:00Z');
    process.env.TZ = 'Europe/London';
    const core = await coreWithWins(fiveDays);
    expect(await summary(core)).toMatchObject({ today: '2026-03-10', dayStreak: 5 });
    expect(await logWin(core, '2026-03-11')).toMatchObject({ ok: false });

    process.env.TZ = 'Asia/Tokyo'; // 08:30 on the 11th there
    expect(await summary(core)).toMatchObject({ today: '2026-03-11', dayStreak: 5 });
    expect((await call<{ today: string }>(core, 'planner:today')).today).toBe('2026-03-11');
    expect((await logWin(core, '2026-03-11')).ok).toBe(true);
    expect(await summary(core)).toMatchObject({ today: '2026-03-11', dayStreak: 6 });

    process.env.TZ = 'America/Los_Angeles'; // 16:30 on the 10th there
    // The win on the 11th is kept, but a streak never counts a day that has not come yet.
    expect(await summary(core)).toMatchObject({ today: '2026-03-10', dayStreak: 5 });
    expect((await call<{ today: string }>(core, 'planner:today')).today).toBe('2026-03-10');
    expect(core.db.prepare('SELECT count(*) FROM wins').pluck().get()).toBe(6);
    core.close();
  });
});
