import { afterEach, describe, expect, it } from 'vitest';
import type { Channel, InputOf } from '../../electron/core/ipc/contract';
import type { Result } from '../../electron/core/ipc/result';
import type { RejectionDetail } from '../../electron/core/reflection/schema';
import type { TestCore } from '../support/core';
import { appCaller, startTestCore, dataOf } from '../support/core';
import { tempDir } from '../support/tempDir';

let core: TestCore | null = null;
afterEach(() => core?.close());

// Thursday 26 November 2026, 10:00 UTC; next week (Monday start) begins 30 November.
let clock = new Date('2026-11-26T10:00:00.000Z');

async function start() {
  clock = new Date('2026-11-26T10:00:00.000Z');
  core = await startTestCore(tempDir(), { now: () => clock });
  return core;
}

async function call<C extends Channel>(channel: C, input?: InputOf<C>): Promise<Result<unknown>> {
  return (core as TestCore).dispatch(channel, input, appCaller);
}

const ok = <T>(channel: Channel, input?: unknown) => dataOf<T>(core as TestCore, channel, input);

const count = (sql: string, ...args: unknown[]) =>
  (core as TestCore).db
    .prepare(sql)
    .pluck()
    .get(...args) as number;

async function logRejection(overrides: Record<string, unknown> = {}) {
  return ok<{ id: number }>('rejections:create', {
    company: 'Acme',
    role: 'Designer',
    stage: 'interview',
    receivedOn: '2026-11-25',
    recruiterName: 'Sam',
    recruiterEmail: 'sam@acme.test',
    channel: 'email',
    ...overrides,
  });
}

describe('the effort wins step 7 offers', () => {
  it('offers what happened when the rejection stands alone', async () => {
    await start();
    const plain = await logRejection({ stage: 'applied' });
    expect((await ok<{ offeredWins: string[] }>('rejections:get', { rejectionId: plain.id })).offeredWins).toEqual([
      'applied',
      'reflectionDone',
    ]);
    const far = await logRejection({ stage: 'final' });
    await ok('feedback:update', { rejectionId: far.id, state: 'asked', askedOn: '2026-11-25' });
    expect((await ok<{ offeredWins: string[] }>('rejections:get', { rejectionId: far.id })).offeredWins).toEqual([
      'applied',
      'interview',
      'feedbackAsked',
      'reflectionDone',
    ]);
  });

  it('never counts one tracked application twice: applying and interviewing were already recorded when it was marked', async () => {
    await start();
    const app = await ok<{ id: number }>('applications:create', {
      company: 'Acme',
      role: 'Designer',
      status: 'applied',
      day: '2026-11-10',
    });
    await ok('applications:setStatus', { id: app.id, status: 'interviewing', day: '2026-11-17' });
    const { id } = await logRejection({ stage: 'interview', applicationId: app.id });
    const detail = await ok<{ offeredWins: string[] }>('rejections:get', { rejectionId: id });
    expect(detail.offeredWins).toEqual(['reflectionDone']);
    // Even a page that still sends the old ticks records nothing twice.
    await ok('reflection:start', { rejectionId: id });
    (core as TestCore).db.prepare('UPDATE reflections SET current_step = 7 WHERE rejection_id = ?').run(id);
    await ok('reflection:saveStep', {
      rejectionId: id,
      answers: { step: 7, wins: ['applied', 'interview', 'reflectionDone'], moodAfter: 3 },
    });
    await ok('reflection:finish', { rejectionId: id });
    expect(count("SELECT count(*) FROM wins WHERE kind = 'applied' AND application_id = ?", app.id)).toBe(1);
    expect(count("SELECT count(*) FROM wins WHERE kind = 'interview' AND application_id = ?", app.id)).toBe(1);
    expect(count("SELECT count(*) FROM wins WHERE kind = 'reflection_done'")).toBe(1);
  });
});

