import { afterEach, describe, expect, it } from 'vitest';
import { startPlannerCore } from '../support/plannerCore';

/**
 * A status click and the duplicate check (electron/core/applications/status.ts), the edges the
 * session-7 mutation run left open. Fixed clock: 2026-03-11 10:00 local, a Wednesday.
 */

let close: (() => void) | null = null;
afterEach(() => close?.());

async function tracker(start = '2026-03-11T10:00:00') {
  const p = await startPlannerCore(start);
  close = () => p.core.close();
  const count = (sql: string, ...params: unknown[]) =>
    p.core.db
      .prepare(sql)
      .pluck()
      .get(...params) as number;
  return { ...p, count };
}

describe('a status click', () => {
  it('on the status it already has changes nothing: no history row, no second win, no new follow-up', async () => {
    const p = await tracker('2026-03-09T09:00:00');
    const app = await p.call('applications:create', { company: 'Acme', status: 'applied' });
    p.setDay('2026-03-11T10:00:00');
    const again = await p.call('applications:setStatus', { id: app.id, status: 'applied' });
    expect(again.followUpId).toBeNull();
    expect(again.application.statusChangedAt).toBe(new Date('2026-03-09T09:00:00').toISOString());
    expect((await p.call('applications:get', { id: app.id })).history.map((change) => [change.status, change.day])).toEqual([
      ['applied', '2026-03-09'],
    ]);
    expect(p.count('SELECT count(*) FROM follow_ups')).toBe(1);
    expect(p.count("SELECT count(*) FROM activities WHERE kind = 'apply'")).toBe(1);
  });

  it('marked applied with a follow-up already scheduled keeps that one rather than adding a second', async () => {
    const p = await tracker();
    const app = await p.call('applications:create', { company: 'Acme' });
    const scheduled = await p.call('applications:scheduleFollowUp', { applicationId: app.id, dueOn: '2026-03-25' });
    const result = await p.call('applications:setStatus', { id: app.id, status: 'applied' });
    expect(result.followUpId).toBeNull();
    expect(result.application.nextFollowUp).toMatchObject({ id: scheduled.id, dueOn: '2026-03-25' });
    expect(p.count("SELECT count(*) FROM follow_ups WHERE state = 'pending'")).toBe(1);
    // Applying is still logged once.
    expect(p.count("SELECT count(*) FROM activities WHERE kind = 'apply'")).toBe(1);
  });

  it('offers a reflection only for a rejection', async () => {
    const p = await tracker();
    const app = await p.call('applications:create', { company: 'Acme' });
    const offered: Record<string, boolean> = {};
    for (const status of ['applied', 'interviewing', 'offer', 'withdrawn', 'no_reply', 'saved', 'rejected'] as const) {
      offered[status] = (await p.call('applications:setStatus', { id: app.id, status })).offerReflection;
    }
    expect(offered).toEqual({
      applied: false,
      interviewing: false,
      offer: false,
      withdrawn: false,
      no_reply: false,
      saved: false,
      rejected: true,
    });
  });
});

describe('the duplicate check by posting link', () => {
  it('finds the same posting under another company name, however the link was written', async () => {
    const p = await tracker();
    const first = await p.call('applications:create', {
      company: 'Acme',
      role: 'Designer',
      link: 'https://Jobs.Example.com/postings/4417/',
    });
    // Nothing in the company or role matches: only the link can tell.
    for (const link of ['https://jobs.example.com/postings/4417', 'http://www.jobs.example.com/postings/4417?utm_source=mail']) {
      expect(await p.call('applications:likelyDuplicate', { company: 'Initech Recruiting', role: 'Product designer', link })).toEqual({
        id: first.id,
        company: 'Acme',
        role: 'Designer',
      });
    }
    const refused = await p.refusal('applications:create', {
      company: 'Initech Recruiting',
      link: 'https://jobs.example.com/postings/4417',
    });
    expect(refused).toMatchObject({ code: 'conflict', message: 'Acme (Designer) is already on your list. Is this a different opening?' });
    // Another posting on the same site is a different opening.
    expect(
      await p.call('applications:likelyDuplicate', { company: 'Initech Recruiting', link: 'https://jobs.example.com/postings/4418' }),
    ).toBeNull();
  });

  it('names one whose role is only spaces (an imported row; the form trims) by its company alone', async () => {
    const p = await tracker();
    const first = await p.call('applications:create', { company: 'Acme', link: 'https://jobs.example.com/postings/4417' });
    p.core.db.prepare("UPDATE applications SET role = '   ' WHERE id = ?").run(first.id);
    const refused = await p.refusal('applications:create', { company: 'Initech', link: 'https://jobs.example.com/postings/4417' });
    expect(refused).toMatchObject({ code: 'conflict', message: 'Acme is already on your list. Is this a different opening?' });
  });
});
