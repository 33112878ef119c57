import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../electron/core/settings/schema';
import { dueReminders, missedSummary, nextReminders, type ReminderKind } from '../../electron/core/reminders/scheduler';
import { attentionOf, nextWake } from '../../electron/core/reminders/wake';
import { noticeFor } from '../../electron/core/reminders/notice';
import { pauseEnd } from '../../electron/core/reminders/pause';
import { DomainError } from '../../electron/core/ipc/result';
import { at, reminderData } from '../support/reminderFixtures';

const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

const data = reminderData;

type Patch = { [K in keyof Settings['reminders']]?: Partial<Settings['reminders'][K]> | null };
function settings(reminders: Patch = {}, rest: Partial<Settings> = {}): Settings {
  const base = structuredClone(defaultSettings);
  // Only the kinds a test names are on, so each test sees just what it is about.
  base.reminders.weeklyPlanning.enabled = false;
  base.reminders.weeklyReview.enabled = false;
  base.reminders.followUpsDue.enabled = false;
  base.reminders.recoveryCheckIn.enabled = false;
  base.reminders.idleNudge.enabled = false;
  for (const [key, value] of Object.entries(reminders)) {
    const k = key as keyof Settings['reminders'];
    if (k === 'pausedUntil') base.reminders.pausedUntil = value as unknown as string | null;
    else Object.assign(base.reminders[k] as object, { enabled: true }, value);
  }
  return { ...base, ...rest };
}

const kindsOf = (list: { kind: ReminderKind }[]) => list.map((r) => r.kind);

