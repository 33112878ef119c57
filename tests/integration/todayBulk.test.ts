import { afterEach, describe, expect, it } from 'vitest';
import { content } from '../../content';
import { contentHash } from '../support/contentHash';
import { startPlannerCore } from '../support/plannerCore';

// The change counters only ever count up (a cache must never meet an old stamp again): every other table must match.
const hashOf = (p: Awaited<ReturnType<typeof startPlannerCore>>) => contentHash(p.core.db, ['change_counters']);

let opened: Awaited<ReturnType<typeof startPlannerCore>>[] = [];
afterEach(() => {
  for (const p of opened) p.core.close();
  opened = [];
});

/**
 * Monday 2 March 2026: four applications sent over three days (each gets a
 * follow-up a week later), one still only saved, one at interview. Then a
 * month passes: every follow-up is overdue and the waiting ones have gone
 * quiet (21 days by default), except one touched yesterday.
 */
async function aMonthOfSilence() {
  const p = await startPlannerCore('2026-03-02T10:00:00');
  opened.push(p);
  const ids: Record<string, number> = {};
  for (const [company, day] of [
    ['Acme', '2026-03-02'],
    ['Birch', '2026-03-02'],
    ['Cobalt', '2026-03-03'],
    ['Dune', '2026-03-04'],
  ] as const) {
    p.setDay(`${day}T11:00:00`);
    ids[company] = (await p.call('applications:create', { company, status: 'applied', day })).id;
  }
  ids.Saved = (await p.call('applications:create', { company: 'Saved Ltd' })).id;
  ids.Eagle = (await p.call('applications:create', { company: 'Eagle', status: 'interviewing', day: '2026-03-04' })).id;
  p.setDay('2026-04-02T09:00:00');
  // Dune was heard from yesterday: not quiet, though its follow-up is overdue.
  p.setDay('2026-04-01T09:00:00');
  await p.call('applications:keepWaiting', { id: ids.Dune! });
  p.setDay('2026-04-02T09:00:00');
  return { p, ids };
}

describe('Today: snooze every follow-up due, with one undo', () => {
  it('moves each due follow-up to a week from today, and undo puts back every byte', async () => {
    const { p } = await aMonthOfSilence();
    const before = await p.call('planner:today');
    // Acme, Birch, Cobalt and Dune: due 9, 9, 10 and 11 March.
    expect(before.dueCount).toBe(4);
    const hash = hashOf(p);

    const snoozed = await p.call('today:snoozeFollowUps', { days: 7 });
    expect(snoozed).toMatchObject({ count: 4, dueOn: '2026-04-09' });
    expect(snoozed.undoToken).not.toBeNull();
    expect((await p.call('planner:today')).dueCount).toBe(0);
    const moved = p.core.db.prepare("SELECT DISTINCT due_on FROM follow_ups WHERE state = 'pending'").pluck().all();
    expect(moved).toEqual(['2026-04-09']);
    expect(hashOf(p)).not.toBe(hash);

    expect(await p.call('today:undo', { token: snoozed.undoToken! })).toEqual({ restored: 4, skipped: 0 });
    expect(hashOf(p)).toBe(hash);
    expect((await p.call('planner:today')).dueFollowUps.map((f) => [f.company, f.dueOn])).toEqual([
      ['Acme', '2026-03-09'],
      ['Birch', '2026-03-09'],
      ['Cobalt', '2026-03-10'],
      ['Dune', '2026-03-11'],
    ]);
    // A token works once.
    const again = await p.refusal('today:undo', { token: snoozed.undoToken! });
    expect(again).toMatchObject({ code: 'not_found', message: content.planner.errors.undoGone });
  });

  it('snoozes only the follow-ups named, and refuses the lot when one is gone', async () => {
    const { p } = await aMonthOfSilence();
    const due = (await p.call('planner:today')).dueFollowUps;
    const one = await p.call('today:snoozeFollowUps', { ids: [due[1]!.id], days: 7 });
    expect(one.count).toBe(1);
    expect((await p.call('planner:today')).dueFollowUps.map((f) => f.company)).toEqual(['Acme', 'Cobalt', 'Dune']);

    const hash = hashOf(p);
    const refused = await p.refusal('today:snoozeFollowUps', { ids: [due[0]!.id, 999], days: 7 });
    expect(refused.code).toBe('not_found');
    expect(hashOf(p)).toBe(hash);
  });

  it('leaves alone on undo a follow-up sent in the meantime', async () => {
    const { p } = await aMonthOfSilence();
    const snoozed = await p.call('today:snoozeFollowUps', { days: 7 });
    const acme = p.core.db
      .prepare("SELECT f.id FROM follow_ups f JOIN applications a ON a.id = f.application_id WHERE a.company = 'Acme'")
      .pluck()
      .get() as number;
    await p.call('applications:sendFollowUp', { id: acme });
    expect(await p.call('today:undo', { token: snoozed.undoToken! })).toEqual({ restored: 3, skipped: 1 });
    expect(p.core.db.prepare('SELECT state, due_on FROM follow_ups WHERE id = ?').get(acme)).toEqual({
      state: 'sent',
      due_on: '2026-04-09',
    });
  });

  it('has nothing to undo when nothing is due', async () => {
    const p = await startPlannerCore('2026-03-02T10:00:00');
    opened.push(p);
    expect(await p.call('today:snoozeFollowUps', { days: 7 })).toEqual({ count: 0, undoToken: null, dueOn: '2026-03-09' });
  });

  it('refuses days outside 1 to 30 and more than 500 names', async () => {
    const p = await startPlannerCore('2026-03-02T10:00:00');
    opened.push(p);
    expect((await p.refusal('today:snoozeFollowUps', { days: 0 })).code).toBe('invalid_input');
    expect((await p.refusal('today:snoozeFollowUps', { days: 31 })).code).toBe('invalid_input');
    const many = Array.from({ length: 501 }, (_, i) => i + 1);
    expect((await p.refusal('today:snoozeFollowUps', { ids: many, days: 7 })).message).toContain(
      'Snooze at most 500 follow-ups at a time.',
    );
  });
});

