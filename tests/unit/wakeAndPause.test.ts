import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../electron/core/settings/schema';
import { attentionOf, nextAttentionChange, nextWake } from '../../electron/core/reminders/wake';
import { activePause, pauseEnd } from '../../electron/core/reminders/pause';
import { inQuietHours, quietHoursEnd } from '../../electron/core/reminders/localTime';
import { DomainError } from '../../electron/core/ipc/result';
import { at, iso, onWallClockOf, reminderData } from '../support/reminderFixtures';

/**
 * What the tray flags, when main wakes, a pause's end and quiet hours (electron/core/reminders/wake.ts,
 * pause.ts, localTime.ts): the edges the session-7 mutation run left open. Pure functions; every moment
 * is fixed on the Lisbon clock (UTC+0 in November). 2026-11-24 is a Tuesday.
 */

onWallClockOf('Europe/Lisbon');

const data = reminderData;

/** Every reminder off, so only the tray's own changes, a pause and the rounds wake main. */
function quiet(pausedUntil: string | null = null): Settings {
  const base = structuredClone(defaultSettings);
  for (const key of ['weeklyPlanning', 'weeklyReview', 'followUpsDue', 'recoveryCheckIn', 'idleNudge', 'interviewDayBefore'] as const) {
    base.reminders[key].enabled = false;
  }
  base.reminders.pausedUntil = pausedUntil;
  return base;
}

const now = () => at(2026, 11, 24, 12);
const recovery = (id: number, until: string, finishedAt: string | null = null) => ({
  rejectionId: id,
  company: `C${id}`,
  startedAt: iso(2026, 11, 1),
  recoveryUntil: until,
  finishedAt,
});
const followUp = (dueOn: string) => ({ dueOn, createdAt: iso(2026, 11, 1) });

describe('what the tray flags', () => {
  it('counts the follow-ups due today or earlier, not tomorrow’s', () => {
    const d = data({ followUps: [followUp('2026-11-24'), followUp('2026-11-20'), followUp('2026-11-25')] });
    expect(attentionOf(now(), d).followUpsDue).toBe(2);
  });

  it('counts a check-in from the end of its window to fourteen days after, unless the reflection is finished', () => {
    const d = data({
      recoveries: [
        recovery(1, iso(2026, 11, 24, 12)), // ends right now: waiting
        recovery(2, iso(2026, 11, 10, 12)), // exactly fourteen days ago: still waiting
        recovery(3, iso(2026, 11, 10, 11, 59)), // a minute more: not brought up any more
        recovery(4, iso(2026, 11, 24, 12, 1)), // not over yet
        recovery(5, iso(2026, 11, 20), iso(2026, 11, 21)), // finished
        recovery(6, iso(2026, 11, 22)),
      ],
    });
    expect(attentionOf(now(), d)).toEqual({ followUpsDue: 0, checkInsWaiting: 3 });
  });
});

describe('when main wakes', () => {
  it('at the midnight the earliest coming follow-up falls due, or when a window ends, whichever is first', () => {
    const d = data({ followUps: [followUp('2026-11-28'), followUp('2026-11-26'), followUp('2026-11-24')] });
    expect(nextAttentionChange(now(), d)).toEqual(at(2026, 11, 26, 0));
    const withWindow = { ...d, recoveries: [recovery(1, iso(2026, 11, 25, 15)), recovery(2, iso(2026, 11, 24, 12))] };
    // The window ending right now has ended already: the one tomorrow afternoon is next.
    expect(nextAttentionChange(now(), withWindow)).toEqual(at(2026, 11, 25, 15));
    expect(nextWake(now(), withWindow, quiet())).toEqual(at(2026, 11, 25, 15));
    expect(nextAttentionChange(now(), data({ recoveries: [recovery(1, iso(2026, 11, 27)), recovery(2, iso(2026, 11, 25, 15))] }))).toEqual(
      at(2026, 11, 25, 15),
    );
  });

  it('at the start of the next round still ahead, the earliest of everything, and not for a pause ending now', () => {
    const round = (id: number, startsAt: string) => ({ id, startsAt, updatedAt: iso(2026, 11, 1), company: 'Acme', kind: 'screen' });
    const rounds = data({ interviews: [round(1, iso(2026, 11, 24, 12)), round(2, iso(2026, 11, 27, 10))] });
    expect(nextWake(now(), rounds, quiet())).toEqual(at(2026, 11, 27, 10));
    expect(nextWake(now(), rounds, quiet(iso(2026, 11, 24, 12)))).toEqual(at(2026, 11, 27, 10));
    expect(nextWake(now(), rounds, quiet(iso(2026, 11, 26, 9)))).toEqual(at(2026, 11, 26, 9));
    const all = { ...rounds, followUps: [followUp('2026-11-26')] };
    expect(nextWake(now(), all, quiet(iso(2026, 11, 26, 9)))).toEqual(at(2026, 11, 26, 0));
  });
});

