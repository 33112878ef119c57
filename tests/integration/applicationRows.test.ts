import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  applicationColumnCount,
  applicationColumns,
  applicationRowOf,
  applicationSummaryColumnCount,
  applicationSummaryColumns,
  applicationSummaryRowOf,
} from '../../electron/core/applications/rows';
import { dataOf, startTestCore, type TestCore } from '../support/core';
import { tempDir } from '../support/tempDir';

/**
 * Pages of applications are read as arrays and named by `applicationRowOf`: a name read from the wrong
 * place, or a count that points a page's total at a column, would show a person the wrong field. Here
 * every column holds a value of its own, and SQLite's own names for them (the aliases, read as objects)
 * are what the arrays must come to.
 */
let core: TestCore;
beforeEach(async () => {
  core = await startTestCore(tempDir(), { now: () => new Date('2026-03-10T12:00:00Z') });
});
afterEach(() => core.close());

const insertSeven = () =>
  core.db
    .prepare(
      `INSERT INTO applications (id, company, role, link, source, location, remote, salary_note, recruiter_name, recruiter_email,
         notes, status, applied_on, status_changed_at, created_at, updated_at, deadline_on, posting, salary_min, salary_max, salary_currency)
       VALUES (7, 'Acme', 'Designer', 'https://jobs.example/7', 'referral', 'Leeds', 1, 'about 50k', 'Sam Lee', 'sam@acme.example',
         'Met at the meetup', 'interviewing', '2026-03-02', '2026-03-05T09:00:00.000Z', '2026-03-01T08:00:00.000Z',
         '2026-03-06T10:00:00.000Z', '2026-03-31', 'We design calm tools.', 50000, 60000, 'EUR')`,
    )
    .run();

it.each([
  {
    what: 'an application read whole',
    columns: applicationColumns,
    count: applicationColumnCount,
    nameRow: applicationRowOf,
    posting: true,
  },
  {
    what: 'the rows a page reads (all but the posting)',
    columns: applicationSummaryColumns,
    count: applicationSummaryColumnCount,
    nameRow: applicationSummaryRowOf,
    posting: false,
  },
])('names every column of $what, read as an array, as SQLite names it', ({ columns, count, nameRow, posting }) => {
  insertSeven();
  const sql = `SELECT ${columns} FROM applications a WHERE a.id = 7`;
  const named = core.db.prepare(sql).get() as Record<string, unknown>;
  expect(Object.keys(named)).toHaveLength(count);
  // Every value differs from the others, so a swapped pair cannot pass.
  expect(new Set(Object.values(named)).size).toBe(count);
  expect('posting' in named).toBe(posting);
  expect(nameRow(core.db.prepare(sql).raw().get() as unknown[])).toEqual(named);
  // The same object shape, key by key in order, so every page's rows share one.
  expect(Object.keys(nameRow(core.db.prepare(sql).raw().get() as unknown[]))).toEqual(Object.keys(named));
});

it('sends the posting with the details of an application, never with the list, the board or Today', async () => {
  insertSeven();
  // Quiet by now (no change for weeks), so Today lists it as well.
  core.db.prepare("UPDATE applications SET updated_at = '2026-01-05T10:00:00.000Z' WHERE id = 7").run();
  const call = (channel: string, input?: unknown) => dataOf<Record<string, unknown>>(core, channel, input);
  const pages = [
    ((await call('applications:list', {})).items as object[])[0],
    ((await call('applications:list', { search: 'calm' })).items as object[])[0],
    ((await call('applications:list', { status: 'interviewing' })).items as object[])[0],
    ...((await call('applications:board', {})).columns as { items: object[] }[]).flatMap((column) => column.items),
    ((await call('planner:today')).silent as object[])[0],
  ];
  expect(pages).toHaveLength(5);
  for (const item of pages) {
    expect(item).toMatchObject({ id: 7, company: 'Acme', notes: 'Met at the meetup', salaryCurrency: 'EUR' });
    expect(item).not.toHaveProperty('posting');
  }
  expect(await call('applications:get', { id: 7 })).toMatchObject({ id: 7, posting: 'We design calm tools.' });
  // The CSV export still writes it.
  expect((await call('applications:exportCsv')).content).toContain('We design calm tools.');
});
