import { describe, expect, it, vi } from 'vitest';
import { reversedOrder, withMatches } from '../../electron/core/applications/list';
import { plannerCoreForEachTest, type PlannerCore } from '../support/plannerCore';

/**
 * The applications list (electron/core/applications/list.ts) and its IPC handlers at their edges: a search
 * within one status, a search's page past its end, a search the index cannot answer with spaces around it,
 * and the handlers whose answers no other listed test reads; then the statements it reads with, whose shape
 * (one statement for a search's page and count, the board's one materialized search) is what keeps it fast but
 * changes no answer. Today is 11 March 2026 on a fixed clock; every expectation is written out by hand.
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

/** The SQL of every statement core prepares while `read` runs. */
async function statementsOf(p: PlannerCore, read: () => Promise<unknown>): Promise<string[]> {
  const prepare = vi.spyOn(p.core.db, 'prepare');
  try {
    await read();
    return prepare.mock.calls.map(([sql]) => sql);
  } finally {
    prepare.mockRestore();
  }
}

const counts = (statements: string[]) => statements.filter((sql) => sql.includes('count(*)'));

describe('the statements the list reads with', () => {
  it('reads a search over every status and its count as one statement, and a page past its end counts the index alone', async () => {
    const p = await planner();
    await platformRoles(p);

    const page = await statementsOf(p, () => p.call('applications:list', { search: 'platform' }));
    expect(counts(page)).toHaveLength(1);
    expect(counts(page)[0]).toContain('AS matchTotal');

    // No row carries the count past the end: it is the index's own answer, not a probe of the table.
    const pastEnd = counts(await statementsOf(p, () => p.call('applications:list', { search: 'platform', offset: 50 })));
    expect(pastEnd).toHaveLength(2);
    expect(pastEnd[1]).toBe('SELECT count(*) FROM (SELECT rowid FROM applications_fts WHERE applications_fts MATCH @match)');
  });

  it('asks the index once for all the board columns, and reads the tally when the search is only spaces', async () => {
    const p = await planner();
    await platformRoles(p);

    const searched = await statementsOf(p, () => p.call('applications:board', { search: 'platform' }));
    const columns = searched.filter((sql) => sql.includes('UNION ALL'));
    expect(columns).toHaveLength(1);
    expect(columns[0]).toMatch(/^WITH matches\(id\) AS MATERIALIZED \(/);

    const spaces = await statementsOf(p, () => p.call('applications:board', { search: '   ' }));
    expect(spaces).toContain('SELECT status, applications FROM application_status_counts');
    expect(spaces.filter((sql) => sql.includes('GROUP BY'))).toEqual([]);
  });

  it('leaves a search inline for a statement that probes it once, and adds nothing without one', () => {
    expect(withMatches('SELECT 1', { search: 'platform' })).toEqual({
      sql: 'WITH matches(id) AS NOT MATERIALIZED (SELECT rowid FROM applications_fts WHERE applications_fts MATCH @match) SELECT 1',
      params: { match: '"platform"*' },
    });
    expect(withMatches('SELECT 1', {})).toEqual({ sql: 'SELECT 1', params: {} });
    expect(withMatches('SELECT 1', { search: '%' }, { materialize: true })).toEqual({ sql: 'SELECT 1', params: {} });
  });

  it('flips every term of an order written over several lines', () => {
    expect(reversedOrder('a.company COLLATE NOCASE,\n  a.id DESC')).toBe('a.company COLLATE NOCASE DESC, a.id');
  });
});
