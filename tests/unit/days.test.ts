import { afterAll, describe, expect, it } from 'vitest';
import {
  addDaysTo,
  dayNumber,
  dayOf,
  dayOfNumber,
  daysBetween,
  daysOfWeek,
  firstDayOfWeekNumber,
  parseDay,
  weekNumber,
  weekStartOf,
} from '../../electron/core/time/days';
import { daySchema, isRealDay } from '../../electron/core/time/schema';

const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

// Zones on both sides of the year's DST changes, one with none, one with a half-hour offset.
const zones = ['UTC', 'America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Pacific/Auckland', 'Asia/Kolkata', 'America/Sao_Paulo'];

describe.each(zones)('week math in %s', (zone) => {
  it('numbers days and weeks exactly as date-fns counts them, every day from 1968 to 2032', () => {
    process.env.TZ = zone;
    const first = '1968-01-01';
    let day = first;
    for (let i = 0; i < 64 * 366; i += 1) {
      expect(dayNumber(day) - dayNumber(first)).toBe(i);
      expect(dayOfNumber(dayNumber(day))).toBe(day);
      if (i % 97 === 0) expect(dayNumber(day) - dayNumber(first)).toBe(daysBetween(first, day));
      for (const weekStartsOn of [0, 1, 6] as const) {
        const start = weekStartOf(day, weekStartsOn);
        expect(dayOfNumber(firstDayOfWeekNumber(weekNumber(dayNumber(day), weekStartsOn), weekStartsOn))).toBe(start);
        if (start === day) expect(weekNumber(dayNumber(day), weekStartsOn)).toBe(weekNumber(dayNumber(day) - 1, weekStartsOn) + 1);
        else expect(weekNumber(dayNumber(day), weekStartsOn)).toBe(weekNumber(dayNumber(start), weekStartsOn));
      }
      day = addDaysTo(day, 1);
    }
  });

  it('turns day numbers back into days across the century leap rules (1900 and 2100 have no 29 February, 2000 has)', () => {
    process.env.TZ = zone;
    for (const [before, after] of [
      ['1900-02-28', '1900-03-01'],
      ['2000-02-29', '2000-03-01'],
      ['2100-02-28', '2100-03-01'],
      ['2999-12-31', '3000-01-01'],
    ] as const) {
      expect(dayOfNumber(dayNumber(before) + 1)).toBe(after);
      expect(dayOfNumber(dayNumber(before))).toBe(before);
    }
    expect(dayOfNumber(dayNumber('2000-02-28') + 1)).toBe('2000-02-29');
    expect(dayOfNumber(0)).toBe('1970-01-01');
  });

  it('finds the first day of the week for each week-start setting', () => {
    process.env.TZ = zone;
    // 2026-03-11 is a Wednesday.
    expect(weekStartOf('2026-03-11', 1)).toBe('2026-03-09');
    expect(weekStartOf('2026-03-11', 0)).toBe('2026-03-08');
    expect(weekStartOf('2026-03-11', 6)).toBe('2026-03-07');
    expect(weekStartOf('2026-03-09', 1)).toBe('2026-03-09');
    expect(weekStartOf('2026-03-08', 1)).toBe('2026-03-02');
  });

  it.each([
    ['US spring forward', '2026-03-08'],
    ['EU spring forward', '2026-03-29'],
    ['Sydney autumn back', '2026-04-05'],
    ['Sydney spring forward', '2026-10-04'],
    ['EU autumn back', '2026-10-25'],
    ['US autumn back', '2026-11-01'],
  ])('keeps seven distinct consecutive days across the %s', (_name, change) => {
    process.env.TZ = zone;
    const start = weekStartOf(change, 1);
    const days = daysOfWeek(start);
    expect(new Set(days).size).toBe(7);
    expect(days).toContain(change);
    for (let index = 1; index < 7; index += 1) expect(daysBetween(days[index - 1] as string, days[index] as string)).toBe(1);
    expect(addDaysTo(change, 1)).toBe(daysOfWeek(change)[1]);
    expect(addDaysTo(change, -1)).not.toBe(change);
    expect(daysBetween(addDaysTo(change, -3), addDaysTo(change, 3))).toBe(6);
  });

  it('crosses the new year into the right week', () => {
    process.env.TZ = zone;
    expect(weekStartOf('2027-01-01', 1)).toBe('2026-12-28');
    expect(addDaysTo('2026-12-31', 1)).toBe('2027-01-01');
    expect(weekStartOf('2028-02-29', 0)).toBe('2028-02-27');
  });

  it('names the local day of a moment', () => {
    process.env.TZ = zone;
    const noon = parseDay('2026-07-15');
    expect(dayOf(noon)).toBe('2026-07-15');
  });
});

describe('calendar days', () => {
  it.each(['2026-02-28', '2028-02-29', '2026-12-31', '1999-01-01'])('accepts %s', (day) => {
    expect(isRealDay(day)).toBe(true);
    expect(daySchema.safeParse(day).success).toBe(true);
  });

  it.each([
    '2026-02-29',
    '2026-02-30',
    '2026-13-01',
    '2026-00-10',
    '2026-1-5',
    '26-01-05',
    '2026-01-05T10:00',
    '',
    'tomorrow',
    '1800-01-01',
  ])('refuses %s', (day) => {
    expect(isRealDay(day)).toBe(false);
    expect(() => parseDay(day)).toThrow(RangeError);
  });
});
