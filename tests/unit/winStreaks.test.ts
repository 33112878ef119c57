import { afterAll, describe, expect, it } from 'vitest';
import { countPerWeek, dayStreak, weekStreak } from '../../electron/core/wins/streaks';

const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

// Both sides of the DST changes, none at all, and a half-hour offset.
const zones = ['UTC', 'America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Pacific/Auckland', 'Asia/Kolkata'];

describe.each(zones)('streaks and weeks in %s', (zone) => {
  it('counts days in a row, with today not yet breaking a streak', () => {
    process.env.TZ = zone;
    expect(dayStreak([], '2026-03-12')).toBe(0);
    expect(dayStreak(['2026-03-12', '2026-03-11', '2026-03-10', '2026-03-08'], '2026-03-12')).toBe(3);
    // Nothing yet today: yesterday's run still counts.
    expect(dayStreak(['2026-03-11', '2026-03-10'], '2026-03-12')).toBe(2);
    // A whole day without one ends it.
    expect(dayStreak(['2026-03-10', '2026-03-09'], '2026-03-12')).toBe(0);
  });

  it('counts across a DST change without losing or doubling a day', () => {
    process.env.TZ = zone;
    const usSpring = ['2026-03-09', '2026-03-08', '2026-03-07'];
    expect(dayStreak(usSpring, '2026-03-09')).toBe(3);
    const euAutumn = ['2026-10-26', '2026-10-25', '2026-10-24'];
    expect(dayStreak(euAutumn, '2026-10-26')).toBe(3);
    const sydneyAutumn = ['2026-04-06', '2026-04-05', '2026-04-04'];
    expect(dayStreak(sydneyAutumn, '2026-04-06')).toBe(3);
  });

  it('reads only as far as the first gap', () => {
    process.env.TZ = zone;
    let read = 0;
    function* days() {
      for (const day of ['2026-03-12', '2026-03-11', '2026-03-01', '2026-02-01', '2026-01-01']) {
        read += 1;
        yield day;
      }
    }
    expect(dayStreak(days(), '2026-03-12')).toBe(2);
    expect(read).toBe(3);
  });

  it('counts weeks in a row under each week-start setting', () => {
    process.env.TZ = zone;
    // 2026-03-12 is a Thursday. Wins on Sun 8th and Sat 28 Feb, Mon 23 Feb.
    const days = ['2026-03-12', '2026-03-08', '2026-02-28', '2026-02-23'];
    // Monday weeks: 9 Mar, 2 Mar (8th), 23 Feb (28th, 23rd) -> 3.
    expect(weekStreak(days, '2026-03-12', 1)).toBe(3);
    // Sunday weeks: 8 Mar (12th, 8th), 22 Feb (28th, 23rd): 1 Mar is empty -> 1.
    expect(weekStreak(days, '2026-03-12', 0)).toBe(1);
    // Saturday weeks: 7 Mar (12th, 8th), 28 Feb (28th), 21 Feb (23rd) -> 3.
    expect(weekStreak(days, '2026-03-12', 6)).toBe(3);
    // No win yet this week: last week's run still counts.
    expect(weekStreak(['2026-03-08', '2026-03-02'], '2026-03-12', 1)).toBe(1);
    expect(weekStreak(['2026-02-27'], '2026-03-12', 1)).toBe(0);
  });

  it('buckets wins per week, oldest first, with empty weeks as zero', () => {
    process.env.TZ = zone;
    const counts = countPerWeek(
      [
        { day: '2026-03-12', count: 2 },
        { day: '2026-03-09', count: 1 },
        { day: '2026-03-08', count: 4 },
        { day: '2025-01-01', count: 9 },
      ],
      '2026-03-12',
      1,
      3,
    );
    expect(counts).toEqual([
      { weekStart: '2026-02-23', count: 0 },
      { weekStart: '2026-03-02', count: 4 },
      { weekStart: '2026-03-09', count: 3 },
    ]);
    const sunday = countPerWeek([{ day: '2026-03-08', count: 4 }], '2026-03-12', 0, 2);
    expect(sunday).toEqual([
      { weekStart: '2026-03-01', count: 0 },
      { weekStart: '2026-03-08', count: 4 },
    ]);
    const year = countPerWeek([], '2026-11-02', 1, 52);
    expect(year).toHaveLength(52);
    expect(new Set(year.map((week) => week.weekStart)).size).toBe(52);
    expect(year[51]?.weekStart).toBe('2026-11-02');
    expect(year[0]?.weekStart).toBe('2025-11-10');
  });
});