describe('a pause', () => {
  it('must end after now and at most 30 days ahead, each refused beside its field', () => {
    const refusal = (until: Date) => {
      try {
        pauseEnd(now(), { until: until.toISOString() }, quiet());
      } catch (error) {
        return error instanceof DomainError ? { code: error.code, message: error.message, fields: error.fields } : error;
      }
      return null;
    };
    expect(refusal(now())).toEqual({
      code: 'invalid_input',
      message: 'Pick an end for the pause that is still ahead.',
      fields: { until: 'Pick a moment in the future.' },
    });
    const tooLong = 'A pause can last up to 30 days. Pick an earlier end; you can always pause again.';
    expect(refusal(at(2026, 12, 24, 12, 1))).toEqual({ code: 'invalid_input', message: tooLong, fields: { until: tooLong } });
    expect(pauseEnd(now(), { until: iso(2026, 12, 24, 12) }, quiet())).toEqual(at(2026, 12, 24, 12));
  });

  it('is active only while its end is ahead', () => {
    expect(activePause(now(), quiet())).toBeNull();
    expect(activePause(now(), quiet(iso(2026, 11, 24, 11)))).toBeNull();
    expect(activePause(now(), quiet(iso(2026, 11, 24, 12)))).toBeNull();
    expect(activePause(now(), quiet(iso(2026, 11, 24, 12, 1)))).toEqual(at(2026, 11, 24, 12, 1));
  });
});

describe('quiet hours', () => {
  const span = (start: string, end: string) => ({ enabled: true, start, end });

  it('begin at their first minute and end at their last, by the minute, overnight or in the day', () => {
    const night = span('21:30', '07:45');
    expect(inQuietHours(at(2026, 11, 24, 21, 15), night)).toBe(false);
    expect(inQuietHours(at(2026, 11, 24, 21, 30), night)).toBe(true);
    expect(inQuietHours(at(2026, 11, 25, 7, 44), night)).toBe(true);
    expect(inQuietHours(at(2026, 11, 25, 7, 45), night)).toBe(false);
    const lunch = span('12:00', '14:00');
    expect(inQuietHours(at(2026, 11, 24, 11, 0), lunch)).toBe(false);
    expect(inQuietHours(at(2026, 11, 24, 12, 0), lunch)).toBe(true);
    expect(inQuietHours(at(2026, 11, 24, 14, 0), lunch)).toBe(false);
  });

  it('that start and end at the same minute are no quiet hours at all', () => {
    for (const h of [0, 9, 21, 23]) expect(inQuietHours(at(2026, 11, 24, h), span('21:00', '21:00'))).toBe(false);
  });

  it('end next at the first end after the moment: at the end itself, that is tomorrow’s', () => {
    expect(quietHoursEnd(at(2026, 11, 24, 7), span('21:00', '08:00'))).toEqual(at(2026, 11, 24, 8));
    expect(quietHoursEnd(at(2026, 11, 24, 8), span('21:00', '08:00'))).toEqual(at(2026, 11, 25, 8));
  });
});
