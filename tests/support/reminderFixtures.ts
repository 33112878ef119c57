import { afterAll, beforeEach } from 'vitest';
import type { ReminderData } from '../../electron/core/reminders/scheduler';

/**
 * What the reminder tests share: moments on the wall clock of the zone the test set (`process.env.TZ`),
 * and the scheduler's input with nothing in it but what a test names.
 */

/** A moment on the test's wall clock; the month is 1-based here. */
export const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);
/** The same moment as the ISO string the store keeps. */
export const iso = (y: number, m: number, d: number, h = 0, min = 0) => at(y, m, d, h, min).toISOString();

/** No recoveries, follow-ups, weeks or rounds; tracking began on 1 November 2026 with no activity yet. */
export function reminderData(overrides: Partial<ReminderData> = {}): ReminderData {
  return {
    recoveries: [],
    followUps: [],
    weeks: [],
    lastActivityDay: null,
    firstDay: '2026-11-01',
    checkInsShown: [],
    idleShownFor: null,
    interviews: [],
    interviewsReminded: {},
    ...overrides,
  };
}

/** Every test of the file that calls this runs on `zone`'s wall clock; the machine's own zone is put back after. */
export function onWallClockOf(zone: string): void {
  const original = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = original;
  });
}
