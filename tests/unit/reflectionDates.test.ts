import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { saveStepAnswers } from '../../electron/core/reflection/answers';
import { createRejection } from '../../electron/core/reflection/rejections';
import { nextWeek } from '../../electron/core/reflection/steps';
import { defaultSettings } from '../../electron/core/settings/schema';
import { addHoursTo, nextWeekStartOf } from '../../electron/core/time/days';
import { tempDir } from '../support/tempDir';

const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

const zones = ['UTC', 'America/New_York', 'Europe/Berlin', 'Pacific/Auckland', 'Asia/Kolkata'];

describe.each(zones)('reflection dates in %s', (zone) => {
  it('ends a recovery window a true number of hours later, even across a DST change', () => {
    process.env.TZ = zone;
    // EU clocks go back on 25 October 2026, US clocks on 1 November.
    expect(addHoursTo(new Date('2026-10-24T20:00:00.000Z'), 48).toISOString()).toBe('2026-10-26T20:00:00.000Z');
    expect(addHoursTo(new Date('2026-10-31T12:00:00.000Z'), 24).toISOString()).toBe('2026-11-01T12:00:00.000Z');
  });

  it('finds next week under each week-start setting', () => {
    process.env.TZ = zone;
    // 2026-11-26 is a Thursday.
    expect(nextWeekStartOf('2026-11-26', 1)).toBe('2026-11-30');
    expect(nextWeekStartOf('2026-11-26', 0)).toBe('2026-11-29');
    expect(nextWeekStartOf('2026-11-26', 6)).toBe('2026-11-28');
    expect(nextWeekStartOf('2026-11-30', 1)).toBe('2026-12-07');
  });

  it('judges "in the future" by the local calendar day, and stores the window end in UTC', async () => {
    process.env.TZ = zone;
    const { db } = await openDatabase({ file: path.join(tempDir(), 'r.sqlite3') });
    try {
      // 23:30 UTC on the 26th is already the 27th in Auckland: only there is the 27th "today".
      const now = new Date('2026-11-26T23:30:00.000Z');
      const localToday = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(now);
      const attempt = () => createRejection(db, { company: 'Acme', receivedOn: '2026-11-27' }, now);
      if (localToday === '2026-11-27') expect(attempt().receivedOn).toBe('2026-11-27');
      else expect(attempt).toThrow(/future/);
      const rejection = createRejection(db, { company: 'Acme', receivedOn: '2026-11-26' }, now);
      const reflection = saveStepAnswers(
        db,
        rejection.id,
        { step: 1, feelings: [], intensity: 7, freeWriting: '', recoveryHours: 24 },
        now,
      );
      expect(reflection.recoveryUntil).toBe('2026-11-27T23:30:00.000Z');
      // Sunday night in UTC is already Monday in Auckland and Kolkata: "next week" moves with the local day.
      const sundayNight = new Date('2026-11-29T23:30:00.000Z');
      const localDay = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(sundayNight);
      expect(nextWeek({ db, now: () => sundayNight, settings: { get: () => defaultSettings, update: () => defaultSettings } })).toBe(
        localDay === '2026-11-30' ? '2026-12-07' : '2026-11-30',
      );
    } finally {
      db.close();
    }
  });
});
