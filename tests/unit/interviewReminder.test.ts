import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../electron/core/settings/schema';
import {
  dueReminders,
  interviewReminderTime,
  nextReminders,
  type ReminderData,
  type UpcomingRound,
} from '../../electron/core/reminders/scheduler';
import { noticeFor } from '../../electron/core/reminders/notice';
import { nextWake } from '../../electron/core/reminders/wake';
import { at, iso, reminderData } from '../support/reminderFixtures';

// Set before the tables below are built: their moments are read on the Berlin clock too.
const originalTz = process.env.TZ;
process.env.TZ = 'Europe/Berlin';
afterAll(() => {
  process.env.TZ = originalTz;
});
beforeEach(() => {
  process.env.TZ = 'Europe/Berlin';
});

/** Activity logged on 1 December, so the idle nudge stays out of these tests. */
const data = (overrides: Partial<ReminderData> = {}) => reminderData({ lastActivityDay: '2026-12-01', ...overrides });

/** Only the interview reminder on (18:00 by default), quiet hours 21:00–08:00 as shipped. */
function settings(patch: Partial<Settings['reminders']> = {}): Settings {
  const base = structuredClone(defaultSettings);
  for (const key of ['weeklyPlanning', 'weeklyReview', 'followUpsDue', 'recoveryCheckIn', 'idleNudge'] as const) {
    base.reminders[key].enabled = false;
  }
  base.reminders = { ...base.reminders, ...patch };
  return base;
}

// Thursday 3 December 2026, 10:00 in Berlin; booked long ago.
const round = (patch: Partial<UpcomingRound> = {}): UpcomingRound => ({
  id: 7,
  startsAt: iso(2026, 12, 3, 10),
  updatedAt: iso(2026, 11, 1, 9),
  company: 'Acme',
  kind: 'technical',
  ...patch,
});

const on = { enabled: true, time: '18:00' };

describe('when the evening-before reminder of an interview round is shown', () => {
  it.each<[string, UpcomingRound, Partial<ReminderData>, Partial<Settings['reminders']>, Date | null]>([
    ['booked long ago: the evening before, at the set time', round(), {}, {}, at(2026, 12, 2, 18)],
    ['switched off: never', round(), {}, { interviewDayBefore: { ...on, enabled: false } }, null],
    ['at another set time', round(), {}, { interviewDayBefore: { ...on, time: '19:45' } }, at(2026, 12, 2, 19, 45)],
    ['already reminded about this very start: never twice', round(), { interviewsReminded: { 7: iso(2026, 12, 3, 10) } }, {}, null],
    [
      'reminded about its old start, then moved: afresh',
      round(),
      { interviewsReminded: { 7: iso(2026, 12, 1, 10) } },
      {},
      at(2026, 12, 2, 18),
    ],
    ["another round's record does not count", round(), { interviewsReminded: { 8: iso(2026, 12, 3, 10) } }, {}, at(2026, 12, 2, 18)],
    [
      'booked after the set time the evening before: at once',
      round({ updatedAt: iso(2026, 12, 2, 19, 30) }),
      {},
      {},
      at(2026, 12, 2, 19, 30),
    ],
    ['booked at 22:00 the evening before: after quiet hours', round({ updatedAt: iso(2026, 12, 2, 22) }), {}, {}, at(2026, 12, 3, 8)],
    [
      'booked at 22:00 for 07:30: quiet hours last past its start, so none',
      round({ startsAt: iso(2026, 12, 3, 7, 30), updatedAt: iso(2026, 12, 2, 22) }),
      {},
      {},
      null,
    ],
    [
      'a set time inside quiet hours waits for them to end',
      round(),
      {},
      { interviewDayBefore: { ...on, time: '22:30' } },
      at(2026, 12, 3, 8),
    ],
    [
      'quiet hours off: at the set time, late or not',
      round(),
      {},
      { interviewDayBefore: { ...on, time: '22:30' }, quietHours: { enabled: false, start: '21:00', end: '08:00' } },
      at(2026, 12, 2, 22, 30),
    ],
    ['paused until the next morning: when the pause ends', round(), {}, { pausedUntil: iso(2026, 12, 3, 9) }, at(2026, 12, 3, 9)],
    ['paused until after it begins: none', round(), {}, { pausedUntil: iso(2026, 12, 3, 11) }, null],
    ['a pause that ended before: untouched', round(), {}, { pausedUntil: iso(2026, 12, 2, 12) }, at(2026, 12, 2, 18)],
    [
      'a recovery window open: an appointment is not a routine nudge, so it still comes',
      round(),
      {
        recoveries: [
          { rejectionId: 1, company: 'Globex', startedAt: iso(2026, 12, 1, 12), recoveryUntil: iso(2026, 12, 4, 12), finishedAt: null },
        ],
      },
      {},
      at(2026, 12, 2, 18),
    ],
    [
      'just after midnight: the evening before is the day before',
      round({ startsAt: iso(2026, 12, 3, 0, 30) }),
      {},
      {},
      at(2026, 12, 2, 18),
    ],
    // 20:00 on Wednesday in New York is 02:00 on Thursday in Berlin: the day on the person's clock counts.
    ['typed in New York, read on the Berlin clock', round({ startsAt: '2026-12-03T01:00:00.000Z' }), {}, {}, at(2026, 12, 2, 18)],
    // Clocks go forward on Sunday 29 March 2026: 18:00 that Sunday is 16:00 UTC, not 17:00.
    [
      'the evening before is the day the clocks change',
      round({ startsAt: iso(2026, 3, 30, 10), updatedAt: iso(2026, 2, 1, 9) }),
      {},
      {},
      new Date('2026-03-29T16:00:00.000Z'),
    ],
    ['an unreadable start: none', round({ startsAt: 'next Thursday' }), {}, {}, null],
  ])('%s', (_name, upcoming, dataPatch, settingsPatch, expected) => {
    const d = data({ interviews: [upcoming], ...dataPatch });
    expect(interviewReminderTime(upcoming, d, settings(settingsPatch))).toEqual(expected);
  });
});

