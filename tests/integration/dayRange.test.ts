import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { content } from '../../content';
import { latestDayFrom } from '../../electron/core/time/dayRange';
import { daySchema } from '../../electron/core/time/schema';
import type { TestCore } from '../support/core';
import { appCaller, startTestCore, dataOf } from '../support/core';
import { tempDir } from '../support/tempDir';

/**
 * Every day a person types is refused before 1990 and more than two years
 * after core's today, beside its field. The clock is fixed at 2026-03-10
 * (a Tuesday; 2026-03-02 is a Monday), so the last day allowed is
 * 2028-03-10, and the Mondays either side of it, worked out on a calendar,
 * are 2028-03-06 (in range) and 2028-03-13 (too far).
 */

const clock = new Date('2026-03-10T12:00:00Z');
const tooEarly = content.views.errors.dayTooEarly;
const tooFar = 'Pick a day within the next 2 years; that one is further ahead than a job search plans.';

let core: TestCore;
let applicationId: number;
let rejectionId: number;
let followUpId: number;
let interviewId: number;

const call = <T>(channel: string, payload?: unknown) => dataOf<T>(core, channel, payload);

const originalTz = process.env.TZ;
afterEach(() => {
  core.close();
  process.env.TZ = originalTz;
});

beforeEach(async () => {
  process.env.TZ = 'UTC';
  core = await startTestCore(tempDir(), { now: () => clock });
  applicationId = (await call<{ id: number }>('applications:create', { company: 'Acme', day: '2026-03-09' })).id;
  rejectionId = (await call<{ id: number }>('rejections:create', { company: 'Acme', receivedOn: '2026-03-09' })).id;
  followUpId = (await call<{ id: number }>('applications:scheduleFollowUp', { applicationId, dueOn: '2026-03-12' })).id;
  interviewId = (
    await call<{ id: number }>('interviews:create', {
      applicationId,
      kind: 'screen',
      date: '2026-03-20',
      time: '10:00',
      timeZone: 'Europe/Berlin',
    })
  ).id;
});

describe('the day schema the forms share', () => {
  it.each([
    ['1970-01-01', tooEarly],
    ['1989-12-31', tooEarly],
    ['2026-02-30', content.views.errors.realDay],
  ])('refuses %s before core is reached', (day, message) => {
    const result = daySchema.safeParse(day);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([message]);
  });

  it('takes 1990-01-01', () => {
    expect(daySchema.safeParse('1990-01-01').success).toBe(true);
  });
});

describe('the last day that may be typed', () => {
  it.each([
    ['2026-03-10', '2028-03-10'],
    ['2024-02-29', '2026-02-28'],
    ['2027-12-31', '2029-12-31'],
  ])('from %s is %s', (today, latest) => {
    expect(latestDayFrom(today)).toBe(latest);
  });
});

// [channel, payload with the bad day, the field it is refused beside]
const early = (): [string, unknown, string][] => [
  ['applications:create', { company: 'Old Co', day: '1970-01-01' }, 'day'],
  ['applications:setStatus', { id: applicationId, status: 'applied', day: '1989-12-31' }, 'day'],
  ['applications:scheduleFollowUp', { applicationId, dueOn: '1970-01-01' }, 'dueOn'],
  ['applications:sendFollowUp', { id: 1, day: '1970-01-01' }, 'day'],
  ['planner:logActivity', { kind: 'network', day: '1970-01-01' }, 'day'],
  ['planner:week', { weekStart: '1969-12-29' }, 'weekStart'],
  ['planner:setTargets', { weekStart: '1969-12-29', targets: { apply: 3 } }, 'weekStart'],
  ['planner:addTask', { weekStart: '1969-12-29', title: 'Polish resume' }, 'weekStart'],
  ['wins:log', { kind: 'learning', title: 'Course', day: '1970-01-01' }, 'day'],
  ['wins:bragSheet', { from: '1980-01-01', to: '2026-03-01' }, 'from'],
  ['rejections:create', { company: 'Initech', receivedOn: '1901-06-01' }, 'receivedOn'],
  ['feedback:update', { rejectionId, state: 'asked', askedOn: '1970-01-01' }, 'askedOn'],
  ['feedback:addTask', { rejectionId, title: 'Ask again', weekStart: '1969-12-29' }, 'weekStart'],
  ['reflection:saveStep', { rejectionId, answers: { step: 5, checklist: [], targetWeek: '1969-12-29' } }, 'answers.targetWeek'],
  // The days the tracker's side panel and the reflection's last steps take (issue 15's audit).
  ['applications:create', { company: 'Old Co', deadlineOn: '1970-01-01' }, 'deadlineOn'],
  ['applications:update', { id: applicationId, fields: { deadlineOn: '1970-01-01' } }, 'fields.deadlineOn'],
  ['applications:setAppliedOn', { id: applicationId, day: '1970-01-01' }, 'day'],
  ['applications:moveFollowUp', { id: followUpId, dueOn: '1970-01-01' }, 'dueOn'],
  ['interviews:create', { applicationId, kind: 'screen', date: '1970-01-01', time: '10:00', timeZone: 'Europe/Berlin' }, 'date'],
  ['interviews:update', { id: interviewId, fields: { date: '1970-01-01' } }, 'fields.date'],
  ['planner:setDayPlan', { weekStart: '1969-12-29', dayPlan: {} }, 'weekStart'],
  ['feedback:update', { rejectionId, state: 'answered', askedOn: '2026-03-01', answeredOn: '1970-01-01' }, 'answeredOn'],
  ['reflection:saveStep', { rejectionId, answers: { step: 6, weekStart: '1969-12-29' } }, 'answers.weekStart'],
];