describe('Today: close the quiet ones as no reply, with one undo', () => {
  it('closes every quiet application and only those; undo puts back every byte', async () => {
    const { p, ids } = await aMonthOfSilence();
    const today = await p.call('planner:today');
    expect(today.silentCount).toBe(4);
    expect(today.silent.map((a) => a.company).sort()).toEqual(['Acme', 'Birch', 'Cobalt', 'Eagle']);
    // No application was closed as no reply before: the board's tally has no such row yet.
    expect(p.core.db.prepare("SELECT count(*) FROM application_status_counts WHERE status = 'no_reply'").pluck().get()).toBe(0);
    const hash = hashOf(p);

    const closed = await p.call('today:closeQuiet');
    expect(closed.count).toBe(4);
    const statuses = Object.fromEntries(
      (p.core.db.prepare('SELECT company, status FROM applications').all() as { company: string; status: string }[]).map((row) => [
        row.company,
        row.status,
      ]),
    );
    expect(statuses).toEqual({
      Acme: 'no_reply',
      Birch: 'no_reply',
      Cobalt: 'no_reply',
      Dune: 'applied',
      'Saved Ltd': 'saved',
      Eagle: 'no_reply',
    });
    // Their follow-ups are cancelled, Dune's is still due; each closed one has a history row for today.
    expect((await p.call('planner:today')).dueFollowUps.map((f) => f.company)).toEqual(['Dune']);
    const history = await p.call('applications:get', { id: ids.Acme! });
    expect(history.history.at(-1)).toMatchObject({ status: 'no_reply', day: '2026-04-02' });

    expect(await p.call('today:undo', { token: closed.undoToken! })).toEqual({ restored: 4, skipped: 0 });
    expect(hashOf(p)).toBe(hash);
    expect((await p.call('planner:today')).silentCount).toBe(4);
  });

  it('keeps an application changed again after the bulk close as it is now', async () => {
    const { p, ids } = await aMonthOfSilence();
    const closed = await p.call('today:closeQuiet');
    p.setDay('2026-04-02T09:05:00');
    await p.call('applications:setStatus', { id: ids.Birch!, status: 'interviewing' });
    expect(await p.call('today:undo', { token: closed.undoToken! })).toEqual({ restored: 3, skipped: 1 });
    expect((await p.call('applications:get', { id: ids.Birch! })).status).toBe('interviewing');
    expect((await p.call('applications:get', { id: ids.Acme! })).status).toBe('applied');
  });
});