describe('the reminder scheduler', () => {
  beforeEach(() => {
    process.env.TZ = 'Europe/Berlin';
  });

  it('plans the week on its day and time, unless the week is already planned', () => {
    const s = settings({ weeklyPlanning: {} }); // Monday 09:00
    const now = at(2026, 11, 22, 12); // Sunday
    const [next] = nextReminders(now, data(), s);
    expect(next?.kind).toBe('weeklyPlanning');
    expect(next?.at).toEqual(at(2026, 11, 23, 9));
    expect(next?.nav).toEqual({ view: 'plan', action: 'plan-week' });
    const planned = nextReminders(now, data({ weeks: [{ weekStart: '2026-11-23', reviewed: false }] }), s);
    expect(planned[0]?.at).toEqual(at(2026, 11, 30, 9));
  });

  it('asks for the weekly review on Friday afternoon, unless the week was reviewed', () => {
    const s = settings({ weeklyReview: {} });
    const now = at(2026, 11, 23, 12);
    expect(nextReminders(now, data(), s)[0]?.at).toEqual(at(2026, 11, 27, 16));
    const reviewed = data({ weeks: [{ weekStart: '2026-11-23', reviewed: true }] });
    expect(nextReminders(now, reviewed, s)[0]?.at).toEqual(at(2026, 12, 4, 16));
  });

  it('reminds of follow-ups on the day they fall due, once, not every day after', () => {
    const s = settings({ followUpsDue: { time: '10:00' } });
    const followUps = [
      { dueOn: '2026-11-25', createdAt: at(2026, 11, 18, 12).toISOString() },
      { dueOn: '2026-11-24', createdAt: at(2026, 11, 17, 12).toISOString() },
    ];
    const [next] = nextReminders(at(2026, 11, 24, 12), data({ followUps }), s);
    expect(next).toMatchObject({ kind: 'followUps', count: 2, nav: { view: 'today', action: 'follow-ups' } });
    expect(next?.at).toEqual(at(2026, 11, 25, 10));
    // Still pending on later days: no new reminder (the tray keeps showing them).
    expect(dueReminders(at(2026, 11, 25, 10, 1), at(2026, 11, 29, 12), data({ followUps }), s)).toEqual([]);
    expect(attentionOf(at(2026, 11, 29, 12), data({ followUps }))).toEqual({ followUpsDue: 2, checkInsWaiting: 0 });
  });

  it('does not remind of a follow-up created after that day’s reminder time', () => {
    const s = settings({ followUpsDue: { time: '10:00' } });
    const followUps = [{ dueOn: '2026-11-24', createdAt: at(2026, 11, 24, 14).toISOString() }];
    expect(dueReminders(at(2026, 11, 24, 9), at(2026, 11, 24, 15), data({ followUps }), s)).toEqual([]);
    expect(nextReminders(at(2026, 11, 24, 15), data({ followUps }), s)).toEqual([]);
  });

  it('checks in when a recovery window ends, once, and not once the reflection is finished', () => {
    const s = settings({ recoveryCheckIn: {} });
    const recovery = {
      rejectionId: 7,
      company: 'Acme',
      startedAt: at(2026, 11, 23, 15).toISOString(),
      recoveryUntil: at(2026, 11, 25, 15).toISOString(),
      finishedAt: null,
    };
    const [next] = nextReminders(at(2026, 11, 24, 12), data({ recoveries: [recovery] }), s);
    expect(next).toMatchObject({ kind: 'checkIn', key: 'checkIn:7', company: 'Acme', nav: { view: 'reflect', action: 'reflect-7' } });
    expect(next?.at).toEqual(at(2026, 11, 25, 15));
    expect(nextReminders(at(2026, 11, 24, 12), data({ recoveries: [recovery], checkInsShown: [7] }), s)).toEqual([]);
    const finished = { ...recovery, finishedAt: at(2026, 11, 24, 9).toISOString() };
    expect(nextReminders(at(2026, 11, 24, 12), data({ recoveries: [finished] }), s)).toEqual([]);
  });

  it('nudges quietly after N days without activity, once per quiet stretch, and can be turned off', () => {
    const s = settings({ idleNudge: { days: 4 } });
    const d = data({ lastActivityDay: '2026-11-20' });
    const [next] = nextReminders(at(2026, 11, 21, 12), d, s);
    expect(next).toMatchObject({ kind: 'idleNudge', idleSince: '2026-11-20' });
    expect(next?.at).toEqual(at(2026, 11, 24, 11));
    expect(nextReminders(at(2026, 11, 21, 12), { ...d, idleShownFor: '2026-11-20' }, s)).toEqual([]);
    expect(nextReminders(at(2026, 11, 21, 12), d, settings({ idleNudge: { days: 4, enabled: false } }))).toEqual([]);
    // Nothing logged yet: the stretch counts from the first day Rebound was used.
    expect(nextReminders(at(2026, 11, 2, 12), data(), s)[0]?.at).toEqual(at(2026, 11, 5, 11));
  });

  it('turns each kind off on its own', () => {
    const everything = {
      followUps: [{ dueOn: '2026-11-24', createdAt: at(2026, 11, 1).toISOString() }],
      recoveries: [
        {
          rejectionId: 1,
          company: 'X',
          startedAt: at(2026, 11, 20).toISOString(),
          recoveryUntil: at(2026, 11, 21, 12).toISOString(),
          finishedAt: null,
        },
      ],
      lastActivityDay: '2026-11-22',
    };
    const all = settings({ weeklyPlanning: {}, weeklyReview: {}, followUpsDue: {}, recoveryCheckIn: {}, idleNudge: {} });
    expect(new Set(kindsOf(nextReminders(at(2026, 11, 21, 9), data(everything), all)))).toEqual(
      new Set(['weeklyPlanning', 'weeklyReview', 'followUps', 'checkIn', 'idleNudge']),
    );
    expect(nextReminders(at(2026, 11, 21, 9), data(everything), settings())).toEqual([]);
  });
});

