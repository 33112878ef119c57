import { describe, expect, it } from 'vitest';
import { appCaller, dataOf } from '../support/core';
import { coreForEachTest } from '../support/coreForEachTest';

/**
 * "I applied on another day" (applications:setAppliedOn), the edges the mutation run of
 * electron/core/applications/appliedOn.ts left open (session 6). Fixed clock: 2026-03-13, a Friday;
 * weeks start on Mondays (2026-02-23, 2026-03-02, 2026-03-09), TZ=UTC.
 */

const clock = new Date('2026-03-13T12:00:00Z');
const core = coreForEachTest(clock);

const call = <T>(channel: string, payload?: unknown) => dataOf<T>(core(), channel, payload);
const history = (id: number) =>
  core().db.prepare('SELECT status, day FROM application_status_history WHERE application_id = ? ORDER BY changed_at, id').all(id) as {
    status: string;
    day: string;
  }[];
const move = (id: number, day: string) => core().dispatch('applications:setAppliedOn', { id, day }, appCaller);
const refusedBound = (day: string) => ({
  ok: false,
  error: { code: 'invalid_input', fields: { day: `Pick a day on or before the status that came after applying (${day}).` } },
});

describe('the status that came after applying bounds the new day', () => {
  it('is the earliest of the later statuses, not the first one recorded', async () => {
    const { id } = await call<{ id: number }>('applications:create', { company: 'Acme', status: 'applied', day: '2026-03-02' });
    // Recorded in this order, but the offer is dated before the interview (typed in late).
    await call('applications:setStatus', { id, status: 'interviewing', day: '2026-03-09' });
    await call('applications:setStatus', { id, status: 'offer', day: '2026-03-06' });
    expect(await move(id, '2026-03-07')).toMatchObject(refusedBound('2026-03-06'));
    expect(history(id)).toEqual([
      { status: 'applied', day: '2026-03-02' },
      { status: 'interviewing', day: '2026-03-09' },
      { status: 'offer', day: '2026-03-06' },
    ]);
    expect((await move(id, '2026-03-06')).ok).toBe(true);
  });

  it('saved first, as most are: the interview after applying still bounds it', async () => {
    const { id } = await call<{ id: number }>('applications:create', { company: 'Acme', day: '2026-03-02' });
    await call('applications:setStatus', { id, status: 'applied', day: '2026-03-03' });
    await call('applications:setStatus', { id, status: 'interviewing', day: '2026-03-06' });
    expect(await move(id, '2026-03-09')).toMatchObject(refusedBound('2026-03-06'));
    expect(history(id).map((row) => row.day)).toEqual(['2026-03-02', '2026-03-03', '2026-03-06']);
  });

  it('a later return to applied is not a status after applying: it moves with the first', async () => {
    const { id } = await call<{ id: number }>('applications:create', { company: 'Acme', status: 'applied', day: '2026-03-02' });
    await call('applications:setStatus', { id, status: 'interviewing', day: '2026-03-09' });
    await call('applications:setStatus', { id, status: 'applied', day: '2026-03-03' });
    expect((await move(id, '2026-03-05')).ok).toBe(true);
    expect(history(id)).toEqual([
      { status: 'applied', day: '2026-03-05' },
      { status: 'interviewing', day: '2026-03-09' },
      { status: 'applied', day: '2026-03-05' },
    ]);
  });

  it('statuses before the first applied do not bound it (saved, withdrawn, then sent after all)', async () => {
    const { id } = await call<{ id: number }>('applications:create', { company: 'Acme', day: '2026-02-24' });
    await call('applications:setStatus', { id, status: 'withdrawn', day: '2026-02-25' });
    await call('applications:setStatus', { id, status: 'applied', day: '2026-03-02' });
    expect((await move(id, '2026-03-12')).ok).toBe(true);
    expect(history(id)).toEqual([
      { status: 'saved', day: '2026-02-24' },
      { status: 'withdrawn', day: '2026-02-25' },
      { status: 'applied', day: '2026-03-12' },
    ]);
  });

  it('with nothing after applying, any past day will do', async () => {
    const { id } = await call<{ id: number }>('applications:create', { company: 'Acme', status: 'applied', day: '2026-03-02' });
    expect((await move(id, '2026-03-13')).ok).toBe(true);
    expect((await move(id, '2026-01-05')).ok).toBe(true);
    expect(history(id)).toEqual([{ status: 'applied', day: '2026-01-05' }]);
  });
});

it('one not sent yet is refused with the reason beside the day, and nothing changes', async () => {
  const { id } = await call<{ id: number }>('applications:create', { company: 'Globex', day: '2026-03-05' });
  const message = 'This one has not been sent yet; mark it applied first, then pick the day.';
  expect(await move(id, '2026-03-02')).toEqual({ ok: false, error: { code: 'conflict', message, fields: { day: message } } });
  expect(history(id)).toEqual([{ status: 'saved', day: '2026-03-05' }]);
});

