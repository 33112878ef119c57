import { afterEach, describe, expect, it } from 'vitest';
import { setWeekTargets } from '../../electron/core/planner/weekRow';
import { startPlannerCore } from '../support/plannerCore';

let close: (() => void) | null = null;
afterEach(() => close?.());

// 2026-03-11 is a Wednesday; with Monday weeks its week starts 2026-03-09.
async function planner(start = '2026-03-11T10:00:00') {
  const p = await startPlannerCore(start);
  close = () => p.core.close();
  const wins = () => p.core.db.prepare('SELECT kind, title, source_key AS sourceKey, day FROM wins ORDER BY id').all();
  const count = (sql: string, ...params: unknown[]) =>
    p.core.db
      .prepare(sql)
      .pluck()
      .get(...params) as number;
  return { ...p, wins, count };
}

describe('applications and their follow-ups', () => {
  it('marking applied logs the apply, schedules a follow-up after the set days, and records one win', async () => {
    const p = await planner();
    const app = await p.call('applications:create', { company: 'Acme', role: 'Designer', link: 'https://acme.example/jobs/1' });
    expect(app.status).toBe('saved');
    const result = await p.call('applications:setStatus', { id: app.id, status: 'applied' });
    expect(result.application.appliedOn).toBe('2026-03-11');
    expect(result.application.nextFollowUp?.dueOn).toBe('2026-03-18');
    expect(result.followUpId).toBe(result.application.nextFollowUp?.id);
    const week = await p.call('planner:week', { weekStart: '2026-03-09' });
    expect(week.progress.apply).toBe(1);
    expect(p.wins()).toEqual([
      { kind: 'applied', title: 'Applied to Designer at Acme', sourceKey: `application:${app.id}:applied`, day: '2026-03-11' },
    ]);
    // Moving back and forth does not log the application twice.
    await p.call('applications:setStatus', { id: app.id, status: 'saved' });
    await p.call('applications:setStatus', { id: app.id, status: 'applied' });
    expect(p.count("SELECT count(*) FROM activities WHERE kind = 'apply'")).toBe(1);
    expect(p.count('SELECT count(*) FROM wins')).toBe(1);
    const detail = await p.call('applications:get', { id: app.id });
    expect(detail.history.map((change) => change.status)).toEqual(['saved', 'applied', 'saved', 'applied']);
  });

  it('uses the follow-up setting and logs an application dated in the past in its own week', async () => {
    const p = await planner();
    p.core.settings.update({ followUpAfterDays: 3 });
    const app = await p.call('applications:create', { company: 'Beta', status: 'applied', day: '2026-03-06' });
    expect(app.appliedOn).toBe('2026-03-06');
    expect(app.nextFollowUp?.dueOn).toBe('2026-03-09');
    expect((await p.call('planner:week', { weekStart: '2026-03-02' })).progress.apply).toBe(1);
    expect((await p.call('planner:week', { weekStart: '2026-03-09' })).progress.apply).toBe(0);
    expect(p.wins()[0]).toMatchObject({ title: 'Applied to a role at Beta' });
  });

  it('sending a follow-up logs it, records its win, and can schedule the next', async () => {
    const p = await planner('2026-03-02T09:00:00');
    const app = await p.call('applications:create', { company: 'Acme', role: 'Designer', status: 'applied' });
    p.setDay('2026-03-09T09:00:00');
    const today = await p.call('planner:today');
    expect(today.dueFollowUps.map((f) => f.company)).toEqual(['Acme']);
    const followUp = today.dueFollowUps[0]!;
    const sent = await p.call('applications:sendFollowUp', { id: followUp.id, nextInDays: 5 });
    expect(sent.sent).toMatchObject({ state: 'sent', sentOn: '2026-03-09' });
    expect(sent.next?.dueOn).toBe('2026-03-14');
    expect((await p.call('planner:week', { weekStart: '2026-03-09' })).progress.followUp).toBe(1);
    expect(p.wins().map((win) => (win as { sourceKey: string }).sourceKey)).toEqual([
      `application:${app.id}:applied`,
      `followup:${followUp.id}:sent`,
    ]);
    expect((await p.refusal('applications:sendFollowUp', { id: followUp.id })).code).toBe('conflict');
    expect((await p.call('planner:today')).dueFollowUps).toEqual([]);
  });

  it('snoozes or moves a follow-up, but never before the application', async () => {
    const p = await planner();
    const app = await p.call('applications:create', { company: 'Acme', status: 'applied' });
    const id = app.nextFollowUp!.id;
    expect((await p.call('applications:moveFollowUp', { id, dueOn: '2026-03-21' })).dueOn).toBe('2026-03-21');
    const early = await p.refusal('applications:moveFollowUp', { id, dueOn: '2026-03-10' });
    expect(early.message).toBe('A follow-up cannot come before the application itself.');
    expect(early.fields?.dueOn).toMatch(/2026-03-11/);
    expect((await p.call('applications:get', { id: app.id })).followUps[0]?.dueOn).toBe('2026-03-21');
    // Scheduling when one is pending moves it rather than piling up a second.
    await p.call('applications:scheduleFollowUp', { applicationId: app.id, dueOn: '2026-03-25' });
    expect(p.count("SELECT count(*) FROM follow_ups WHERE state = 'pending'")).toBe(1);
  });

  it('records interview and offer wins once each, and closing cancels pending follow-ups', async () => {
    const p = await planner();
    const app = await p.call('applications:create', { company: 'Acme', role: 'PM', status: 'applied' });
    await p.call('applications:setStatus', { id: app.id, status: 'interviewing' });
    await p.call('applications:setStatus', { id: app.id, status: 'offer' });
    expect(p.wins().map((win) => (win as { kind: string }).kind)).toEqual(['applied', 'interview', 'offer']);
    expect(p.count("SELECT count(*) FROM follow_ups WHERE state = 'pending'")).toBe(0);
  });

  it('offers a reflection for a rejection', async () => {
    const p = await planner();
    const app = await p.call('applications:create', { company: 'Acme', status: 'applied' });
    const result = await p.call('applications:setStatus', { id: app.id, status: 'rejected' });
    expect(result.offerReflection).toBe(true);
    expect(result.application.nextFollowUp).toBeNull();
  });

  it('suggests "no reply" after the silence setting, and "keep waiting" restarts the clock', async () => {
    const p = await planner('2026-03-02T09:00:00');
    const app = await p.call('applications:create', { company: 'Quiet Co', status: 'applied' });
    await p.call('applications:create', { company: 'Saved Co' });
    p.setDay('2026-03-22T09:00:00');
    expect((await p.call('planner:today')).silent).toEqual([]);
    p.setDay('2026-03-23T09:00:00');
    expect((await p.call('planner:today')).silent.map((a) => a.company)).toEqual(['Quiet Co']);
    await p.call('applications:keepWaiting', { id: app.id });
    expect((await p.call('planner:today')).silent).toEqual([]);
    p.core.settings.update({ silenceAfterDays: 3 });
    p.setDay('2026-03-26T09:00:00');
    expect((await p.call('applications:list')).items.find((a) => a.id === app.id)?.silent).toBe(true);
    await p.call('applications:setStatus', { id: app.id, status: 'no_reply' });
    expect((await p.call('planner:today')).silent).toEqual([]);
  });

  it('lists with search, a status filter and sorting', async () => {
    const p = await planner();
    await p.call('applications:create', { company: 'Zeta', role: 'Engineer' });
    await p.call('applications:create', { company: 'alpha', role: 'Designer', status: 'applied' });
    await p.call('applications:create', { company: 'Mid 100%', role: 'Writer' });
    expect((await p.call('applications:list', { sort: 'company' })).items.map((a) => a.company)).toEqual(['alpha', 'Mid 100%', 'Zeta']);
    expect((await p.call('applications:list', { status: 'applied' })).items.map((a) => a.company)).toEqual(['alpha']);
    expect((await p.call('applications:list', { search: 'DESIGN' })).items.map((a) => a.company)).toEqual(['alpha']);
    expect((await p.call('applications:list', { search: '100%' })).items.map((a) => a.company)).toEqual(['Mid 100%']);
    expect((await p.call('applications:list', { search: '%' })).items.map((a) => a.company)).toEqual(['Mid 100%']);
  });
});

