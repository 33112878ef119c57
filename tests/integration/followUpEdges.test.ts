import { afterEach, describe, expect, it } from 'vitest';
import { startPlannerCore } from '../support/plannerCore';

/**
 * Follow-ups (electron/core/applications/followUps.ts), the edges the session-7 mutation run left open:
 * the first day one may fall on, a follow-up that is gone or closed, what sending writes, and which ones
 * Today lists. Fixed clock: 2026-03-11 10:00 local, a Wednesday; nothing here waits on time.
 */

let close: (() => void) | null = null;
afterEach(() => close?.());

async function tracker(start = '2026-03-11T10:00:00') {
  const p = await startPlannerCore(start);
  close = () => p.core.close();
  const row = (id: number) =>
    p.core.db
      .prepare('SELECT application_id AS applicationId, due_on AS dueOn, state, sent_on AS sentOn, note FROM follow_ups WHERE id = ?')
      .get(id);
  const states = (applicationId: number) =>
    p.core.db.prepare('SELECT due_on AS dueOn, state FROM follow_ups WHERE application_id = ? ORDER BY id').all(applicationId);
  return { ...p, row, states };
}

describe('the first day a follow-up may fall on', () => {
  it('is the day a saved application was added: that day is fine, the day before is refused', async () => {
    const p = await tracker();
    const app = await p.call('applications:create', { company: 'Acme' });
    const early = await p.refusal('applications:scheduleFollowUp', { applicationId: app.id, dueOn: '2026-03-10' });
    expect(early).toMatchObject({
      code: 'invalid_input',
      message: 'A follow-up cannot come before the application itself.',
      fields: { dueOn: 'Pick 2026-03-11 or later.' },
    });
    expect(p.states(app.id)).toEqual([]);
    const onTheDay = await p.call('applications:scheduleFollowUp', { applicationId: app.id, dueOn: '2026-03-11' });
    expect(onTheDay).toMatchObject({ applicationId: app.id, dueOn: '2026-03-11', state: 'pending', sentOn: null, note: '' });
  });

  it('is the applied day once there is one, even when it came before the day it was added', async () => {
    const p = await tracker();
    const app = await p.call('applications:create', { company: 'Acme', status: 'applied', day: '2026-03-04' });
    const id = app.nextFollowUp!.id;
    expect((await p.call('applications:moveFollowUp', { id, dueOn: '2026-03-04' })).dueOn).toBe('2026-03-04');
    const early = await p.refusal('applications:moveFollowUp', { id, dueOn: '2026-03-03' });
    expect(early.fields).toEqual({ dueOn: 'Pick 2026-03-04 or later.' });
    expect(p.row(id)).toMatchObject({ dueOn: '2026-03-04', state: 'pending' });
    // Sending it is bound by the same day (the page sends today's; another day comes only through IPC).
    const sentEarly = await p.refusal('applications:sendFollowUp', { id, day: '2026-03-03' });
    expect(sentEarly).toMatchObject({ code: 'invalid_input', message: 'A follow-up cannot come before the application itself.' });
    expect(p.row(id)).toMatchObject({ state: 'pending', sentOn: null });
  });
});

describe('the last day a follow-up may fall on', () => {
  it('is two years after today, for moving one as for scheduling it', async () => {
    const p = await tracker();
    const app = await p.call('applications:create', { company: 'Acme', status: 'applied' });
    const id = app.nextFollowUp!.id;
    const far = await p.refusal('applications:moveFollowUp', { id, dueOn: '2028-03-12' });
    expect(far).toMatchObject({
      code: 'invalid_input',
      fields: { dueOn: 'Pick a day within the next 2 years; that one is further ahead than a job search plans.' },
    });
    expect(p.row(id)).toMatchObject({ dueOn: '2026-03-18' });
    expect((await p.call('applications:moveFollowUp', { id, dueOn: '2028-03-11' })).dueOn).toBe('2028-03-11');
  });
});

describe('a follow-up that is gone or closed', () => {
  it('is not found once its application is deleted, for moving, cancelling and sending alike', async () => {
    const p = await tracker();
    const app = await p.call('applications:create', { company: 'Acme', status: 'applied' });
    const id = app.nextFollowUp!.id;
    await p.call('applications:delete', { id: app.id });
    for (const [channel, input] of [
      ['applications:moveFollowUp', { id, dueOn: '2026-03-20' }],
      ['applications:cancelFollowUp', { id }],
      ['applications:sendFollowUp', { id }],
    ] as const) {
      expect(await p.refusal(channel, input)).toMatchObject({ code: 'not_found', message: 'That follow-up is no longer there.' });
    }
  });

  it('cancelled, it leaves the pending list, and cannot be cancelled, moved or sent again', async () => {
    const p = await tracker();
    const app = await p.call('applications:create', { company: 'Acme', status: 'applied' });
    const id = app.nextFollowUp!.id;
    expect(await p.call('applications:cancelFollowUp', { id })).toEqual({ cancelled: true });
    expect(p.row(id)).toMatchObject({ state: 'cancelled', sentOn: null });
    expect((await p.call('applications:get', { id: app.id })).nextFollowUp).toBeNull();
    for (const [channel, input] of [
      ['applications:cancelFollowUp', { id }],
      ['applications:moveFollowUp', { id, dueOn: '2026-03-20' }],
      ['applications:sendFollowUp', { id }],
    ] as const) {
      expect(await p.refusal(channel, input)).toMatchObject({ code: 'conflict', message: 'That follow-up was already sent or closed.' });
    }
    expect(p.row(id)).toMatchObject({ dueOn: '2026-03-18', state: 'cancelled' });
  });

  it('once one was sent, scheduling adds a new pending one instead of moving the sent one', async () => {
    const p = await tracker();
    const app = await p.call('applications:create', { company: 'Acme', status: 'applied', day: '2026-03-02' });
    await p.call('applications:sendFollowUp', { id: app.nextFollowUp!.id, day: '2026-03-09' });
    const next = await p.call('applications:scheduleFollowUp', { applicationId: app.id, dueOn: '2026-03-16' });
    expect(next.id).not.toBe(app.nextFollowUp!.id);
    expect(p.states(app.id)).toEqual([
      { dueOn: '2026-03-09', state: 'sent' },
      { dueOn: '2026-03-16', state: 'pending' },
    ]);
  });
});