describe('quiet hours', () => {
  beforeEach(() => {
    process.env.TZ = 'America/New_York';
  });

  it('hold a reminder that falls inside an overnight span until the span ends', () => {
    const s = settings({ weeklyPlanning: { day: 1, time: '23:30' }, quietHours: { start: '21:00', end: '08:00' } });
    expect(nextReminders(at(2026, 11, 23, 12), data(), s)[0]?.at).toEqual(at(2026, 11, 24, 8));
    const early = settings({ weeklyPlanning: { day: 1, time: '05:00' }, quietHours: { start: '22:00', end: '06:30' } });
    expect(nextReminders(at(2026, 11, 22, 12), data(), early)[0]?.at).toEqual(at(2026, 11, 23, 6, 30));
  });

  it('work for a daytime span too, and not at all when turned off', () => {
    const s = settings({ weeklyReview: { day: 5, time: '13:00' }, quietHours: { start: '12:00', end: '14:00' } });
    expect(nextReminders(at(2026, 11, 23, 9), data(), s)[0]?.at).toEqual(at(2026, 11, 27, 14));
    const off = settings({ weeklyReview: { day: 5, time: '23:00' }, quietHours: { enabled: false } });
    expect(nextReminders(at(2026, 11, 23, 9), data(), off)[0]?.at).toEqual(at(2026, 11, 27, 23));
  });

  it('move a check-in that ends at night to the morning', () => {
    const s = settings({ recoveryCheckIn: {} });
    const recoveries = [
      {
        rejectionId: 3,
        company: 'Initech',
        startedAt: at(2026, 11, 22, 22).toISOString(),
        recoveryUntil: at(2026, 11, 23, 22).toISOString(),
        finishedAt: null,
      },
    ];
    expect(nextReminders(at(2026, 11, 23, 12), data({ recoveries }), s)[0]?.at).toEqual(at(2026, 11, 24, 8));
  });
});

describe('a pause', () => {
  beforeEach(() => {
    process.env.TZ = 'Asia/Kolkata';
  });

  it('skips recurring reminders inside it and holds a check-in until it ends', () => {
    const until = at(2026, 11, 25, 12);
    const s = settings({ weeklyPlanning: {}, recoveryCheckIn: {}, pausedUntil: until.toISOString() as never });
    const recoveries = [
      {
        rejectionId: 9,
        company: 'Globex',
        startedAt: at(2026, 11, 22).toISOString(),
        recoveryUntil: at(2026, 11, 24, 10).toISOString(),
        finishedAt: null,
      },
    ];
    const upcoming = nextReminders(at(2026, 11, 22, 12), data({ recoveries }), s);
    expect(upcoming.map((r) => [r.kind, r.at])).toEqual([
      ['checkIn', until],
      ['weeklyPlanning', at(2026, 11, 30, 9)],
    ]);
  });

  it('wakes main when it ends so the tray can drop its "paused" line', () => {
    const until = at(2026, 11, 25, 12);
    expect(nextWake(at(2026, 11, 24, 12), data(), settings({ pausedUntil: until.toISOString() as never }))).toEqual(until);
    expect(nextWake(at(2026, 11, 26, 12), data(), settings({ pausedUntil: until.toISOString() as never }))).toBeNull();
  });

  it('wakes when a follow-up falls due or a recovery window ends, so the tray can flag it even with those reminders off', () => {
    const d = data({
      followUps: [{ dueOn: '2026-11-27', createdAt: at(2026, 11, 1).toISOString() }],
      recoveries: [
        {
          rejectionId: 1,
          company: 'X',
          startedAt: at(2026, 11, 25).toISOString(),
          recoveryUntil: at(2026, 11, 28, 15).toISOString(),
          finishedAt: null,
        },
      ],
    });
    expect(nextWake(at(2026, 11, 26, 12), d, settings())).toEqual(at(2026, 11, 27, 0));
    expect(nextWake(at(2026, 11, 27, 12), d, settings())).toEqual(at(2026, 11, 28, 15));
    expect(nextWake(at(2026, 11, 29, 12), d, settings())).toBeNull();
  });

  it('ends when asked: an hour, tomorrow morning, a week; never more than 30 days', () => {
    const now = at(2026, 11, 24, 15);
    const s = settings();
    expect(pauseEnd(now, { preset: '1h' }, s)).toEqual(at(2026, 11, 24, 16));
    expect(pauseEnd(now, { preset: 'tomorrow' }, s)).toEqual(at(2026, 11, 25, 8));
    expect(pauseEnd(now, { preset: '1w' }, s)).toEqual(at(2026, 12, 1, 15));
    expect(pauseEnd(now, { until: at(2026, 12, 20).toISOString() }, s)).toEqual(at(2026, 12, 20));
    expect(() => pauseEnd(now, { until: at(2027, 1, 5).toISOString() }, s)).toThrow(/up to 30 days/);
    expect(() => pauseEnd(now, { until: at(2026, 11, 24, 14).toISOString() }, s)).toThrow(DomainError);
  });
});