describe('bad input is refused with a clear message and nothing saved', () => {
  it.each([
    ['a javascript: link', { company: 'X', link: 'javascript:alert(1)' }, 'link'],
    ['a file: link', { company: 'X', link: 'file:///etc/passwd' }, 'link'],
    ['a missing company', { company: '   ' }, 'company'],
    ['an unknown status', { company: 'X', status: 'ghosted' }, 'status'],
    ['an unknown source', { company: 'X', source: 'carrier pigeon' }, 'source'],
    ['a bad email', { company: 'X', recruiterEmail: 'not-an-email' }, 'recruiterEmail'],
    ['a huge note', { company: 'X', notes: 'x'.repeat(20001) }, 'notes'],
    ['an extra key', { company: 'X', sneaky: true }, '_'],
  ])('%s', async (_name, input, field) => {
    const p = await planner();
    const error = await p.refusal('applications:create', input);
    expect(error.code).toBe('invalid_input');
    expect(Object.keys(error.fields ?? {})).toContain(field);
    expect(p.count('SELECT count(*) FROM applications')).toBe(0);
  });

  it.each([
    [-1, 'A target cannot be negative.'],
    [1001, 'Keep targets under 1,000 a week; a steady pace beats a huge one.'],
    [2.5, 'Use a whole number.'],
  ])('a week target of %s', async (value, message) => {
    const p = await planner();
    const error = await p.refusal('planner:setTargets', { weekStart: '2026-03-09', targets: { apply: value } });
    expect(error.fields?.['targets.apply']).toBe(message);
    expect(p.count('SELECT count(*) FROM weeks')).toBe(0);
  });

  it('a week that does not start on the first day of the week, and a day in the future', async () => {
    const p = await planner();
    expect((await p.refusal('planner:setTargets', { weekStart: '2026-03-10', targets: { apply: 2 } })).fields?.weekStart).toBeDefined();
    expect((await p.refusal('planner:logActivity', { kind: 'search', day: '2026-03-12' })).message).toMatch(/hasn't happened yet/);
    expect((await p.refusal('planner:logActivity', { kind: 'apply' })).code).toBe('invalid_input');
    expect(p.count('SELECT count(*) FROM activities')).toBe(0);
  });

  it('an application that does not exist', async () => {
    const p = await planner();
    expect((await p.refusal('applications:setStatus', { id: 999, status: 'applied' })).code).toBe('not_found');
  });
});

describe('weeks', () => {
  it('takes targets from the settings until a week has its own, and a single week can differ', async () => {
    const p = await planner();
    const week = await p.call('planner:week');
    expect(week.weekStart).toBe('2026-03-09');
    expect(week.planned).toBe(false);
    expect(week.targets).toEqual(p.core.settings.get().targets);
    const changed = await p.call('planner:setTargets', { weekStart: '2026-03-09', targets: { apply: 2 } });
    expect(changed.targets.apply).toBe(2);
    expect(changed.planned).toBe(true);
    expect((await p.call('planner:week', { weekStart: '2026-03-16' })).targets.apply).toBe(5);
  });

  it("shows targets a reflection's step 6 committed for a coming week", async () => {
    const p = await planner();
    setWeekTargets(p.core.db, '2026-03-16', { apply: 3, learn: 2 }, p.core.settings.get().targets);
    const next = await p.call('planner:week', { weekStart: '2026-03-16' });
    expect(next.planned).toBe(true);
    expect(next.targets).toMatchObject({ apply: 3, learn: 2, search: 3 });
  });

  it('records the week as met when its targets are lowered to what was already done', async () => {
    const p = await planner();
    await p.call('planner:logActivity', { kind: 'search' });
    expect(p.count("SELECT count(*) FROM wins WHERE kind = 'week_met'")).toBe(0);
    await p.call('planner:setTargets', {
      weekStart: '2026-03-09',
      targets: { search: 1, apply: 0, followUp: 0, network: 0, learn: 0, volunteer: 0 },
    });
    expect(p.count("SELECT count(*) FROM wins WHERE kind = 'week_met'")).toBe(1);
  });

  it('follows the week-start setting', async () => {
    const p = await planner();
    p.core.settings.update({ weekStartsOn: 0 });
    expect((await p.call('planner:week')).weekStart).toBe('2026-03-08');
    p.core.settings.update({ weekStartsOn: 6 });
    const week = await p.call('planner:week');
    expect(week.weekStart).toBe('2026-03-07');
    expect(week.days).toEqual(['2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13']);
    expect((await p.call('planner:today')).dayIndex).toBe(4);
  });

  it("shows today's steps from the plan for the days", async () => {
    const p = await planner();
    expect((await p.call('planner:today')).steps).toEqual(['learn']);
    await p.call('planner:setDayPlan', { weekStart: '2026-03-09', dayPlan: { '2': ['follow_up', 'search', 'search'] } });
    expect((await p.call('planner:today')).steps).toEqual(['follow_up', 'search']);
  });

  it("records the week's win when the last needed activity lands, once", async () => {
    const p = await planner();
    await p.call('planner:setTargets', {
      weekStart: '2026-03-09',
      targets: { search: 1, apply: 1, followUp: 0, network: 0, learn: 1, volunteer: 0 },
    });
    await p.call('planner:logActivity', { kind: 'search', note: 'Two boards' });
    await p.call('planner:logActivity', { kind: 'learn' });
    expect(p.count("SELECT count(*) FROM wins WHERE kind = 'week_met'")).toBe(0);
    await p.call('applications:create', { company: 'Acme', status: 'applied' });
    expect(p.wins().filter((win) => (win as { kind: string }).kind === 'week_met')).toEqual([
      { kind: 'week_met', title: 'Hit every target for the week of 2026-03-09', sourceKey: 'week:2026-03-09:met', day: '2026-03-11' },
    ]);
    await p.call('planner:logActivity', { kind: 'search' });
    expect(p.count("SELECT count(*) FROM wins WHERE kind = 'week_met'")).toBe(1);
    expect((await p.call('planner:week')).met).toBe(true);
  });

  it('reviews a week: keeps the note, carries unfinished tasks once, sets next targets', async () => {
    const p = await planner();
    const a = await p.call('planner:addTask', { weekStart: '2026-03-09', title: 'Refresh my resume' });
    const b = await p.call('planner:addTask', { weekStart: '2026-03-09', title: 'Practise answers' });
    await p.call('planner:setTaskDone', { id: b.id, done: true });
    expect(p.wins()).toEqual([{ kind: 'task_done', title: 'Done: Practise answers', sourceKey: `task:${b.id}:done`, day: '2026-03-11' }]);
    const review = await p.call('planner:review', {
      weekStart: '2026-03-09',
      note: 'Steady week.',
      carryTaskIds: [a.id, b.id],
      nextTargets: { apply: 4 },
    });
    expect(review.carried).toBe(1);
    expect(review.week.reviewNote).toBe('Steady week.');
    expect(review.week.reviewedAt).not.toBeNull();
    expect(review.next.targets.apply).toBe(4);
    expect(review.next.tasks.map((t) => [t.title, t.source])).toEqual([['Refresh my resume', 'carried']]);
    await p.call('planner:review', { weekStart: '2026-03-09', note: 'Again', carryTaskIds: [a.id] });
    expect((await p.call('planner:week', { weekStart: '2026-03-16' })).tasks).toHaveLength(1);
  });

  it('refuses carrying a task from another week, and changes nothing', async () => {
    const p = await planner();
    const other = await p.call('planner:addTask', { weekStart: '2026-03-16', title: 'Later' });
    const error = await p.refusal('planner:review', {
      weekStart: '2026-03-09',
      note: 'x',
      carryTaskIds: [other.id],
      nextTargets: { apply: 9 },
    });
    expect(error.code).toBe('not_found');
    expect(p.count('SELECT count(*) FROM weeks')).toBe(0);
  });
});

describe('the streak and history', () => {
  it('counts weeks that kept the routine, skips paused ones, and does not hold the current week against anyone', async () => {
    const p = await planner('2026-02-16T10:00:00');
    const keepWeek = async (monday: string) => {
      p.setDay(`${monday}T10:00:00`);
      const app = await p.call('applications:create', { company: `Co ${monday}`, status: 'applied' });
      await p.call('applications:sendFollowUp', { id: app.nextFollowUp!.id, day: monday });
    };
    await keepWeek('2026-02-16');
    await keepWeek('2026-02-23');
    // 2026-03-02: ill, paused.
    await p.call('planner:setPaused', { weekStart: '2026-03-02', paused: true });
    p.setDay('2026-03-11T10:00:00');
    let history = await p.call('planner:history');
    expect(history.streak).toBe(2);
    expect(history.weeks.slice(0, 4).map((w) => [w.weekStart, w.kept, w.paused])).toEqual([
      ['2026-03-09', false, false],
      ['2026-03-02', false, true],
      ['2026-02-23', true, false],
      ['2026-02-16', true, false],
    ]);
    await keepWeek('2026-03-09');
    p.setDay('2026-03-11T10:00:00');
    expect((await p.call('planner:history')).streak).toBe(3);
    // A week missed without a pause ends the run.
    p.setDay('2026-03-25T10:00:00');
    history = await p.call('planner:history');
    expect(history.streak).toBe(0);
    // A stricter rule from Settings.
    p.core.settings.update({ streakRule: { minApply: 2 } });
    p.setDay('2026-03-11T10:00:00');
    expect((await p.call('planner:history')).streak).toBe(0);
  });
});

describe('the tray summary', () => {
  it('is null until something is planned, then counts applications and due follow-ups', async () => {
    const p = await planner('2026-03-02T09:00:00');
    expect((await p.call('planner:summary')).summary).toBeNull();
    await p.call('applications:create', { company: 'A', status: 'applied' });
    expect((await p.call('planner:summary')).summary).toBe('Applied 1/5');
    await p.call('applications:create', { company: 'B', status: 'applied' });
    p.setDay('2026-03-09T09:00:00');
    expect((await p.call('planner:summary')).summary).toBe('Applied 0/5 · 2 follow-ups due');
  });
});