describe('the saved row moves back only when it would come after the new day', () => {
  it('a saved row dated after the new day takes the new day; the application row says so too', async () => {
    const { id } = await call<{ id: number }>('applications:create', { company: 'Acme', day: '2026-03-05' });
    await call('applications:setStatus', { id, status: 'applied', day: '2026-03-06' });
    const moved = await call<{ appliedOn: string }>('applications:setAppliedOn', { id, day: '2026-03-03' });
    expect(moved.appliedOn).toBe('2026-03-03');
    expect(history(id)).toEqual([
      { status: 'saved', day: '2026-03-03' },
      { status: 'applied', day: '2026-03-03' },
    ]);
  });

  it('a saved row on or before the new day keeps its own day', async () => {
    const { id } = await call<{ id: number }>('applications:create', { company: 'Acme', day: '2026-03-03' });
    await call('applications:setStatus', { id, status: 'applied', day: '2026-03-06' });
    await call('applications:setAppliedOn', { id, day: '2026-03-03' });
    expect(history(id)).toEqual([
      { status: 'saved', day: '2026-03-03' },
      { status: 'applied', day: '2026-03-03' },
    ]);
    await call('applications:setAppliedOn', { id, day: '2026-03-04' });
    expect(history(id)).toEqual([
      { status: 'saved', day: '2026-03-03' },
      { status: 'applied', day: '2026-03-04' },
    ]);
  });

  it("another application's rows stay where they are", async () => {
    const other = await call<{ id: number }>('applications:create', { company: 'Globex', day: '2026-03-10' });
    await call('applications:setStatus', { id: other.id, status: 'applied', day: '2026-03-11' });
    const { id } = await call<{ id: number }>('applications:create', { company: 'Acme', day: '2026-03-10' });
    await call('applications:setStatus', { id, status: 'applied', day: '2026-03-11' });
    await call('applications:setAppliedOn', { id, day: '2026-03-02' });
    expect(history(other.id)).toEqual([
      { status: 'saved', day: '2026-03-10' },
      { status: 'applied', day: '2026-03-11' },
    ]);
    expect(core().db.prepare("SELECT day FROM activities WHERE application_id = ? AND kind = 'apply'").pluck().all(other.id)).toEqual([
      '2026-03-11',
    ]);
    expect(core().db.prepare('SELECT applied_on FROM applications WHERE id = ?').pluck().get(other.id)).toBe('2026-03-11');
  });

  it('stamps the change on the application', async () => {
    const { id } = await call<{ id: number }>('applications:create', { company: 'Acme', status: 'applied', day: '2026-03-09' });
    core().db.prepare("UPDATE applications SET updated_at = '2026-03-01T00:00:00.000Z' WHERE id = ?").run(id);
    await call('applications:setAppliedOn', { id, day: '2026-03-04' });
    expect(core().db.prepare('SELECT updated_at FROM applications WHERE id = ?').pluck().get(id)).toBe(clock.toISOString());
  });
});

describe('the week it lands in may meet its targets', () => {
  const metWins = () =>
    core().db.prepare("SELECT source_key AS key, day FROM wins WHERE kind = 'week_met' ORDER BY day").all() as {
      key: string;
      day: string;
    }[];

  it('records the week met when the moved application was its last needed step', async () => {
    // The week of 2026-03-02 asks for one application only; it has none until this one moves in.
    await call('planner:setTargets', {
      weekStart: '2026-03-02',
      targets: { search: 0, apply: 1, followUp: 0, network: 0, learn: 0, volunteer: 0 },
    });
    expect(metWins()).toEqual([]);
    const { id } = await call<{ id: number }>('applications:create', { company: 'Acme', status: 'applied', day: '2026-03-10' });
    await call('applications:setAppliedOn', { id, day: '2026-03-04' });
    expect(metWins()).toEqual([{ key: 'week:2026-03-02:met', day: '2026-03-04' }]);
  });

  it('the week it left keeps the win it had earned', async () => {
    await call('planner:setTargets', {
      weekStart: '2026-03-09',
      targets: { search: 0, apply: 1, followUp: 0, network: 0, learn: 0, volunteer: 0 },
    });
    const { id } = await call<{ id: number }>('applications:create', { company: 'Acme', status: 'applied', day: '2026-03-10' });
    expect(metWins()).toEqual([{ key: 'week:2026-03-09:met', day: '2026-03-10' }]);
    await call('applications:setAppliedOn', { id, day: '2026-03-04' });
    expect(metWins()).toEqual([{ key: 'week:2026-03-09:met', day: '2026-03-10' }]);
  });
});
