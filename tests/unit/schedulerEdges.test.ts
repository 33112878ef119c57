import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../electron/core/settings/schema';
import { dueReminders, missedSummary, nextReminders } from '../../electron/core/reminders/scheduler';
import { at, iso, onWallClockOf, reminderData } from '../support/reminderFixtures';

/**
 * The reminder scheduler (electron/core/reminders/scheduler.ts), the edges the session-7 mutation run left
 * open. Pure functions of (now, data, settings): every moment here is fixed, on the Lisbon clock (UTC+0 in
 * November, so the ISO strings read as the wall clock). 2026-11-23 is a Monday.
 */

onWallClockOf('Europe/Lisbon');

const data = reminderData;

type Patch = { [K in keyof Settings['reminders']]?: Partial<Settings['reminders'][K]> | null };
/** Only the kinds a test names are on; quiet hours as shipped (21:00–08:00) unless patched. */
function settings(reminders: Patch = {}): Settings {
  const base = structuredClone(defaultSettings);
  for (const key of ['weeklyPlanning', 'weeklyReview', 'followUpsDue', 'recoveryCheckIn', 'idleNudge', 'interviewDayBefore'] as const) {
    base.reminders[key].enabled = false;
  }
  for (const [key, value] of Object.entries(reminders)) {
    const k = key as keyof Settings['reminders'];
    if (k === 'pausedUntil') base.reminders.pausedUntil = value as unknown as string | null;
    else Object.assign(base.reminders[k] as object, { enabled: true }, value);
  }
  return base;
}

// Monday 2026-11-23 09:00 is the weekly planning reminder as shipped.
const monday9 = () => at(2026, 11, 23, 9);

describe('the edges of a recovery window and a pause', () => {
  it('a window already over, or not begun, mutes nothing', () => {
    const s = settings({ weeklyPlanning: {} });
    const recoveries = [
      { rejectionId: 1, company: 'Acme', startedAt: iso(2026, 11, 10), recoveryUntil: iso(2026, 11, 12), finishedAt: null },
      { rejectionId: 2, company: 'Beta', startedAt: iso(2026, 11, 24), recoveryUntil: iso(2026, 11, 26), finishedAt: null },
    ];
    expect(nextReminders(at(2026, 11, 22, 12), data({ recoveries, checkInsShown: [1, 2] }), s).map((r) => r.at)).toEqual([monday9()]);
  });

  it('a window that begins at the reminder’s moment mutes it; one that ends at that moment does not', () => {
    const s = settings({ weeklyPlanning: {} });
    const begins = [
      { rejectionId: 1, company: 'Acme', startedAt: iso(2026, 11, 23, 9), recoveryUntil: iso(2026, 11, 24), finishedAt: null },
    ];
    expect(nextReminders(at(2026, 11, 22, 12), data({ recoveries: begins, checkInsShown: [1] }), s)[0]?.at).toEqual(at(2026, 11, 30, 9));
    const ends = [{ rejectionId: 1, company: 'Acme', startedAt: iso(2026, 11, 22), recoveryUntil: iso(2026, 11, 23, 9), finishedAt: null }];
    expect(nextReminders(at(2026, 11, 22, 12), data({ recoveries: ends, checkInsShown: [1] }), s)[0]?.at).toEqual(monday9());
  });

  it('a pause that ends at the reminder’s moment lets it through; a recurring one inside it is skipped, not held', () => {
    const endsThen = settings({ weeklyPlanning: {}, pausedUntil: iso(2026, 11, 23, 9) as never });
    expect(nextReminders(at(2026, 11, 22, 12), data(), endsThen)[0]?.at).toEqual(monday9());
    const longer = settings({ weeklyPlanning: {}, pausedUntil: iso(2026, 11, 24, 12) as never });
    expect(nextReminders(at(2026, 11, 22, 12), data(), longer).map((r) => [r.kind, r.at])).toEqual([
      ['weeklyPlanning', at(2026, 11, 30, 9)],
    ]);
    expect(dueReminders(at(2026, 11, 22, 12), at(2026, 11, 24, 13), data(), longer)).toEqual([]);
  });
});

