import { afterEach, describe, expect, it } from 'vitest';
import { content } from '../../content';
import { buildCalendar, foldLine } from '../../electron/core/planner/calendar';
import { startPlannerCore } from '../support/plannerCore';

/**
 * The planner's edges the mutation run of electron/core/planner left open (session 6), through the
 * dispatcher on a fixed clock: 2026-03-11 is a Wednesday; with Monday weeks its week starts 2026-03-09.
 */

let close: (() => void) | null = null;
afterEach(() => close?.());

async function planner(start = '2026-03-11T10:00:00') {
  const p = await startPlannerCore(start);
  close = () => p.core.close();
  const sql = (query: string, ...params: unknown[]) => p.core.db.prepare(query).all(...params);
  const metWins = () => sql("SELECT source_key AS key, day FROM wins WHERE kind = 'week_met' ORDER BY id");
  return { ...p, sql, metWins };
}

const onlySearch = { search: 1, apply: 0, followUp: 0, network: 0, learn: 0, volunteer: 0 };
const errors = content.planner.errors;
// The plan for the days a week shows before the person makes one (weekRow.ts): search, apply, learn, follow up, apply and network.
const firstPlan = { '0': ['search'], '1': ['apply'], '2': ['learn'], '3': ['follow_up'], '4': ['apply', 'network'] };

describe('logging an activity', () => {
  it('answers with the activity as saved, its note trimmed', async () => {
    const p = await planner();
    const logged = await p.call('planner:logActivity', { kind: 'learn', note: '  SQL course, week 2  ' });
    expect(logged).toEqual({
      id: logged.id,
      kind: 'learn',
      day: '2026-03-11',
      note: 'SQL course, week 2',
      contactId: null,
      contactName: null,
    });
    expect(logged.id).toBeGreaterThan(0);
  });

  it('without a note saves an empty one', async () => {
    const p = await planner();
    const logged = await p.call('planner:logActivity', { kind: 'search', day: '2026-03-10' });
    expect(logged.note).toBe('');
    expect(p.sql('SELECT note FROM activities')).toEqual([{ note: '' }]);
  });

  it('a day ahead is refused beside the day field, and nothing is saved', async () => {
    const p = await planner();
    const refusal = await p.refusal('planner:logActivity', { kind: 'search', day: '2026-03-12' });
    expect(refusal).toEqual({ code: 'invalid_input', message: errors.futureActivity, fields: { day: errors.pickPastDay } });
    expect(p.sql('SELECT id FROM activities')).toEqual([]);
  });

  it('the apply and follow-up activities name what they came from, with an empty note', async () => {
    const p = await planner('2026-03-02T09:00:00');
    const app = await p.call('applications:create', { company: 'Acme', role: 'Designer', status: 'applied' });
    p.setDay('2026-03-09T09:00:00');
    const followUp = (await p.call('planner:today')).dueFollowUps[0]!;
    await p.call('applications:sendFollowUp', { id: followUp.id });
    expect(
      p.sql(
        'SELECT kind, note, application_id AS applicationId, follow_up_id AS followUpId, contact_id AS contactId FROM activities ORDER BY id',
      ),
    ).toEqual([
      { kind: 'apply', note: '', applicationId: app.id, followUpId: null, contactId: null },
      { kind: 'follow_up', note: '', applicationId: app.id, followUpId: followUp.id, contactId: null },
    ]);
  });
});

describe('a week as shown', () => {
  it('a week with no row yet: not planned, not paused, no review, the first plan', async () => {
    const p = await planner();
    expect(await p.call('planner:week', { weekStart: '2026-03-16' })).toMatchObject({
      planned: false,
      paused: false,
      reviewNote: '',
      reviewedAt: null,
      dayPlan: firstPlan,
    });
  });

  it('a week given targets but no plan for the days shows the first plan; a stored plan of the wrong shape too', async () => {
    const p = await planner();
    await p.call('planner:setTargets', { weekStart: '2026-03-09', targets: onlySearch });
    expect((await p.call('planner:week', { weekStart: '2026-03-09' })).dayPlan).toEqual(firstPlan);
    p.core.db.prepare(`UPDATE weeks SET day_plan = '{"9":["search"]}' WHERE week_start = '2026-03-09'`).run();
    expect((await p.call('planner:week', { weekStart: '2026-03-09' })).dayPlan).toEqual(firstPlan);
  });

  it('a plan for the days drops the days left empty and keeps each kind once', async () => {
    const p = await planner();
    const week = await p.call('planner:setDayPlan', {
      weekStart: '2026-03-09',
      dayPlan: { '0': ['search', 'search'], '5': [] },
    });
    expect(week.dayPlan).toEqual({ '0': ['search'] });
    expect(p.sql('SELECT day_plan AS plan FROM weeks')).toEqual([{ plan: '{"0":["search"]}' }]);
  });

  it('pausing and unpausing read back', async () => {
    const p = await planner();
    expect((await p.call('planner:setPaused', { weekStart: '2026-03-09', paused: true })).paused).toBe(true);
    expect((await p.call('planner:week', { weekStart: '2026-03-09' })).paused).toBe(true);
    expect((await p.call('planner:setPaused', { weekStart: '2026-03-09', paused: false })).paused).toBe(false);
    expect((await p.call('planner:week', { weekStart: '2026-03-09' })).paused).toBe(false);
  });

  it('a day that does not start a week is refused with the reason beside it', async () => {
    const p = await planner();
    expect(await p.refusal('planner:week', { weekStart: '2026-03-10' })).toEqual({
      code: 'invalid_input',
      message: errors.notWeekStart,
      fields: { weekStart: errors.pickWeekStart },
    });
  });
});