describe('a recovery window', () => {
  beforeEach(() => {
    process.env.TZ = 'Australia/Sydney';
  });

  // Built inside each test, after the zone is set.
  const windowOf = () => ({
    rejectionId: 4,
    company: 'Umbrella',
    startedAt: at(2026, 11, 22, 18).toISOString(),
    recoveryUntil: at(2026, 11, 24, 18).toISOString(),
    finishedAt: null,
  });

  it('mutes routine nudges inside it but not the check-in', () => {
    const s = settings({ weeklyPlanning: {}, followUpsDue: {}, recoveryCheckIn: {} });
    const followUps = [{ dueOn: '2026-11-23', createdAt: at(2026, 11, 1).toISOString() }];
    const upcoming = nextReminders(at(2026, 11, 22, 19), data({ recoveries: [windowOf()], followUps }), s);
    expect(upcoming.map((r) => r.kind)).toEqual(['checkIn', 'weeklyPlanning']);
    expect(upcoming[0]?.at).toEqual(at(2026, 11, 24, 18));
    expect(upcoming[1]?.at).toEqual(at(2026, 11, 30, 9));
  });

  it('holds the idle nudge until the window ends', () => {
    const s = settings({ idleNudge: { days: 2 } });
    const [next] = nextReminders(at(2026, 11, 22, 19), data({ recoveries: [windowOf()], lastActivityDay: '2026-11-21' }), s);
    expect(next).toMatchObject({ kind: 'idleNudge' });
    expect(next?.at).toEqual(at(2026, 11, 24, 18));
  });
});

// Daylight-saving changes, each on a Sunday, in three zones (two hemispheres).
const dstChanges = [
  { zone: 'America/New_York', forward: [2026, 3, 8], back: [2026, 11, 1] },
  { zone: 'Europe/Berlin', forward: [2026, 3, 29], back: [2026, 10, 25] },
  { zone: 'Australia/Sydney', forward: [2026, 10, 4], back: [2026, 4, 5] },
] as const;

