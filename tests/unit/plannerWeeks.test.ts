import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startPlannerCore } from '../support/plannerCore';

const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});
let close: (() => void) | null = null;
afterEach(() => close?.());

// Zones with DST changes on both sides of the year, none, and a half-hour offset.
const zones = ['UTC', 'America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Pacific/Auckland', 'Asia/Kolkata'];

describe.each(zones)('planner weeks in %s', (zone) => {
  it.each([
    // [moment, weekStartsOn, expected week start, expected day index]
    ['2026-03-08T23:30:00', 1, '2026-03-02', 6], // US spring forward, late Sunday
    ['2026-03-29T00:30:00', 1, '2026-03-23', 6], // EU spring forward, just after midnight
    ['2026-04-05T02:30:00', 0, '2026-04-05', 0], // Sydney back, Sunday weeks
    ['2026-10-04T03:00:00', 6, '2026-10-03', 1], // Sydney forward, Saturday weeks
    ['2026-10-25T01:30:00', 1, '2026-10-19', 6], // EU back
    ['2026-11-01T01:30:00', 0, '2026-11-01', 0], // US back, Sunday weeks
    ['2026-12-31T23:59:00', 1, '2026-12-28', 3], // across the new year
    ['2027-01-01T00:00:00', 6, '2026-12-26', 6],
  ] as const)('at %s with weeks from day %s, the week starts %s', async (moment, weekStartsOn, weekStart, dayIndex) => {
    process.env.TZ = zone;
    const p = await startPlannerCore(moment);
    close = () => p.core.close();
    p.core.settings.update({ weekStartsOn });
    const today = await p.call('planner:today');
    expect(today.week.weekStart).toBe(weekStart);
    expect(today.dayIndex).toBe(dayIndex);
    expect(new Set(today.week.days).size).toBe(7);
    expect(today.week.days[dayIndex]).toBe(today.today);
    // An activity logged now counts in this week, and a follow-up lands seven calendar days on.
    const app = await p.call('applications:create', { company: 'Acme', status: 'applied' });
    expect((await p.call('planner:week', { weekStart })).progress.apply).toBe(1);
    const due = new Date(`${today.today}T12:00:00Z`);
    due.setUTCDate(due.getUTCDate() + 7);
    expect(app.nextFollowUp?.dueOn).toBe(due.toISOString().slice(0, 10));
  });
});