const far = (): [string, unknown, string][] => [
  ['applications:scheduleFollowUp', { applicationId, dueOn: '2028-03-11' }, 'dueOn'],
  ['planner:week', { weekStart: '2028-03-13' }, 'weekStart'],
  ['planner:setTargets', { weekStart: '2028-03-13', targets: { apply: 3 } }, 'weekStart'],
  ['planner:setPaused', { weekStart: '2028-03-13', paused: true }, 'weekStart'],
  ['planner:addTask', { weekStart: '2028-03-13', title: 'Polish resume' }, 'weekStart'],
  ['wins:bragSheet', { from: '2026-01-01', to: '2028-03-11' }, 'to'],
  ['feedback:addTask', { rejectionId, title: 'Ask again', weekStart: '2028-03-13' }, 'weekStart'],
  ['reflection:saveStep', { rejectionId, answers: { step: 5, checklist: [], targetWeek: '2028-03-13' } }, 'answers.targetWeek'],
  ['applications:create', { company: 'Far Co', deadlineOn: '2028-03-11' }, 'deadlineOn'],
  ['applications:update', { id: applicationId, fields: { deadlineOn: '2028-03-11' } }, 'deadlineOn'],
  ['applications:moveFollowUp', { id: followUpId, dueOn: '2028-03-11' }, 'dueOn'],
  ['interviews:create', { applicationId, kind: 'screen', date: '2028-03-11', time: '10:00', timeZone: 'Europe/Berlin' }, 'date'],
  ['interviews:update', { id: interviewId, fields: { date: '2028-03-11' } }, 'date'],
  ['planner:setDayPlan', { weekStart: '2028-03-13', dayPlan: {} }, 'weekStart'],
  ['reflection:saveStep', { rejectionId, answers: { step: 6, weekStart: '2028-03-13' } }, 'answers.weekStart'],
];

describe('a day before 1990 is refused beside its field, and nothing is saved', () => {
  it('covers every channel that takes a day', async () => {
    for (const [channel, payload, field] of early()) {
      const before = core.db.prepare('SELECT total_changes() AS n').get() as { n: number };
      const result = await core.dispatch(channel, payload, appCaller);
      expect(result.ok, channel).toBe(false);
      if (result.ok) continue;
      expect(result.error.code, channel).toBe('invalid_input');
      expect(result.error.fields?.[field], channel).toBe(tooEarly);
      expect((core.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n, channel).toBe(before.n);
    }
  });

  it('refuses an activity dated 1 January 1970 rather than logging it', async () => {
    const result = await core.dispatch('planner:logActivity', { kind: 'search', day: '1970-01-01' }, appCaller);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(core.db.prepare("SELECT count(*) AS n FROM activities WHERE day < '1990-01-01'").get()).toEqual({ n: 0 });
  });
});

describe('a day more than two years ahead is refused beside its field', () => {
  it('covers every channel that takes a day ahead', async () => {
    for (const [channel, payload, field] of far()) {
      const result = await core.dispatch(channel, payload, appCaller);
      expect(result.ok, channel).toBe(false);
      if (result.ok) continue;
      expect(result.error.code, `${channel} ${result.error.message}`).toBe('invalid_input');
      expect(result.error.fields?.[field], channel).toBe(tooFar);
    }
  });

  it('takes the days at both edges', async () => {
    expect((await core.dispatch('planner:logActivity', { kind: 'search', day: '1990-01-01' }, appCaller)).ok).toBe(true);
    expect((await core.dispatch('applications:scheduleFollowUp', { applicationId, dueOn: '2028-03-10' }, appCaller)).ok).toBe(true);
    expect((await core.dispatch('planner:setTargets', { weekStart: '2028-03-06', targets: { apply: 3 } }, appCaller)).ok).toBe(true);
    expect((await core.dispatch('wins:bragSheet', { from: '1990-01-01', to: '2028-03-10' }, appCaller)).ok).toBe(true);
  });
});
