import { afterEach, describe, expect, it } from 'vitest';
import type { RejectionDetail } from '../../electron/core/reflection/schema';
import type { TestCore } from '../support/core';
import { appCaller, startTestCore, dataOf } from '../support/core';
import { tempDir } from '../support/tempDir';

/**
 * The reflection's edges the wider suites stepped over, found by mutation testing (issue 13): each
 * refusal of a step or a feedback date, what an optional step skipped leaves alone, the wins a
 * reflection records and their words, and the insights after a change.
 * Thursday 26 November 2026, 10:00 UTC; next week (Monday start) begins 30 November.
 */
let clock = new Date('2026-11-26T10:00:00.000Z');
let core: TestCore;
afterEach(() => core?.close());

async function start(): Promise<TestCore> {
  clock = new Date('2026-11-26T10:00:00.000Z');
  core = await startTestCore(tempDir(), { now: () => clock });
  return core;
}

const ok = <T>(channel: string, input?: unknown) => dataOf<T>(core, channel, input);

const refused = (channel: string, input: unknown) => core.dispatch(channel, input, appCaller);
const count = (sql: string, ...args: unknown[]) =>
  core.db
    .prepare(sql)
    .pluck()
    .get(...args) as number;

async function logRejection(overrides: Record<string, unknown> = {}) {
  return ok<{ id: number }>('rejections:create', {
    company: 'Acme',
    role: 'Designer',
    stage: 'applied',
    receivedOn: '2026-11-20',
    ...overrides,
  });
}