describe('sending a follow-up', () => {
  it('keeps the note trimmed, dates it on the day given, and counts the next one from that day', async () => {
    const p = await tracker();
    const app = await p.call('applications:create', { company: 'Acme', status: 'applied', day: '2026-03-02' });
    const id = app.nextFollowUp!.id;
    const { sent, next } = await p.call('applications:sendFollowUp', { id, day: '2026-03-06', note: '  Short and kind  ', nextInDays: 4 });
    expect(sent).toEqual({ id, applicationId: app.id, dueOn: '2026-03-09', state: 'sent', sentOn: '2026-03-06', note: 'Short and kind' });
    // Four days after the day it was sent, not after today.
    expect(next).toMatchObject({ applicationId: app.id, dueOn: '2026-03-10', state: 'pending', note: '' });
    const activity = p.core.db
      .prepare("SELECT day, application_id AS applicationId, follow_up_id AS followUpId FROM activities WHERE kind = 'follow_up'")
      .all();
    expect(activity).toEqual([{ day: '2026-03-06', applicationId: app.id, followUpId: id }]);
    const win = p.core.db.prepare("SELECT title, day, application_id AS applicationId FROM wins WHERE kind = 'followup'").all();
    expect(win).toEqual([{ title: 'Followed up with Acme', day: '2026-03-06', applicationId: app.id }]);
  });

  it('without a note keeps it empty, without a next one schedules none, and stamps the application changed', async () => {
    const p = await tracker('2026-03-02T09:00:00');
    const app = await p.call('applications:create', { company: 'Acme', status: 'applied' });
    p.setDay('2026-03-11T10:00:00');
    const { sent, next } = await p.call('applications:sendFollowUp', { id: app.nextFollowUp!.id, nextInDays: null });
    expect(sent).toMatchObject({ state: 'sent', sentOn: '2026-03-11', note: '' });
    expect(next).toBeNull();
    expect(p.states(app.id)).toEqual([{ dueOn: '2026-03-09', state: 'sent' }]);
    const after = await p.call('applications:get', { id: app.id });
    expect(after.updatedAt).toBe(new Date('2026-03-11T10:00:00').toISOString());
    expect(after.createdAt).toBe(new Date('2026-03-02T09:00:00').toISOString());
  });
});

describe('which follow-ups Today lists', () => {
  it('those due today or earlier, oldest first and by id on the same day; the count agrees; the rest wait', async () => {
    const p = await tracker();
    const ids: Record<string, number> = {};
    for (const [company, dueOn] of [
      ['Later', '2026-03-12'],
      ['Today B', '2026-03-11'],
      ['Earlier', '2026-03-05'],
      ['Today C', '2026-03-11'],
    ] as const) {
      const app = await p.call('applications:create', { company, status: 'applied', day: '2026-03-02' });
      ids[company] = (await p.call('applications:moveFollowUp', { id: app.nextFollowUp!.id, dueOn })).id;
    }
    const today = await p.call('planner:today');
    expect(today.dueFollowUps.map((f) => [f.company, f.dueOn, f.state])).toEqual([
      ['Earlier', '2026-03-05', 'pending'],
      ['Today B', '2026-03-11', 'pending'],
      ['Today C', '2026-03-11', 'pending'],
    ]);
    expect(today.dueCount).toBe(3);
    expect(ids['Today B']! < ids['Today C']!).toBe(true);
    // A sent one is no longer due.
    await p.call('applications:sendFollowUp', { id: ids['Earlier']! });
    const after = await p.call('planner:today');
    expect(after.dueFollowUps.map((f) => f.company)).toEqual(['Today B', 'Today C']);
    expect(after.dueCount).toBe(2);
  });

  it('keeps its first five on the card, all of them when asked, and counts every one', async () => {
    const p = await tracker();
    for (let i = 1; i <= 7; i += 1) {
      const app = await p.call('applications:create', { company: `Company ${i}`, status: 'applied', day: '2026-03-02' });
      await p.call('applications:moveFollowUp', { id: app.nextFollowUp!.id, dueOn: `2026-03-0${i + 2}` });
    }
    const card = await p.call('planner:today');
    expect(card.dueFollowUps.map((f) => f.company)).toEqual(['Company 1', 'Company 2', 'Company 3', 'Company 4', 'Company 5']);
    expect(card.dueCount).toBe(7);
    expect((await p.call('planner:today', { all: true })).dueFollowUps).toHaveLength(7);
  });
});