describe('lowering targets to what was done records the week met, on the right day', () => {
  it('this week: today', async () => {
    const p = await planner();
    await p.call('planner:logActivity', { kind: 'search', day: '2026-03-10' });
    await p.call('planner:setTargets', { weekStart: '2026-03-09', targets: onlySearch });
    expect(p.metWins()).toEqual([{ key: 'week:2026-03-09:met', day: '2026-03-11' }]);
  });

  it('a past week: its last day', async () => {
    const p = await planner();
    await p.call('planner:logActivity', { kind: 'search', day: '2026-03-03' });
    await p.call('planner:setTargets', { weekStart: '2026-03-02', targets: onlySearch });
    expect(p.metWins()).toEqual([{ key: 'week:2026-03-02:met', day: '2026-03-08' }]);
  });

  it('this week on its first day', async () => {
    const p = await planner('2026-03-09T10:00:00');
    await p.call('planner:logActivity', { kind: 'search' });
    await p.call('planner:setTargets', { weekStart: '2026-03-09', targets: onlySearch });
    expect(p.metWins()).toEqual([{ key: 'week:2026-03-09:met', day: '2026-03-09' }]);
  });
});

describe('Today', () => {
  async function sixDue() {
    const p = await planner('2026-02-02T09:00:00');
    for (const company of ['Acme', 'Globex', 'Initech', 'Hooli', 'Umbrella', 'Stark']) {
      await p.call('applications:create', { company, status: 'applied' });
    }
    p.setDay('2026-03-11T10:00:00');
    return p;
  }

  it('lists the first five follow-ups due unless every one is asked for; the count is of all', async () => {
    const p = await sixDue();
    const first = await p.call('planner:today');
    expect(first.dueFollowUps).toHaveLength(5);
    expect(first.dueCount).toBe(6);
    expect((await p.call('planner:today', { all: false })).dueFollowUps).toHaveLength(5);
    expect((await p.call('planner:today', { all: true })).dueFollowUps).toHaveLength(6);
  });

  it('a day with nothing planned has no steps (Saturday in the first plan)', async () => {
    const p = await planner('2026-03-14T10:00:00');
    const today = await p.call('planner:today');
    expect(today.dayIndex).toBe(5);
    expect(today.steps).toEqual([]);
  });
});

describe('tasks', () => {
  it('ticking answers with the task and records its win; unticking one never done records none', async () => {
    const p = await planner();
    const { id } = await p.call('planner:addTask', { weekStart: '2026-03-09', title: 'Update the portfolio' });
    expect(await p.call('planner:setTaskDone', { id, done: false })).toEqual({ id, done: false });
    expect(p.sql("SELECT id FROM wins WHERE kind = 'task_done'")).toEqual([]);
    expect(await p.call('planner:setTaskDone', { id, done: true })).toEqual({ id, done: true });
    expect(p.sql("SELECT source_key AS key, day FROM wins WHERE kind = 'task_done'")).toEqual([
      { key: `task:${id}:done`, day: '2026-03-11' },
    ]);
  });

  it('a task that is not there is not found, for ticking and for deleting', async () => {
    const p = await planner();
    expect(await p.refusal('planner:setTaskDone', { id: 999, done: true })).toMatchObject({ code: 'not_found', message: errors.taskGone });
    expect(await p.refusal('planner:deleteTask', { id: 999 })).toMatchObject({ code: 'not_found', message: errors.taskGone });
  });

  it('deleting answers deleted and the task is gone', async () => {
    const p = await planner();
    const { id } = await p.call('planner:addTask', { weekStart: '2026-03-09', title: 'Update the portfolio' });
    expect(await p.call('planner:deleteTask', { id })).toEqual({ deleted: true });
    expect((await p.call('planner:week', { weekStart: '2026-03-09' })).tasks).toEqual([]);
    expect(await p.refusal('planner:deleteTask', { id })).toMatchObject({ code: 'not_found' });
  });
});

