import { afterAll, describe, expect, it } from 'vitest';
import { backupsToKeep } from '../../electron/core/backup/retention';

const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

/** One backup a day at 09:00 UTC for `days` days ending on `last`. */
function daily(last: string, days: number) {
  const end = new Date(`${last}T09:00:00Z`).getTime();
  return Array.from({ length: days }, (_, index) => {
    const takenAt = new Date(end - index * 86_400_000);
    return { path: takenAt.toISOString().slice(0, 10), takenAt };
  });
}

describe('which backups to keep', () => {
  it('keeps everything while there are fewer than the policy asks for', () => {
    process.env.TZ = 'UTC';
    const backups = daily('2026-03-10', 5);
    expect(backupsToKeep(backups)).toEqual(new Set(backups.map((b) => b.path)));
  });

  it('keeps the last 7 days, then one per week for 4 weeks, then one per month for 6 months', () => {
    process.env.TZ = 'UTC';
    const keep = [...backupsToKeep(daily('2026-11-26', 400))].sort();
    // Last 7 days.
    for (const day of ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26']) {
      expect(keep).toContain(day);
    }
    // Newest of each of the last 4 ISO weeks: the current week's newest is already kept, then the Sundays before.
    for (const sunday of ['2026-11-22', '2026-11-15', '2026-11-08']) expect(keep).toContain(sunday);
    // Newest of each of the last 6 months: month ends.
    for (const monthEnd of ['2026-10-31', '2026-09-30', '2026-08-31', '2026-07-31', '2026-06-30']) expect(keep).toContain(monthEnd);
    expect(keep).not.toContain('2026-05-31');
    expect(keep).not.toContain('2026-11-19');
    expect(keep.length).toBeLessThanOrEqual(7 + 4 + 6);
  });

  it('keeps only the newest of several backups on one day', () => {
    process.env.TZ = 'UTC';
    const morning = { path: 'morning', takenAt: new Date('2026-03-10T08:00:00Z') };
    const evening = { path: 'evening', takenAt: new Date('2026-03-10T20:00:00Z') };
    expect(backupsToKeep([morning, evening], { daily: 1, weekly: 0, monthly: 0 })).toEqual(new Set(['evening']));
  });

  it('counts days by the local calendar', () => {
    process.env.TZ = 'Pacific/Auckland';
    // 23:00 UTC on the 9th is already the 10th in Auckland, the same day as 08:00 UTC on the 10th (21:00 there).
    const a = { path: 'a', takenAt: new Date('2026-03-09T23:00:00Z') };
    const b = { path: 'b', takenAt: new Date('2026-03-10T08:00:00Z') };
    expect(backupsToKeep([a, b], { daily: 2, weekly: 0, monthly: 0 })).toEqual(new Set(['b']));
  });

  it('keeps nothing when there is nothing', () => {
    expect(backupsToKeep([])).toEqual(new Set());
  });
});