function addApplication(company: string, status = 'applied'): number {
  const at = clock.toISOString();
  return Number(
    core.db
      .prepare(
        'INSERT INTO applications (company, status, applied_on, status_changed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(company, status, '2026-11-01', at, at, at).lastInsertRowid,
  );
}

describe('feedback dates and the wins they record', () => {
  it('refuses asking before the rejection came and an answer dated tomorrow', async () => {
    await start();
    const { id } = await logRejection();
    expect(await refused('feedback:update', { rejectionId: id, state: 'asked', askedOn: '2026-11-19' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { askedOn: expect.any(String) } },
    });
    expect(
      await refused('feedback:update', { rejectionId: id, state: 'answered', askedOn: '2026-11-21', answeredOn: '2026-11-27' }),
    ).toMatchObject({ ok: false, error: { fields: { answeredOn: expect.any(String) } } });
    expect(count('SELECT count(*) FROM feedback_requests')).toBe(0);
  });

  it('shows "not asked" before anything is saved, and asking alone records one win, named after the company', async () => {
    await start();
    const { id } = await logRejection();
    expect((await ok<RejectionDetail>('rejections:get', { rejectionId: id })).feedback).toEqual({
      state: 'not_asked',
      tone: '',
      askedOn: null,
      answeredOn: null,
      feedback: '',
    });
    expect(await ok('feedback:update', { rejectionId: id, state: 'asked', askedOn: '2026-11-21' })).toMatchObject({
      state: 'asked',
      askedOn: '2026-11-21',
      answeredOn: null,
    });
    expect(core.db.prepare('SELECT kind, title, day FROM wins').all()).toEqual([
      { kind: 'feedback_asked', title: 'Asked Acme for feedback', day: '2026-11-21' },
    ]);
    await ok('feedback:update', { rejectionId: id, state: 'answered', askedOn: '2026-11-21', answeredOn: '2026-11-24' });
    expect(core.db.prepare("SELECT title FROM wins WHERE kind = 'feedback_received'").pluck().all()).toEqual(['Got feedback from Acme']);
  });

  it('forgets the asking day when set back to not asked, records no win, and stops offering the feedback win', async () => {
    await start();
    const { id } = await logRejection();
    expect(await ok('feedback:update', { rejectionId: id, state: 'not_asked', askedOn: '2026-11-21' })).toMatchObject({
      state: 'not_asked',
      askedOn: null,
    });
    expect(count('SELECT count(*) FROM wins')).toBe(0);
    expect((await ok<RejectionDetail>('rejections:get', { rejectionId: id })).offeredWins).toEqual(['applied', 'reflectionDone']);
  });
});

describe('the steps refuse what is missing', () => {
  it('step 1 needs the heaviness and the recovery window', async () => {
    await start();
    const { id } = await logRejection();
    await ok('reflection:saveStep', { rejectionId: id, answers: { step: 1, recoveryHours: 24 } });
    expect(await refused('reflection:move', { rejectionId: id, from: 1, to: 2 })).toMatchObject({
      ok: false,
      error: { fields: { intensity: expect.any(String) } },
    });
    await ok('reflection:saveStep', { rejectionId: id, answers: { step: 1, intensity: 5, recoveryHours: null } });
    expect(await refused('reflection:move', { rejectionId: id, from: 1, to: 2 })).toMatchObject({
      ok: false,
      error: { fields: { recoveryHours: expect.any(String) } },
    });
  });

  it('reads a saved row whose text names another step as not saved, so step 4 asks for its strength again', async () => {
    await start();
    const { id } = await logRejection();
    await ok('reflection:saveStep', { rejectionId: id, answers: { step: 4, strengths: ['Calm under pressure'] } });
    // A damaged row: step 4's place holds step 2's answers.
    core.db
      .prepare('UPDATE reflection_answers SET answers = ? WHERE rejection_id = ? AND step = 4')
      .run(JSON.stringify({ step: 2, reasons: ['timing'] }), id);
    expect(await refused('reflection:move', { rejectionId: id, from: 4, to: 5 })).toMatchObject({
      ok: false,
      error: { fields: { strengths: expect.any(String) } },
    });
    expect(count('SELECT count(*) FROM strengths')).toBe(0);
  });

  it('step 2 takes each reason once, step 4 needs a strength (kept trimmed), step 6 the three main targets', async () => {
    await start();
    const { id } = await logRejection();
    expect(await refused('reflection:saveStep', { rejectionId: id, answers: { step: 2, reasons: ['timing', 'timing'] } })).toMatchObject({
      ok: false,
    });
    expect(await refused('reflection:move', { rejectionId: id, from: 4, to: 5 })).toMatchObject({ ok: false });
    expect(await refused('reflection:move', { rejectionId: id, from: 4, to: 5 })).toMatchObject({
      error: { fields: { strengths: expect.any(String) } },
    });
    await ok('reflection:saveStep', { rejectionId: id, answers: { step: 4, strengths: ['  Calm under pressure  '] } });
    await ok('reflection:move', { rejectionId: id, from: 4, to: 5 });
    expect(core.db.prepare('SELECT text FROM strengths').pluck().all()).toEqual(['Calm under pressure']);
    await ok('reflection:saveStep', {
      rejectionId: id,
      answers: { step: 6, targets: { search: 4, followUp: 2 }, note: '', weekStart: null },
    });
    expect(await refused('reflection:move', { rejectionId: id, from: 6, to: 7 })).toMatchObject({
      error: { fields: { 'targets.apply': expect.any(String) } },
    });
    await ok('reflection:saveStep', {
      rejectionId: id,
      answers: { step: 6, targets: { search: 4, apply: 3, followUp: 2 }, note: '', weekStart: null },
    });
    await ok('reflection:move', { rejectionId: id, from: 6, to: 7 });
    // No week picked: next week's targets.
    expect((await ok<RejectionDetail>('rejections:get', { rejectionId: id })).targets).toMatchObject({ weekStart: '2026-11-30', apply: 3 });
  });

  it('skipping the optional step 5 adds none of its tasks', async () => {
    await start();
    const { id } = await logRejection();
    await ok('reflection:saveStep', { rejectionId: id, answers: { step: 5, checklist: ['resume'], targetWeek: null } });
    await ok('reflection:move', { rejectionId: id, from: 5, to: 6, skip: true });
    expect(count('SELECT count(*) FROM tasks')).toBe(0);
  });

  it('refuses a week more than two years ahead in steps 5 and 6, beside the field', async () => {
    await start();
    const { id } = await logRejection();
    // Two years after 26 November 2026 is 26 November 2028; 4 December 2028 is a Monday after it.
    expect(
      await refused('reflection:saveStep', { rejectionId: id, answers: { step: 5, checklist: [], targetWeek: '2028-12-04' } }),
    ).toMatchObject({ ok: false, error: { fields: { 'answers.targetWeek': expect.any(String) } } });
    expect(
      await refused('reflection:saveStep', {
        rejectionId: id,
        answers: { step: 6, targets: { search: 1, apply: 1, followUp: 1 }, note: '', weekStart: '2028-12-04' },
      }),
    ).toMatchObject({ ok: false, error: { fields: { 'answers.weekStart': expect.any(String) } } });
    expect(
      await ok('reflection:saveStep', { rejectionId: id, answers: { step: 6, targets: {}, note: '', weekStart: '2028-11-20' } }),
    ).toBeTruthy();
  });

  it('keeps the mood after as soon as step 7 is saved', async () => {
    await start();
    const { id } = await logRejection();
    expect(await ok('reflection:saveStep', { rejectionId: id, answers: { step: 7, wins: [], moodAfter: 6 } })).toMatchObject({
      moodAfter: 6,
    });
  });
});

describe('the wins a reflection offers and records', () => {
  it('offers the interview win for an interview stage, and the applied one for a tracked application that has none yet', async () => {
    await start();
    const applicationId = addApplication('Globex');
    const { id } = await logRejection({ company: 'Globex', stage: 'interview', applicationId });
    expect((await ok<RejectionDetail>('rejections:get', { rejectionId: id })).offeredWins).toEqual([
      'applied',
      'interview',
      'reflectionDone',
    ]);
    await ok('reflection:saveStep', {
      rejectionId: id,
      answers: { step: 7, wins: ['applied', 'interview', 'reflectionDone'], moodAfter: 5 },
    });
    await ok('reflection:finish', { rejectionId: id });
    expect(core.db.prepare('SELECT title FROM wins ORDER BY id').pluck().all()).toEqual([
      'Put myself forward at Globex',
      'Made it to the interview at Globex',
      'Worked through the no from Globex',
    ]);
    expect(await ok('reflection:today')).toMatchObject({ recovery: null });
  });

  it('offers the interview win when the no came at the offer stage', async () => {
    await start();
    const { id } = await logRejection({ stage: 'offer' });
    expect((await ok<RejectionDetail>('rejections:get', { rejectionId: id })).offeredWins).toEqual([
      'applied',
      'interview',
      'reflectionDone',
    ]);
  });

  it('shows which of the tasks a reflection led to are done', async () => {
    await start();
    const { id } = await logRejection();
    await ok('feedback:addTask', { rejectionId: id, title: 'Practise the case study' });
    await ok('feedback:addTask', { rejectionId: id, title: 'Ask Sam for a call' });
    core.db.prepare("UPDATE tasks SET done_at = ? WHERE title = 'Ask Sam for a call'").run(clock.toISOString());
    const { tasks } = await ok<RejectionDetail>('rejections:get', { rejectionId: id });
    expect(tasks.map((task) => [task.title, task.done])).toEqual([
      ['Practise the case study', false],
      ['Ask Sam for a call', true],
    ]);
  });

  it('says on Today that a reflection in its recovery window is finished', async () => {
    await start();
    const { id } = await logRejection();
    await ok('reflection:saveStep', { rejectionId: id, answers: { step: 1, intensity: 5, recoveryHours: 24 } });
    await ok('reflection:saveStep', { rejectionId: id, answers: { step: 7, wins: [], moodAfter: 5 } });
    await ok('reflection:finish', { rejectionId: id });
    expect(await ok('reflection:today')).toMatchObject({ recovery: { rejectionId: id, finished: true } });
  });
});

describe('rejections, insights and the mention on Today', () => {
  it('refuses a rejection linked to an application that is gone, and says when a rejection is gone', async () => {
    await start();
    expect(await refused('rejections:create', { company: 'Acme', receivedOn: '2026-11-20', applicationId: 4242 })).toMatchObject({
      ok: false,
      error: { code: 'not_found', fields: { applicationId: expect.any(String) } },
    });
    expect(await refused('rejections:get', { rejectionId: 4242 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(count('SELECT count(*) FROM rejections')).toBe(0);
  });

  it('refuses a recruiter email with words before or after it', async () => {
    await start();
    for (const recruiterEmail of ['write to sam@acme.test', 'sam@acme.test thanks']) {
      expect(await refused('rejections:create', { company: 'Acme', receivedOn: '2026-11-20', recruiterEmail })).toMatchObject({
        ok: false,
        error: { fields: { recruiterEmail: expect.any(String) } },
      });
    }
  });

  it('fills the stage from a tracked application: applied, or interview once it was interviewing', async () => {
    await start();
    const applied = addApplication('Acme');
    expect(await ok('rejections:prefill', { applicationId: applied })).toMatchObject({ stage: 'applied' });
    const interviewed = addApplication('Globex', 'rejected');
    core.db
      .prepare(
        "INSERT INTO application_status_history (application_id, status, day, changed_at) VALUES (?, 'interviewing', '2026-11-05', ?)",
      )
      .run(interviewed, clock.toISOString());
    expect(await ok('rejections:prefill', { applicationId: interviewed })).toMatchObject({ stage: 'interview' });
  });

  it('keeps the insights up to date, with no bounce-back before any, the middle of two, and those still waiting', async () => {
    await start();
    const first = await logRejection({ receivedOn: '2026-11-10' });
    expect(await ok('rejections:insights')).toMatchObject({ total: 1, bounceBack: { samples: 0, medianDays: null, fastestDays: null } });
    await logRejection({ receivedOn: '2026-11-14' });
    // Next applications 3 days after the first rejection and 5 after the second: the middle of 3 and 5 is 4.
    addApplication('Next Co');
    core.db.prepare("UPDATE applications SET applied_on = '2026-11-13' WHERE company = 'Next Co'").run();
    addApplication('Later Co');
    core.db.prepare("UPDATE applications SET applied_on = '2026-11-19' WHERE company = 'Later Co'").run();
    await ok('feedback:update', { rejectionId: first.id, state: 'asked', askedOn: '2026-11-11' });
    expect(await ok('rejections:insights')).toMatchObject({
      total: 2,
      feedback: { asked: 1, answered: 0, noReply: 0, waiting: 1 },
      bounceBack: { samples: 2, medianDays: 4, fastestDays: 3 },
    });
  });

  it('remembers "Not now", and finds no application for a company name without a letter', async () => {
    await start();
    expect(await ok('reflection:dismissPending')).toEqual({ dismissed: true });
    addApplication('?!');
    expect(await ok('rejections:matchingApplications', { company: '?!' })).toEqual([]);
  });
});
