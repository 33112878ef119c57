import { describe, expect, it } from 'vitest';
import { plannerCoreForEachTest, type PlannerCore } from '../support/plannerCore';

/**
 * The applications list (electron/core/applications/list.ts) and its IPC handlers at their edges: a search
 * within one status, a search's page past its end, a search the index cannot answer with spaces around it,
 * and the handlers whose answers no other listed test reads. Today is 11 March 2026 on a fixed clock; every
 * expectation is written out by hand.
 */

const planner = plannerCoreForEachTest('2026-03-11T10:00:00');

/** Three applications for a "platform" role (two applied, one saved) and one applied designer. */
async function platformRoles(p: PlannerCore) {
  const first = await p.call('applications:create', { company: 'Acme', role: 'Platform engineer', status: 'applied' });
  const saved = await p.call('applications:create', { company: 'Birch', role: 'Platform lead', status: 'saved' });
  const second = await p.call('applications:create', { company: 'Cobalt', role: 'Platform analyst', status: 'applied' });
  const designer = await p.call('applications:create', { company: 'Delta', role: 'Designer', status: 'applied' });
  return { first, saved, second, designer };
}

describe('the applications list at its edges', () => {
  it('counts a search within one status by that status alone, not by every match', async () => {
    const p = await planner();
    const { first, saved, second } = await platformRoles(p);

    const applied = await p.call('applications:list', { search: 'platform', status: 'applied', sort: 'company' });
    expect(applied.items.map((a) => a.id)).toEqual([first.id, second.id]);
    expect(applied.total).toBe(2);

    const savedOnly = await p.call('applications:list', { search: 'platform', status: 'saved' });
    expect(savedOnly.items.map((a) => a.id)).toEqual([saved.id]);
    expect(savedOnly.total).toBe(1);

    // Over every status the same word finds all three.
    const all = await p.call('applications:list', { search: 'platform', sort: 'company' });
    expect(all.items.map((a) => a.id)).toEqual([first.id, saved.id, second.id]);
    expect(all.total).toBe(3);
  });

  it('still counts every match of a search when the page asked for lies past its end', async () => {
    const p = await planner();
    await platformRoles(p);
    expect(await p.call('applications:list', { search: 'platform', offset: 50 })).toEqual({
      items: [],
      offset: 50,
      total: 3,
      hasAny: true,
    });
    expect(await p.call('applications:list', { search: 'platform', status: 'applied', offset: 50 })).toMatchObject({
      items: [],
      total: 2,
    });
  });

  it('finds "100%" by a search of "%" with spaces around it, which the index cannot answer', async () => {
    const p = await planner();
    const remote = await p.call('applications:create', { company: 'Fully Remote', role: '100% remote engineer' });
    await p.call('applications:create', { company: 'Acme', role: 'Office engineer' });
    const page = await p.call('applications:list', { search: '  % ' });
    expect(page.items.map((a) => a.id)).toEqual([remote.id]);
    expect(page.total).toBe(1);
  });

  it('names the application already tracked when asked with the company alone', async () => {
    const p = await planner();
    const acme = await p.call('applications:create', { company: 'Acme Labs' });
    await p.call('applications:create', { company: 'Birch' });
    expect(await p.call('applications:likelyDuplicate', { company: 'Acme Labs' })).toEqual({ id: acme.id, company: 'Acme Labs', role: '' });
    expect(await p.call('applications:likelyDuplicate', { company: 'Cobalt' })).toBeNull();
  });

  it('cancels a pending follow-up through its handler, and the list then shows none', async () => {
    const p = await planner();
    const app = await p.call('applications:create', { company: 'Acme', role: 'Engineer' });
    const followUp = await p.call('applications:scheduleFollowUp', { applicationId: app.id, dueOn: '2026-03-20' });
    expect((await p.call('applications:list')).items[0]?.nextFollowUp).toMatchObject({ id: followUp.id, dueOn: '2026-03-20' });

    expect(await p.call('applications:cancelFollowUp', { id: followUp.id })).toEqual({ cancelled: true });
    expect((await p.call('applications:list')).items[0]?.nextFollowUp).toBeNull();
  });
});