describe('the follow-up reminder', () => {
  it('counts only the ones due that day or before, known by its time, and is keyed by its day', () => {
    const s = settings({ followUpsDue: { time: '10:00' } });
    const followUps = [
      { dueOn: '2026-11-24', createdAt: iso(2026, 11, 17) },
      { dueOn: '2026-11-24', createdAt: iso(2026, 11, 24, 10) }, // added at the very minute: known
      { dueOn: '2026-11-26', createdAt: iso(2026, 11, 17) }, // not due yet
      { dueOn: '2026-11-24', createdAt: iso(2026, 11, 24, 10, 1) }, // added a minute later
    ];
    const due = dueReminders(at(2026, 11, 24, 9), at(2026, 11, 24, 12), data({ followUps }), s);
    expect(due).toEqual([
      { kind: 'followUps', key: 'followUps:2026-11-24', at: at(2026, 11, 24, 10), count: 2, nav: { view: 'today', action: 'follow-ups' } },
    ]);
  });

  it('comes on the day an overdue one is added, though its day was earlier', () => {
    const s = settings({ followUpsDue: { time: '10:00' } });
    const followUps = [{ dueOn: '2026-11-20', createdAt: iso(2026, 11, 24, 8) }];
    const due = dueReminders(at(2026, 11, 24, 9), at(2026, 11, 24, 12), data({ followUps }), s);
    expect(due.map((r) => [r.key, r.at, r.count])).toEqual([['followUps:2026-11-24', at(2026, 11, 24, 10), 1]]);
  });
});

describe('the weekly reminders', () => {
  it('planning on a Sunday is skipped when the coming week is planned already', () => {
    const s = settings({ weeklyPlanning: { day: 0, time: '09:00' } }); // Sundays; weeks start on Mondays
    const weeks = [{ weekStart: '2026-11-30', reviewed: false }];
    // Sunday 11-29 (coming week planned) and Sunday 12-06 (its own week planned) are skipped.
    const [next] = nextReminders(at(2026, 11, 28, 12), data({ weeks }), s);
    expect(next).toMatchObject({ key: 'weeklyPlanning:2026-12-13', at: at(2026, 12, 13, 9), nav: { view: 'plan', action: 'plan-week' } });
  });

  it('are keyed by their day', () => {
    const s = settings({ weeklyPlanning: {}, weeklyReview: {} });
    expect(nextReminders(at(2026, 11, 22, 12), data(), s).map((r) => [r.key, r.nav])).toEqual([
      ['weeklyPlanning:2026-11-23', { view: 'plan', action: 'plan-week' }],
      ['weeklyReview:2026-11-27', { view: 'plan', action: 'review' }],
    ]);
  });

  it('one already shown today is not next any more; one at this very moment is due now', () => {
    const s = settings({ weeklyPlanning: {} });
    expect(nextReminders(at(2026, 11, 23, 9, 30), data(), s)[0]?.at).toEqual(at(2026, 11, 30, 9));
    expect(dueReminders(at(2026, 11, 23, 8), monday9(), data(), s).map((r) => r.key)).toEqual(['weeklyPlanning:2026-11-23']);
    expect(dueReminders(at(2026, 11, 23, 8), at(2026, 11, 23, 8, 59), data(), s)).toEqual([]);
  });
});

describe('the one-shot reminders', () => {
  it('an interview round booked late at night for 08:00 is not reminded once quiet hours end at its start', () => {
    const s = settings({ interviewDayBefore: { time: '18:00' } });
    const interviews = [
      { id: 5, startsAt: iso(2026, 11, 25, 8), updatedAt: iso(2026, 11, 24, 22), company: 'Acme', kind: 'screen' },
      { id: 6, startsAt: iso(2026, 11, 25, 9), updatedAt: iso(2026, 11, 24, 22), company: 'Beta', kind: 'final' },
    ];
    const upcoming = nextReminders(at(2026, 11, 24, 22, 5), data({ interviews }), s);
    expect(upcoming.map((r) => [r.key, r.at])).toEqual([[`interviewTomorrow:6:${iso(2026, 11, 25, 9)}`, at(2026, 11, 25, 8)]]);
  });

  it('a check-in is brought up until fourteen days after its window, not after', () => {
    const s = settings({ recoveryCheckIn: {} });
    const now = at(2026, 11, 24, 12);
    const ended = (d: number, h: number) => ({
      rejectionId: d,
      company: `C${d}`,
      startedAt: iso(2026, 11, 1),
      recoveryUntil: iso(2026, 11, d, h),
      finishedAt: null,
    });
    // Exactly fourteen days before now, and a minute more than that.
    const recoveries = [ended(10, 12), { ...ended(9, 12), recoveryUntil: iso(2026, 11, 10, 11, 59) }];
    expect(dueReminders(at(2026, 11, 24, 11), now, data({ recoveries }), s).map((r) => r.key)).toEqual(['checkIn:10']);
  });

  it('one whose time has come is due now, not next', () => {
    const s = settings({ recoveryCheckIn: {} });
    const now = at(2026, 11, 24, 12);
    const recoveries = [
      { rejectionId: 3, company: 'Acme', startedAt: iso(2026, 11, 20), recoveryUntil: iso(2026, 11, 24, 12), finishedAt: null },
      { rejectionId: 4, company: 'Beta', startedAt: iso(2026, 11, 20), recoveryUntil: iso(2026, 11, 23, 12), finishedAt: null },
    ];
    expect(nextReminders(now, data({ recoveries }), s)).toEqual([]);
    expect(dueReminders(at(2026, 11, 24, 11), now, data({ recoveries }), s).map((r) => r.key)).toEqual(['checkIn:4', 'checkIn:3']);
  });

  it('the idle nudge is keyed by the last active day and opens Today', () => {
    const s = settings({ idleNudge: { days: 3 } });
    const [next] = nextReminders(at(2026, 11, 21, 12), data({ lastActivityDay: '2026-11-20' }), s);
    expect(next).toEqual({
      kind: 'idleNudge',
      key: 'idleNudge:2026-11-20',
      at: at(2026, 11, 23, 11),
      idleSince: '2026-11-20',
      nav: { view: 'today', action: 'idle' },
    });
  });
});