describe.each(dstChanges)('daylight saving in $zone', ({ zone, forward, back }) => {
  beforeEach(() => {
    process.env.TZ = zone;
  });

  it.each([
    ['forward', forward],
    ['back', back],
  ] as const)('keeps a weekly reminder at 09:00 local across the change %s', (_name, [y, m, d]) => {
    const s = settings({ weeklyPlanning: { day: 0, time: '09:00' } }); // Sundays
    const before = nextReminders(at(y, m, d - 8, 12), data(), s)[0]?.at as Date;
    const onChange = nextReminders(before, data(), s)[0]?.at as Date;
    const after = nextReminders(onChange, data(), s)[0]?.at as Date;
    for (const moment of [before, onChange, after]) expect([moment.getHours(), moment.getMinutes(), moment.getDay()]).toEqual([9, 0, 0]);
    expect(onChange).toEqual(at(y, m, d, 9));
    const hours = (onChange.getTime() - before.getTime()) / 3_600_000;
    expect([167, 168, 169]).toContain(hours);
    expect(hours).not.toBe(168); // the week with the change is an hour shorter or longer
  });

  it('moves a reminder time that does not exist on the spring-forward day to just after the gap', () => {
    const [y, m, d] = forward;
    // Find the skipped hour for this zone by walking the day's hours.
    const day = at(y, m, d, 0);
    const skipped = Array.from({ length: 24 }, (_, h) => h).find((h) => at(y, m, d, h).getHours() !== h) as number;
    expect(skipped).toBeDefined();
    const time = `${String(skipped).padStart(2, '0')}:30`;
    const s = settings({ followUpsDue: { time }, quietHours: { enabled: false } });
    const followUps = [
      { dueOn: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, createdAt: at(y, m, d - 3).toISOString() },
    ];
    const [next] = nextReminders(day, data({ followUps }), s);
    expect(next?.at.getHours()).toBe(skipped + 1);
    expect(next?.at.getMinutes()).toBe(30);
  });

  it('shows a reminder at a time that happens twice on the fall-back day once', () => {
    const [y, m, d] = back;
    const repeated = Array.from({ length: 23 }, (_, h) => h).find(
      (h) => at(y, m, d, h + 1).getTime() - at(y, m, d, h).getTime() === 2 * 3_600_000,
    ) as number;
    const time = `${String(repeated).padStart(2, '0')}:30`;
    const s = settings({ followUpsDue: { time }, quietHours: { enabled: false } });
    const dueOn = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const followUps = [{ dueOn, createdAt: at(y, m, d - 3).toISOString() }];
    const due = dueReminders(at(y, m, d, 0), at(y, m, d, 12), data({ followUps }), s);
    expect(due).toHaveLength(1);
    expect(due[0]?.at.getHours()).toBe(repeated);
  });
});

describe('sleep and missed reminders', () => {
  beforeEach(() => {
    process.env.TZ = 'America/Sao_Paulo';
  });

  it('after three days asleep, folds everything missed into one summary', () => {
    const s = settings({ weeklyPlanning: {}, followUpsDue: {}, recoveryCheckIn: {} });
    const d = data({
      followUps: [
        { dueOn: '2026-11-24', createdAt: at(2026, 11, 10).toISOString() },
        { dueOn: '2026-11-25', createdAt: at(2026, 11, 10).toISOString() },
      ],
      recoveries: [
        {
          rejectionId: 2,
          company: 'Hooli',
          startedAt: at(2026, 11, 21).toISOString(),
          recoveryUntil: at(2026, 11, 22, 20).toISOString(),
          finishedAt: null,
        },
      ],
    });
    const slept = at(2026, 11, 22, 20, 30);
    const woke = at(2026, 11, 25, 20, 30);
    const summary = missedSummary(slept, woke, d, s);
    expect(summary?.kinds).toEqual({ weeklyPlanning: 1, followUps: 2, checkIn: 1 });
    expect(summary?.followUps).toBe(2);
    const notice = noticeFor(summary?.reminders ?? []);
    expect(notice?.nav).toEqual({ view: 'today' });
    expect(notice?.body).toMatch(/Hooli/);
    expect(notice?.body).toMatch(/2 follow-ups due/);
    // Once dealt with (the watermark moves to `woke`, the check-in is recorded), nothing repeats.
    expect(missedSummary(woke, woke, { ...d, checkInsShown: [2] }, s)).toBeNull();
    expect(missedSummary(woke, at(2026, 11, 25, 23), { ...d, checkInsShown: [2] }, s)).toBeNull();
  });

  it('never digs up more than five weeks after a long absence', () => {
    const s = settings({ weeklyReview: {} });
    const due = dueReminders(at(2026, 1, 1), at(2026, 11, 25, 20), data(), s);
    expect(due.length).toBeLessThanOrEqual(6);
    expect(noticeFor(due)?.title).toBe(noticeFor(due.slice(-1))?.title);
  });

  it('shows a single due reminder as itself, not as a summary', () => {
    const s = settings({ weeklyReview: {} });
    const due = dueReminders(at(2026, 11, 27, 15), at(2026, 11, 27, 16, 1), data(), s);
    expect(kindsOf(due)).toEqual(['weeklyReview']);
    expect(noticeFor(due)).toMatchObject({ nav: { view: 'plan', action: 'review' } });
  });
});