describe('the interview reminder among the others', () => {
  it('is next, then due, opens Today, and once recorded is not due again', () => {
    const d = data({ interviews: [round()] });
    const s = settings();
    const [next] = nextReminders(at(2026, 12, 2, 12), d, s);
    expect(next).toMatchObject({
      kind: 'interviewTomorrow',
      at: at(2026, 12, 2, 18),
      company: 'Acme',
      interviewId: 7,
      nav: { view: 'today' },
    });
    expect(nextWake(at(2026, 12, 2, 12), d, s)).toEqual(at(2026, 12, 2, 18));
    const due = dueReminders(at(2026, 12, 2, 12), at(2026, 12, 2, 18, 1), d, s);
    expect(due.map((r) => r.kind)).toEqual(['interviewTomorrow']);
    expect(dueReminders(at(2026, 12, 2, 18, 1), at(2026, 12, 2, 18, 30), { ...d, interviewsReminded: { 7: round().startsAt } }, s)).toEqual(
      [],
    );
  });

  it('is dropped, not shown late, once the round has begun while Rebound was closed', () => {
    const d = data({ interviews: [round()] });
    expect(dueReminders(at(2026, 12, 2, 12), at(2026, 12, 3, 10), d, settings())).toEqual([]);
    expect(dueReminders(at(2026, 12, 2, 12), at(2026, 12, 3, 9, 59), d, settings()).map((r) => r.kind)).toEqual(['interviewTomorrow']);
  });

  it('wakes main when the next round begins, so the tray line moves on', () => {
    const d = data({ interviews: [round()], interviewsReminded: { 7: round().startsAt } });
    expect(nextWake(at(2026, 12, 2, 19), d, settings())).toEqual(at(2026, 12, 3, 10));
  });

  it('says "tomorrow" the evening before and "today" when it was held until the day itself', () => {
    const [reminder] = dueReminders(at(2026, 12, 2, 12), at(2026, 12, 2, 18), data({ interviews: [round()] }), settings());
    const evening = noticeFor([reminder!], at(2026, 12, 2, 18), 'en-GB');
    expect(evening).toEqual({
      title: 'Interview tomorrow',
      body: "Your interview with Acme is tomorrow at 10:00. A quick look at your prep notes tonight, then some rest: you're ready for this.",
      nav: { view: 'today' },
    });
    const morning = noticeFor([reminder!], at(2026, 12, 3, 8), 'en-GB');
    expect(morning?.title).toBe('Interview today');
    expect(morning?.body).toBe('Your interview with Acme is today at 10:00. Breathe, glance at your notes, and go show them who you are.');
  });

  it('joins one summary with whatever else came due, each round named', () => {
    const d = data({
      interviews: [round(), round({ id: 8, company: 'Globex', startsAt: iso(2026, 12, 3, 15) })],
      followUps: [{ dueOn: '2026-12-02', createdAt: iso(2026, 11, 25, 9) }],
    });
    const s = settings({ followUpsDue: { enabled: true, time: '10:00' } });
    const due = dueReminders(at(2026, 12, 2, 9), at(2026, 12, 2, 19), d, s);
    expect(due.map((r) => r.kind)).toEqual(['followUps', 'interviewTomorrow', 'interviewTomorrow']);
    expect(noticeFor(due, at(2026, 12, 2, 19))?.body).toBe(
      'A few things came up: an interview with Acme coming up, an interview with Globex coming up, and one follow-up due. Open Rebound when it suits you.',
    );
  });
});