describe('the history and the streak look back as far as there are activities', () => {
  async function keptWeeks(count: number) {
    const p = await planner();
    const insert = p.core.db.prepare("INSERT INTO activities (kind, day, note, created_at) VALUES (?, ?, '', '2026-03-11T10:00:00.000Z')");
    // Tuesdays, from this week (2026-03-10) back: one application and one follow-up each, the default rule.
    for (let week = 0; week < count; week += 1) {
      const day = new Date(Date.UTC(2026, 2, 10 - 7 * week)).toISOString().slice(0, 10);
      insert.run('apply', day);
      insert.run('follow_up', day);
    }
    return p;
  }

  it('fifteen kept weeks: a streak of 15, a list of the last 12', async () => {
    const p = await keptWeeks(15);
    const history = await p.call('planner:history');
    expect(history.streak).toBe(15);
    expect(history.weeks).toHaveLength(12);
    expect(history.weeks[0]?.weekStart).toBe('2026-03-09');
    expect(history.weeks[11]?.weekStart).toBe('2025-12-22');
  });

  it('asking for four weeks lists four, and the streak still counts all fifteen', async () => {
    const p = await keptWeeks(15);
    const history = await p.call('planner:history', { weeks: 4 });
    expect(history.weeks.map((week) => week.weekStart)).toEqual(['2026-03-09', '2026-03-02', '2026-02-23', '2026-02-16']);
    expect(history.streak).toBe(15);
  });

  it('with nothing logged, still twelve empty weeks and no streak', async () => {
    const p = await planner();
    const history = await p.call('planner:history');
    expect(history.streak).toBe(0);
    expect(history.weeks).toHaveLength(12);
    expect(history.weeks.every((week) => !week.kept)).toBe(true);
  });
});

describe('the .ics file', () => {
  it('is of the week asked for, or of this week when none is named', async () => {
    const p = await planner();
    expect((await p.call('planner:exportIcs')).fileName).toBe('rebound-week-2026-03-09.ics');
    expect((await p.call('planner:exportIcs', { weekStart: '2026-03-02' })).fileName).toBe('rebound-week-2026-03-02.ics');
  });

  it('is written line by line as RFC 5545 asks, all-day events free in the calendar, ending the next day', () => {
    const text = buildCalendar(
      [
        { uid: 'plan-2026-12-31@rebound.local', day: '2026-12-31', summary: 'Plan: search, apply', description: 'From Rebound' },
        { uid: 'follow-up-1@rebound.local', day: '2027-02-28', summary: 'Follow up', url: 'https://jobs.example.com/1' },
      ],
      { name: 'Rebound; week', stamp: new Date('2026-03-11T10:00:00.123Z') },
    );
    expect(text.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Rebound//Weekly planner//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Rebound\\; week',
      'BEGIN:VEVENT',
      'UID:plan-2026-12-31@rebound.local',
      'DTSTAMP:20260311T100000Z',
      'DTSTART;VALUE=DATE:20261231',
      'DTEND;VALUE=DATE:20270101',
      'SUMMARY:Plan: search\\, apply',
      'DESCRIPTION:From Rebound',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:follow-up-1@rebound.local',
      'DTSTAMP:20260311T100000Z',
      'DTSTART;VALUE=DATE:20270228',
      'DTEND;VALUE=DATE:20270301',
      'SUMMARY:Follow up',
      'URL:https://jobs.example.com/1',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('folds a line only past 75 octets, never splitting a character', () => {
    const a = (n: number) => 'a'.repeat(n);
    expect(foldLine(a(75))).toBe(a(75));
    expect(foldLine(a(76))).toBe(`${a(75)}\r\n a`);
    // A continuation holds its leading space and 74 more octets.
    expect(foldLine(a(75 + 74 + 1))).toBe(`${a(75)}\r\n ${a(74)}\r\n a`);
    // "é" is two octets: at 74 + 2 = 76 it moves whole to the next line.
    expect(foldLine(`${a(74)}é`)).toBe(`${a(74)}\r\n é`);
    expect(foldLine(`${a(73)}é`)).toBe(`${a(73)}é`);
  });
});
