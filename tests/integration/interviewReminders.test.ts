import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dueReminders, nextReminders, type Reminder } from '../../electron/core/reminders/scheduler';
import { startPlannerCore } from '../support/plannerCore';

// The person's clock is Berlin's; the rounds are typed in their own zones.
const originalTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  process.env.TZ = originalTz;
});

type Planner = Awaited<ReturnType<typeof startPlannerCore>>;
let p: Planner | null = null;
afterEach(() => p?.core.close());

/** What main's reminder timer would show at this moment, recorded as shown (the controller's deliverDue). */
function deliver(planner: Planner) {
  const now = planner.clock.now;
  const { data, settings, lastCheckedAt } = planner.core.reminders.load(now);
  const due = dueReminders(lastCheckedAt ?? new Date(now.getTime() - 3_600_000), now, data, settings);
  planner.core.reminders.record(now, due);
  return due;
}

const interviewKinds = (list: Reminder[]) => list.filter((r) => r.kind === 'interviewTomorrow');

describe('the evening-before reminder, from the real store', () => {
  it('comes once for a round, again only when the round is moved, never for one deleted or begun', async () => {
    p = await startPlannerCore('2026-12-01T12:00:00');
    await p.call('settings:update', {
      reminders: {
        weeklyPlanning: { enabled: false },
        weeklyReview: { enabled: false },
        followUpsDue: { enabled: false },
        idleNudge: { enabled: false },
      },
    });
    const app = await p.call('applications:create', { company: 'Acme', role: 'Designer', status: 'interviewing' });
    const round = await p.call('interviews:create', {
      applicationId: app.id,
      kind: 'technical',
      date: '2026-12-03',
      time: '10:00',
      timeZone: 'Europe/Berlin',
    });
    p.core.reminders.markChecked(p.clock.now);

    const { data, settings } = p.core.reminders.load(p.clock.now);
    expect(data.interviews).toEqual([
      { id: round.id, startsAt: '2026-12-03T09:00:00.000Z', updatedAt: '2026-12-01T11:00:00.000Z', company: 'Acme', kind: 'technical' },
    ]);
    expect(interviewKinds(nextReminders(p.clock.now, data, settings))[0]?.at).toEqual(new Date(2026, 11, 2, 18));
    // Settings shows it among what comes next.
    const status = await p.call('reminders:status');
    expect(status.upcoming).toContainEqual({ kind: 'interviewTomorrow', at: new Date(2026, 11, 2, 18).toISOString() });

    p.setDay('2026-12-02T17:59:00');
    expect(interviewKinds(deliver(p))).toEqual([]);
    p.setDay('2026-12-02T18:00:00');
    expect(interviewKinds(deliver(p)).map((r) => r.interviewId)).toEqual([round.id]);
    // Never twice: later that evening, and after an edit that does not move it.
    p.setDay('2026-12-02T19:00:00');
    await p.call('interviews:update', { id: round.id, fields: { prepNotes: 'Portfolio: the booking flow' } });
    p.setDay('2026-12-02T20:00:00');
    expect(interviewKinds(deliver(p))).toEqual([]);

    // Moved to Friday 10:00 in Lisbon (11:00 in Berlin): a fresh reminder on Thursday evening.
    await p.call('interviews:update', { id: round.id, fields: { date: '2026-12-04', timeZone: 'Europe/Lisbon' } });
    p.setDay('2026-12-03T17:59:00');
    expect(interviewKinds(deliver(p))).toEqual([]);
    p.setDay('2026-12-03T18:00:00');
    const moved = interviewKinds(deliver(p));
    expect(moved.map((r) => r.startsAt)).toEqual(['2026-12-04T10:00:00.000Z']);

    // A second round, deleted before its evening: nothing. A third, begun while Rebound was closed: nothing.
    const gone = await p.call('interviews:create', {
      applicationId: app.id,
      kind: 'final',
      date: '2026-12-10',
      time: '09:00',
      timeZone: 'UTC',
    });
    await p.call('interviews:delete', { id: gone.id });
    await p.call('interviews:create', { applicationId: app.id, kind: 'other', date: '2026-12-05', time: '09:00', timeZone: 'UTC' });
    p.setDay('2026-12-09T18:30:00');
    expect(interviewKinds(deliver(p))).toEqual([]);
  });

  it('waits out quiet hours for a round booked late the evening before, and a pause until it ends', async () => {
    p = await startPlannerCore('2026-12-02T22:15:00');
    const app = await p.call('applications:create', { company: 'Globex', status: 'interviewing' });
    p.core.reminders.markChecked(p.clock.now);
    await p.call('interviews:create', {
      applicationId: app.id,
      kind: 'screen',
      date: '2026-12-03',
      time: '11:00',
      timeZone: 'Europe/Berlin',
    });
    await p.call('reminders:pause', { until: new Date(2026, 11, 3, 9, 30).toISOString() });
    p.setDay('2026-12-03T08:00:00');
    expect(interviewKinds(deliver(p))).toEqual([]);
    p.setDay('2026-12-03T09:30:00');
    const [shown] = interviewKinds(deliver(p));
    expect(shown?.at).toEqual(new Date(2026, 11, 3, 9, 30));
  });
});