describe('reminders at the same moment', () => {
  it('are ordered by kind (check-in first, the idle nudge last), then by key', () => {
    const s = settings({ recoveryCheckIn: {}, idleNudge: { days: 3 } });
    // Both windows end at 11:00, when the idle nudge is due too.
    const recoveries = [7, 4].map((id) => ({
      rejectionId: id,
      company: `C${id}`,
      startedAt: iso(2026, 11, 20),
      recoveryUntil: iso(2026, 11, 23, 11),
      finishedAt: null,
    }));
    const d = data({ recoveries, lastActivityDay: '2026-11-20' });
    expect(nextReminders(at(2026, 11, 22, 12), d, s).map((r) => r.key)).toEqual(['checkIn:4', 'checkIn:7', 'idleNudge:2026-11-20']);
    expect(dueReminders(at(2026, 11, 22, 12), at(2026, 11, 23, 12), d, s).map((r) => r.key)).toEqual([
      'checkIn:4',
      'checkIn:7',
      'idleNudge:2026-11-20',
    ]);
  });

  it('a check-in comes before a weekly reminder at the same moment, wherever each was worked out', () => {
    const s = settings({ weeklyPlanning: {}, recoveryCheckIn: {} });
    // The window ends at the planning reminder's own time, so neither is moved.
    const recoveries = [
      { rejectionId: 2, company: 'Acme', startedAt: iso(2026, 11, 20), recoveryUntil: iso(2026, 11, 23, 9), finishedAt: null },
    ];
    const next = nextReminders(at(2026, 11, 22, 12), data({ recoveries }), s);
    expect(next.map((r) => [r.kind, r.at])).toEqual([
      ['checkIn', monday9()],
      ['weeklyPlanning', monday9()],
    ]);
    expect(dueReminders(at(2026, 11, 23, 8), at(2026, 11, 23, 12), data({ recoveries }), s).map((r) => r.kind)).toEqual([
      'checkIn',
      'weeklyPlanning',
    ]);
  });

  it('due together come earliest first', () => {
    const s = settings({ weeklyPlanning: {}, recoveryCheckIn: {} });
    const recoveries = [
      { rejectionId: 2, company: 'Acme', startedAt: iso(2026, 11, 20), recoveryUntil: iso(2026, 11, 23, 8, 30), finishedAt: null },
    ];
    expect(dueReminders(at(2026, 11, 23, 8), at(2026, 11, 23, 12), data({ recoveries }), s).map((r) => r.kind)).toEqual([
      'checkIn',
      'weeklyPlanning',
    ]);
  });
});

describe('the summary of what was missed', () => {
  it('counts no follow-ups when none was missed, and names only the interview rounds as interviews', () => {
    const s = settings({ weeklyPlanning: {}, recoveryCheckIn: {}, interviewDayBefore: { time: '18:00' } });
    const d = data({
      recoveries: [
        { rejectionId: 2, company: 'Hooli', startedAt: iso(2026, 11, 20), recoveryUntil: iso(2026, 11, 22, 20), finishedAt: null },
      ],
      interviews: [{ id: 8, startsAt: iso(2026, 11, 25, 10), updatedAt: iso(2026, 11, 1), company: 'Acme', kind: 'screen' }],
    });
    const summary = missedSummary(at(2026, 11, 22, 12), at(2026, 11, 24, 20), d, s);
    expect(summary).toMatchObject({
      kinds: { weeklyPlanning: 1, checkIn: 1, interviewTomorrow: 1 },
      followUps: 0,
      checkIns: ['Hooli'],
      interviews: ['Acme'],
    });
  });
});
