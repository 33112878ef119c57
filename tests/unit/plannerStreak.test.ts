import { describe, expect, it } from 'vitest';
import { keptRoutine, streakOf, type StreakWeek } from '../../electron/core/planner/progress';
import { isSilent, isSilentBefore, quietBefore } from '../../electron/core/applications/silence';
import { targetsMet } from '../../electron/core/planner/progress';
import { formatWeekSummary } from '../../electron/core/planner/today';

const rule = { minApply: 1, minFollowUp: 1 };
const week = (kept: boolean | 'paused', weekStart = 'w'): StreakWeek => ({
  weekStart,
  paused: kept === 'paused',
  progress: kept === true ? { apply: 2, followUp: 1 } : { apply: 1, followUp: 0 },
});

describe('the streak', () => {
  it.each([
    ['nothing yet', [], 0],
    ['a current week still running', [false], 0],
    ['the current week not yet kept, two before it kept', [false, true, true], 2],
    ['the current week kept too', [true, true, true], 3],
    ['a paused week in the middle', [true, 'paused', true], 2],
    ['several paused weeks', [false, 'paused', 'paused', true, false, true], 1],
    ['a missed week ends the run', [true, false, true, true], 1],
    ['only paused weeks', ['paused', 'paused'], 0],
  ] as const)('%s', (_name, weeks, expected) => {
    expect(
      streakOf(
        weeks.map((kept) => week(kept)),
        rule,
      ),
    ).toBe(expected);
  });

  it('follows the rule the person set', () => {
    expect(keptRoutine({ apply: 1, followUp: 0 }, { minApply: 1, minFollowUp: 0 })).toBe(true);
    expect(keptRoutine({ apply: 2, followUp: 1 }, { minApply: 3, minFollowUp: 1 })).toBe(false);
    expect(keptRoutine({ apply: 0, followUp: 0 }, { minApply: 0, minFollowUp: 0 })).toBe(true);
  });
});

describe('targets met', () => {
  const zero = { search: 0, apply: 0, followUp: 0, network: 0, learn: 0, volunteer: 0 };
  it('needs every target reached and at least one target set', () => {
    expect(targetsMet(zero, zero)).toBe(false);
    expect(targetsMet({ ...zero, apply: 2 }, { ...zero, apply: 2 })).toBe(true);
    expect(targetsMet({ ...zero, apply: 2, search: 1 }, { ...zero, apply: 5 })).toBe(false);
  });
});

describe('silence', () => {
  const at = (day: string) => new Date(`${day}T12:00:00`).toISOString();
  it.each([
    ['applied', '2026-03-01', '2026-03-21', 20, true],
    ['applied', '2026-03-01', '2026-03-21', 21, false],
    ['interviewing', '2026-03-01', '2026-03-22', 21, true],
    ['saved', '2026-01-01', '2026-03-22', 21, false],
    ['rejected', '2026-01-01', '2026-03-22', 21, false],
    ['no_reply', '2026-01-01', '2026-03-22', 21, false],
  ] as const)('%s, last changed %s, on %s after %s days: %s', (status, changed, today, days, expected) => {
    expect(isSilent({ status, updatedAt: at(changed) }, today, days)).toBe(expected);
    expect(isSilentBefore({ status, updatedAt: at(changed) }, quietBefore(today, days))).toBe(expected);
  });

  // The fast form (one moment, compared as text; what the list and Today's index query use) must agree
  // with the day-based rule at every hour of every day around DST changes, in zones on both sides.
  it.each(['UTC', 'America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Kolkata'])(
    'agrees with the day rule hour by hour in %s',
    (zone) => {
      const original = process.env.TZ;
      process.env.TZ = zone;
      try {
        let checked = 0;
        for (const today of ['2026-03-10', '2026-03-30', '2026-04-06', '2026-10-26', '2026-11-02']) {
          for (const days of [1, 3, 21]) {
            const before = quietBefore(today, days);
            const start = new Date(`${today}T12:00:00`).getTime() - (days + 2) * 86_400_000;
            for (let hour = 0; hour < (days + 3) * 24; hour += 1) {
              const updatedAt = new Date(start + hour * 3_600_000).toISOString();
              expect(isSilentBefore({ status: 'applied', updatedAt }, before)).toBe(
                isSilent({ status: 'applied', updatedAt }, today, days),
              );
              checked += 1;
            }
          }
        }
        expect(checked).toBeGreaterThan(1000);
      } finally {
        process.env.TZ = original;
      }
    },
  );
});

describe('the tray line', () => {
  it.each([
    [{ applied: 0, applyTarget: 5, followUpsDue: 0 }, 'Applied 0/5'],
    [{ applied: 3, applyTarget: 5, followUpsDue: 1 }, 'Applied 3/5 · 1 follow-up due'],
    [{ applied: 3, applyTarget: 5, followUpsDue: 2 }, 'Applied 3/5 · 2 follow-ups due'],
    [{ applied: 7, applyTarget: 5, followUpsDue: 12 }, 'Applied 7/5 · 12 follow-ups due'],
  ])('%j reads "%s"', (glance, expected) => {
    expect(formatWeekSummary(glance)).toBe(expected);
  });
});