describe('logging a rejection', () => {
  it('says on Today whether any rejection was ever logged, so a first run can lead with logging one', async () => {
    await start();
    expect(await ok('reflection:today')).toEqual({ recovery: null, strength: null, hasRejections: false });
    await logRejection();
    expect(await ok<{ hasRejections: boolean }>('reflection:today')).toMatchObject({ hasRejections: true });
  });

  it('keeps it and lists it with its reflection not started', async () => {
    await start();
    const { id } = await logRejection();
    const list = await ok<{ items: unknown[]; total: number }>('rejections:list');
    expect(list).toEqual({
      items: [expect.objectContaining({ id, company: 'Acme', reflection: { state: 'not_started' } })],
      offset: 0,
      total: 1,
    });
  });

  it('lists them a page at a time, newest first, with the whole count', async () => {
    await start();
    const days = ['2026-11-01', '2026-11-20', '2026-11-05', '2026-11-20', '2026-11-12'];
    const ids = [];
    for (const receivedOn of days) ids.push((await logRejection({ receivedOn })).id);
    const first = await ok<{ items: { id: number }[]; offset: number; total: number }>('rejections:list', { limit: 2 });
    const second = await ok<{ items: { id: number }[]; offset: number; total: number }>('rejections:list', { offset: 2, limit: 2 });
    const last = await ok<{ items: { id: number }[]; offset: number; total: number }>('rejections:list', { offset: 4, limit: 2 });
    // Newest first; of two on the same day, the later logged first.
    expect([...first.items, ...second.items, ...last.items].map((item) => item.id)).toEqual([ids[3], ids[1], ids[4], ids[2], ids[0]]);
    expect([first.total, second.total, last.total]).toEqual([5, 5, 5]);
    expect(second.offset).toBe(2);
    expect(await call('rejections:list', { limit: 201 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { limit: 'Ask for at most 200 rejections at a time.' } },
    });
  });

  it.each([
    ['an empty company', { company: '   ' }, 'company'],
    ['a date in the future', { receivedOn: '2026-11-27' }, 'receivedOn'],
    ['an unknown stage', { stage: 'hired' }, 'stage'],
    ['an unknown channel', { channel: 'pigeon' }, 'channel'],
    ['a 1 MB note', { note: 'x'.repeat(1024 * 1024) }, 'note'],
    ['a bad email', { recruiterEmail: 'sam at acme' }, 'recruiterEmail'],
    ['an unknown field', { __proto__: 1, extra: true }, '_'],
  ])('refuses %s with a message for that field and saves nothing', async (_name, overrides, field) => {
    await start();
    const result = await call('rejections:create', {
      company: 'Acme',
      receivedOn: '2026-11-25',
      ...overrides,
    } as InputOf<'rejections:create'>);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      if (field !== '_') expect(Object.keys(result.error.fields ?? {})).toContain(field);
    }
    expect(count('SELECT count(*) FROM rejections')).toBe(0);
  });

  it('fills the form from a tracked application', async () => {
    const core = await start();
    const at = clock.toISOString();
    const { lastInsertRowid } = core.db
      .prepare(
        `INSERT INTO applications (company, role, recruiter_name, recruiter_email, status, applied_on, status_changed_at, created_at, updated_at)
         VALUES ('Globex', 'Engineer', 'Ana', 'ana@globex.test', 'interviewing', '2026-11-01', ?, ?, ?)`,
      )
      .run(at, at, at);
    const prefill = await ok('rejections:prefill', { applicationId: Number(lastInsertRowid) });
    expect(prefill).toEqual({
      applicationId: Number(lastInsertRowid),
      company: 'Globex',
      role: 'Engineer',
      recruiterName: 'Ana',
      recruiterEmail: 'ana@globex.test',
      stage: 'interview',
    });
    expect(await call('rejections:prefill', { applicationId: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('the seven steps', () => {
  it('saves each step as typed, acts on it going forward, and finishes with wins, tasks and targets', async () => {
    const core = await start();
    const { id } = await logRejection();
    await ok('reflection:start', { rejectionId: id });
    expect((await ok<RejectionDetail>('rejections:get', { rejectionId: id })).status).toEqual({ state: 'in_progress', step: 1 });

    await ok('reflection:saveStep', {
      rejectionId: id,
      answers: { step: 1, feelings: ['disappointed', 'my own word'], intensity: 8, freeWriting: 'Ugh.', recoveryHours: 48 },
    });
    const afterOne = await ok<{ moodBefore: number; recoveryUntil: string }>('reflection:move', { rejectionId: id, from: 1, to: 2 });
    expect(afterOne.moodBefore).toBe(8);
    expect(afterOne.recoveryUntil).toBe('2026-11-28T10:00:00.000Z');
    expect(await ok('reflection:today')).toEqual({
      recovery: { rejectionId: id, company: 'Acme', until: '2026-11-28T10:00:00.000Z', finished: false },
      strength: null,
      hasRejections: true,
    });

    expect(await call('reflection:move', { rejectionId: id, from: 2, to: 3 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { reasons: expect.any(String) } },
    });
    await ok('reflection:saveStep', { rejectionId: id, answers: { step: 2, reasons: ['interview', 'timing'], betterFit: 'Smaller team' } });
    await ok('reflection:move', { rejectionId: id, from: 2, to: 3 });

    await ok('feedback:update', { rejectionId: id, state: 'asked', askedOn: '2026-11-26', tone: 'warm' });
    await ok('feedback:update', {
      rejectionId: id,
      state: 'answered',
      askedOn: '2026-11-26',
      answeredOn: '2026-11-26',
      feedback: 'Show more research.',
    });
    await ok('feedback:addTask', { rejectionId: id, title: 'Add a research case study' });
    await ok('reflection:move', { rejectionId: id, from: 3, to: 4 });

    await ok('reflection:saveStep', {
      rejectionId: id,
      answers: {
        step: 4,
        outside: ['Internal candidate'],
        inside: ['Interview prep'],
        strengths: ['Calm under pressure', 'Clear writing'],
      },
    });
    await ok('reflection:move', { rejectionId: id, from: 4, to: 5 });
    await ok('reflection:saveStep', { rejectionId: id, answers: { step: 5, checklist: ['resume', 'practice'], targetWeek: null } });
    await ok('reflection:move', { rejectionId: id, from: 5, to: 6 });
    // Back and forward again adds nothing twice.
    await ok('reflection:move', { rejectionId: id, from: 6, to: 5 });
    await ok('reflection:move', { rejectionId: id, from: 5, to: 6 });

    await ok('reflection:saveStep', {
      rejectionId: id,
      answers: { step: 6, targets: { search: 4, apply: 3, followUp: 2, learn: 1 }, note: '', weekStart: '2026-11-30' },
    });
    await ok('reflection:move', { rejectionId: id, from: 6, to: 7 });

    expect(await call('reflection:finish', { rejectionId: id })).toMatchObject({
      ok: false,
      error: { fields: { moodAfter: expect.any(String) } },
    });
    await ok('reflection:saveStep', {
      rejectionId: id,
      answers: { step: 7, wins: ['applied', 'interview', 'feedbackAsked', 'reflectionDone'], moodAfter: 4 },
    });
    const finished = await ok<{ finishedAt: string; moodBefore: number; moodAfter: number }>('reflection:finish', { rejectionId: id });
    expect(finished).toMatchObject({ finishedAt: clock.toISOString(), moodBefore: 8, moodAfter: 4 });
    await ok('reflection:finish', { rejectionId: id });

    const detail = await ok<RejectionDetail>('rejections:get', { rejectionId: id });
    expect(detail.status.state).toBe('done');
    expect(detail.tasks.map((task) => [task.title, task.weekStart, task.source])).toEqual([
      ['Add a research case study', '2026-11-30', 'feedback'],
      ['Rework my resume summary and top three bullet points', '2026-11-30', 'upgrade'],
      ['Book a 30-minute mock interview with a friend', '2026-11-30', 'upgrade'],
    ]);
    expect(detail.targets).toMatchObject({ weekStart: '2026-11-30', search: 4, apply: 3, followUp: 2, learn: 1, network: 1 });
    const keys = core.db.prepare('SELECT source_key FROM wins ORDER BY source_key').pluck().all();
    expect(keys).toEqual([
      `rejection:${id}:applied-effort`,
      `rejection:${id}:feedback_asked`,
      `rejection:${id}:feedback_received`,
      `rejection:${id}:interview-effort`,
      `rejection:${id}:reflection_done`,
    ]);
    expect(detail.wins).toHaveLength(5);
    expect(detail.feedback).toMatchObject({ state: 'answered', answeredOn: '2026-11-26', feedback: 'Show more research.' });
    expect(core.db.prepare('SELECT text FROM strengths ORDER BY id').pluck().all()).toEqual(['Calm under pressure', 'Clear writing']);

    // The next reflection shows those strengths again; Today shows one.
    const second = await logRejection({ company: 'Initech', stage: 'applied' });
    const again = await ok<RejectionDetail>('rejections:get', { rejectionId: second.id });
    expect(again.earlierStrengths.sort()).toEqual(['Calm under pressure', 'Clear writing']);
    expect(['Calm under pressure', 'Clear writing']).toContain((await ok<{ strength: string }>('reflection:today')).strength);
  });

  it('runs the recovery window from when it is chosen, and keeps its end while other answers change', async () => {
    await start();
    const { id } = await logRejection();
    await ok('reflection:start', { rejectionId: id });
    clock = new Date('2026-11-27T09:00:00.000Z');
    const chosen = await ok<{ recoveryUntil: string }>('reflection:saveStep', { rejectionId: id, answers: { step: 1, recoveryHours: 24 } });
    expect(chosen.recoveryUntil).toBe('2026-11-28T09:00:00.000Z');
    clock = new Date('2026-11-27T09:05:00.000Z');
    const typed = await ok<{ recoveryUntil: string }>('reflection:saveStep', {
      rejectionId: id,
      answers: { step: 1, recoveryHours: 24, freeWriting: 'more words' },
    });
    expect(typed.recoveryUntil).toBe('2026-11-28T09:00:00.000Z');
    const changed = await ok<{ recoveryUntil: string }>('reflection:saveStep', {
      rejectionId: id,
      answers: { step: 1, recoveryHours: 48 },
    });
    expect(changed.recoveryUntil).toBe('2026-11-29T09:05:00.000Z');
    clock = new Date('2026-11-30T00:00:00.000Z');
    expect(await ok('reflection:today')).toEqual({ recovery: null, strength: null, hasRejections: true });
  });

  it('starts the recovery window when it is picked: not when the reflection began, nor at the first save without one', async () => {
    await start();
    const { id } = await logRejection();
    await ok('reflection:start', { rejectionId: id });
    clock = new Date('2026-11-26T12:00:00.000Z');
    const none = await ok<{ recoveryUntil: string | null }>('reflection:saveStep', { rejectionId: id, answers: { step: 1, intensity: 6 } });
    expect(none.recoveryUntil).toBeNull();
    clock = new Date('2026-11-26T15:30:00.000Z');
    const picked = await ok<{ recoveryUntil: string }>('reflection:saveStep', {
      rejectionId: id,
      answers: { step: 1, intensity: 6, recoveryHours: 24 },
    });
    expect(picked.recoveryUntil).toBe('2026-11-27T15:30:00.000Z');
    // Cleared, then picked again later: a new window from the new pick.
    clock = new Date('2026-11-26T18:00:00.000Z');
    await ok('reflection:saveStep', { rejectionId: id, answers: { step: 1, intensity: 6, recoveryHours: null } });
    clock = new Date('2026-11-26T20:00:00.000Z');
    const again = await ok<{ recoveryUntil: string }>('reflection:saveStep', {
      rejectionId: id,
      answers: { step: 1, intensity: 6, recoveryHours: 24 },
    });
    expect(again.recoveryUntil).toBe('2026-11-27T20:00:00.000Z');
    // Leaving step 1 and coming back later keeps the window's end.
    clock = new Date('2026-11-27T08:00:00.000Z');
    await ok('reflection:move', { rejectionId: id, from: 1, to: 2 });
    await ok('reflection:move', { rejectionId: id, from: 2, to: 1 });
    const kept = await ok<{ recoveryUntil: string }>('reflection:saveStep', {
      rejectionId: id,
      answers: { step: 1, intensity: 5, recoveryHours: 24, freeWriting: 'a calmer morning' },
    });
    expect(kept.recoveryUntil).toBe('2026-11-27T20:00:00.000Z');
  });

  it('shows a recovery window on Today until the very moment it ends, and the one that ends last when there are two', async () => {
    await start();
    const first = await logRejection();
    const second = await logRejection({ company: 'Initech' });
    await ok('reflection:saveStep', { rejectionId: first.id, answers: { step: 1, recoveryHours: 48 } });
    await ok('reflection:saveStep', { rejectionId: second.id, answers: { step: 1, recoveryHours: 24 } });
    expect(await ok('reflection:today')).toMatchObject({
      recovery: { rejectionId: first.id, company: 'Acme', until: '2026-11-28T10:00:00.000Z' },
    });
    clock = new Date('2026-11-28T09:59:59.999Z');
    expect(await ok('reflection:today')).toMatchObject({ recovery: { rejectionId: first.id, until: '2026-11-28T10:00:00.000Z' } });
    clock = new Date('2026-11-28T10:00:00.000Z');
    expect(await ok('reflection:today')).toMatchObject({ recovery: null });
  });

  it("puts step 5's tasks in the week picked there, not next week", async () => {
    await start();
    const { id } = await logRejection();
    await ok('reflection:saveStep', { rejectionId: id, answers: { step: 1, intensity: 5, recoveryHours: 24 } });
    await ok('reflection:move', { rejectionId: id, from: 1, to: 2 });
    await ok('reflection:saveStep', { rejectionId: id, answers: { step: 2, reasons: ['timing'] } });
    await ok('reflection:move', { rejectionId: id, from: 2, to: 3 });
    await ok('reflection:move', { rejectionId: id, from: 3, to: 4, skip: true });
    await ok('reflection:saveStep', { rejectionId: id, answers: { step: 4, strengths: ['Calm'] } });
    await ok('reflection:move', { rejectionId: id, from: 4, to: 5 });
    // Next week begins Monday 30 November; the person picks the week after it.
    await ok('reflection:saveStep', { rejectionId: id, answers: { step: 5, checklist: ['resume'], targetWeek: '2026-12-07' } });
    await ok('reflection:move', { rejectionId: id, from: 5, to: 6 });
    const detail = await ok<RejectionDetail>('rejections:get', { rejectionId: id });
    expect(detail.tasks.map((task) => [task.weekStart, task.source])).toEqual([['2026-12-07', 'upgrade']]);
    const week = await ok<{ tasks: { title: string }[] }>('planner:week', { weekStart: '2026-12-07' });
    expect(week.tasks.map((task) => task.title)).toEqual(['Rework my resume summary and top three bullet points']);
    expect((await ok<{ tasks: unknown[] }>('planner:week', { weekStart: '2026-11-30' })).tasks).toEqual([]);
  });

  it('refuses to skip a step that is not optional, and to jump ahead', async () => {
    await start();
    const { id } = await logRejection();
    expect(await call('reflection:move', { rejectionId: id, from: 1, to: 2, skip: true })).toMatchObject({ ok: false });
    expect(await call('reflection:move', { rejectionId: id, from: 1, to: 4 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await ok('reflection:saveStep', { rejectionId: id, answers: { step: 1, intensity: 5, recoveryHours: 24 } });
    await ok('reflection:move', { rejectionId: id, from: 1, to: 2 });
    await ok('reflection:saveStep', { rejectionId: id, answers: { step: 2, reasons: ['unknown'] } });
    await ok('reflection:move', { rejectionId: id, from: 2, to: 3 });
    await ok('reflection:move', { rejectionId: id, from: 3, to: 4, skip: true });
    expect(count('SELECT count(*) FROM feedback_requests')).toBe(0);
  });

  it.each([
    ['an intensity of 11', { step: 1, intensity: 11 }, 'answers.intensity'],
    ['an intensity of 0', { step: 1, intensity: 0 }, 'answers.intensity'],
    ['NaN', { step: 1, intensity: Number.NaN }, 'answers.intensity'],
    ['a 1 MB paste', { step: 1, freeWriting: 'x'.repeat(1024 * 1024) }, 'answers.freeWriting'],
    ['an unknown reason', { step: 2, reasons: ['astrology'] }, 'answers.reasons.0'],
    ['an unknown step', { step: 8 }, 'answers.step'],
    ['a recovery window over a week', { step: 1, recoveryHours: 169 }, 'answers.recoveryHours'],
    ['a negative target', { step: 6, targets: { apply: -1 } }, 'answers.targets.apply'],
  ])('refuses %s beside the field and keeps what was saved', async (_name, answers, field) => {
    await start();
    const { id } = await logRejection();
    await ok('reflection:saveStep', { rejectionId: id, answers: { step: 1, intensity: 6, freeWriting: 'kept' } });
    const result = await call('reflection:saveStep', { rejectionId: id, answers } as InputOf<'reflection:saveStep'>);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.error.fields ?? {})).toContain(field);
    const detail = await ok<RejectionDetail>('rejections:get', { rejectionId: id });
    expect(detail.answers['1']).toMatchObject({ intensity: 6, freeWriting: 'kept' });
  });

  it('refuses feedback dates that cannot be', async () => {
    await start();
    const { id } = await logRejection();
    expect(await call('feedback:update', { rejectionId: id, state: 'asked', askedOn: '2026-12-01' })).toMatchObject({
      ok: false,
      error: { fields: { askedOn: expect.any(String) } },
    });
    expect(
      await call('feedback:update', { rejectionId: id, state: 'answered', askedOn: '2026-11-26', answeredOn: '2026-11-25' }),
    ).toMatchObject({ ok: false, error: { fields: { answeredOn: expect.any(String) } } });
    expect(count('SELECT count(*) FROM feedback_requests')).toBe(0);
    expect(count('SELECT count(*) FROM wins')).toBe(0);
  });
});

describe('insights', () => {
  it('counts reasons and stages, the feedback answer rate and the bounce-back', async () => {
    const core = await start();
    const at = clock.toISOString();
    const insertApp = core.db.prepare(
      `INSERT INTO applications (company, status, applied_on, status_changed_at, created_at, updated_at) VALUES (?, 'applied', ?, ?, ?, ?)`,
    );
    const old = Number(insertApp.run('Acme', '2026-11-01', at, at, at).lastInsertRowid);
    insertApp.run('Next Co', '2026-11-13', at, at, at);
    const first = await logRejection({ receivedOn: '2026-11-10', applicationId: old });
    const second = await logRejection({ receivedOn: '2026-11-20', stage: 'final' });
    await ok('reflection:saveStep', { rejectionId: first.id, answers: { step: 2, reasons: ['interview', 'timing'] } });
    await ok('reflection:saveStep', { rejectionId: second.id, answers: { step: 2, reasons: ['interview'] } });
    await ok('feedback:update', { rejectionId: first.id, state: 'answered', askedOn: '2026-11-11', answeredOn: '2026-11-12' });
    await ok('feedback:update', { rejectionId: second.id, state: 'no_reply', askedOn: '2026-11-21' });
    expect(await ok('rejections:insights')).toEqual({
      total: 2,
      byReason: [
        { id: 'interview', count: 2 },
        { id: 'timing', count: 1 },
      ],
      byStage: [
        { id: 'interview', count: 1 },
        { id: 'final', count: 1 },
      ],
      feedback: { asked: 2, answered: 1, noReply: 1, waiting: 0 },
      bounceBack: { samples: 1, medianDays: 3, fastestDays: 3 },
    });
  });
});

describe('hostile input on every reflection channel', () => {
  const channels = [
    'rejections:create',
    'rejections:get',
    'rejections:prefill',
    'reflection:start',
    'reflection:saveStep',
    'reflection:move',
    'reflection:finish',
    'feedback:update',
    'feedback:addTask',
  ] as const;
  const huge = 'x'.repeat(10 * 1024 * 1024);
  let deep: unknown = { step: 1 };
  for (let level = 0; level < 2000; level += 1) deep = { answers: deep };
  const payloads = [
    JSON.parse('{"__proto__": {"polluted": true}, "rejectionId": 1}'),
    { rejectionId: Number.NaN },
    { rejectionId: 1, answers: { step: 1, freeWriting: huge } },
    { company: huge, receivedOn: '2026-11-20' },
    { rejectionId: 1, title: huge },
    { rejectionId: 1, answers: { step: 2, reasons: ['interview'], extra: { nested: true } } },
    deep,
    [1, 2, 3],
    'rejectionId=1',
    null,
  ];

  it.each(channels)('%s refuses each with a clear message and changes nothing', async (channel) => {
    await start();
    const { id } = await logRejection();
    const before = count('SELECT total_changes()');
    for (const payload of payloads) {
      const result = await (core as TestCore).dispatch(channel, payload, appCaller);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(['invalid_input', 'not_found']).toContain(result.error.code);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(count('SELECT count(*) FROM rejections')).toBe(1);
    expect(count('SELECT count(*) FROM reflection_answers WHERE rejection_id = ?', id)).toBe(0);
    expect(count('SELECT total_changes()')).toBe(before);
  });
});
