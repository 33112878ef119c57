import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { latestVersion } from '../../electron/core/db/migrations';
import type { TestCore } from '../support/core';
import { appCaller, startTestCore } from '../support/core';
import { tempDir } from '../support/tempDir';

// Export and import details the mutation run (README, "How strong the tests are") found unguarded:
// file names and stamps, the order rows travel in, empty cells, the counts an import reports, and
// which row and field a refusal names.

const at = '2026-03-02T10:00:00.000Z';
const clock = () => new Date('2026-03-04T23:30:00.000Z');

async function call<T>(core: TestCore, channel: string, input?: unknown): Promise<T> {
  const result = await core.dispatch(channel as 'data:exportJson', input as undefined, appCaller);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as T;
}

async function refusal(core: TestCore, input: unknown): Promise<string> {
  const result = await core.dispatch('data:importJson', input as never, appCaller);
  if (result.ok) throw new Error('the import was accepted');
  return result.error.message;
}

function addApplication(core: TestCore, company: string, createdAt = at): number {
  return (
    core.db
      .prepare(
        "INSERT INTO applications (company, role, status, status_changed_at, created_at, updated_at) VALUES (?, 'Designer', 'saved', ?, ?, ?) RETURNING id",
      )
      .get(company, createdAt, createdAt, createdAt) as { id: number }
  ).id;
}

const file = (tables: Record<string, unknown[]>) =>
  JSON.stringify({ format: 'rebound-export', schemaVersion: latestVersion, exportedAt: at, tables });

describe('an export', () => {
  it("is named for the day it was made and stamped with that moment and the data's version", async () => {
    const core = await startTestCore(tempDir(), { now: clock });
    const exported = await call<{ fileName: string; content: string }>(core, 'data:exportJson');
    expect(exported.fileName).toBe('rebound-export-2026-03-04.json');
    const parsed = JSON.parse(exported.content) as { format: string; schemaVersion: number; exportedAt: string };
    expect(parsed).toMatchObject({ format: 'rebound-export', schemaVersion: latestVersion, exportedAt: '2026-03-04T23:30:00.000Z' });
    core.close();
  });

  it('keeps rows in the order they were added, not sorted by their text', async () => {
    const core = await startTestCore(tempDir(), { now: clock });
    for (const company of ['Zephyr', 'Acme', 'Moss']) addApplication(core, company);
    const exported = await call<{ content: string }>(core, 'data:exportJson');
    const rows = (JSON.parse(exported.content) as { tables: { applications: { company: string }[] } }).tables.applications;
    expect(rows.map((row) => row.company)).toEqual(['Zephyr', 'Acme', 'Moss']);
    const csv = await call<{ content: string }>(core, 'data:exportCsv', { table: 'applications' });
    const parsed = Papa.parse<Record<string, string>>(csv.content.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data.map((row) => row.company)).toEqual(['Zephyr', 'Acme', 'Moss']);
    core.close();
  });

  it('as CSV: a table name reads with hyphens, and an empty value is an empty cell', async () => {
    const core = await startTestCore(tempDir(), { now: clock });
    const id = addApplication(core, 'Acme');
    core.db
      .prepare("INSERT INTO application_status_history (application_id, status, day, changed_at) VALUES (?, 'saved', '2026-03-02', ?)")
      .run(id, at);
    const csv = await call<{ fileName: string; content: string }>(core, 'data:exportCsv', { table: 'application_status_history' });
    expect(csv.fileName).toBe('rebound-application-status-history-2026-03-04.csv');
    const applications = await call<{ content: string }>(core, 'data:exportCsv', { table: 'applications' });
    const parsed = Papa.parse<Record<string, string>>(applications.content.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data[0]).toMatchObject({ company: 'Acme', applied_on: '', notes: '' });
    core.close();
  });
});

describe('an import', () => {
  it('says how many rows it added and how many were already there, and writes no backup when adding', async () => {
    const source = await startTestCore(tempDir(), { now: clock });
    addApplication(source, 'Acme');
    addApplication(source, 'Moss', '2026-03-03T10:00:00.000Z');
    const exported = await call<{ content: string }>(source, 'data:exportJson');
    const target = await startTestCore(tempDir(), { now: clock });
    addApplication(target, 'Acme');
    expect(await call(target, 'data:importJson', { content: exported.content, mode: 'merge' })).toEqual({
      added: 1,
      alreadyThere: 1,
      backup: null,
    });
    source.close();
    target.close();
  });

  it('replacing counts every row it brought in and nothing as already there', async () => {
    const source = await startTestCore(tempDir(), { now: clock });
    addApplication(source, 'Acme');
    addApplication(source, 'Moss', '2026-03-03T10:00:00.000Z');
    const exported = await call<{ content: string }>(source, 'data:exportJson');
    const target = await startTestCore(tempDir(), { now: clock });
    addApplication(target, 'Acme');
    const result = await call<{ added: number; alreadyThere: number; backup: string | null }>(target, 'data:importJson', {
      content: exported.content,
      mode: 'replace',
    });
    expect(result).toMatchObject({ added: 2, alreadyThere: 0 });
    expect(result.backup).toEqual(expect.any(String));
    source.close();
    target.close();
  });

  it('names the row that does not fit by its place in the file, counting from 1', async () => {
    const core = await startTestCore(tempDir(), { now: clock });
    const strengths = [
      { id: 1, text: 'I listen well', created_at: at },
      { id: 2, text: 'I finish what I start', created_at: at, mood: 'great' },
    ];
    expect(await refusal(core, { content: file({ strengths }), mode: 'merge' })).toMatch(/^strengths, row 2: unknown field "mood"/);
    const weeks = [
      { week_start: '2026-03-02', target_search: 1, target_apply: 1, target_follow_up: 1, created_at: at, updated_at: at },
      { week_start: '2026-03-09', target_search: -5, target_apply: 1, target_follow_up: 1, created_at: at, updated_at: at },
    ];
    expect(await refusal(core, { content: file({ weeks }), mode: 'merge' })).toMatch(/^weeks, row 2 does not fit/);
    core.close();
  });

  it('keeps an unknown table or field name short in what it says', async () => {
    const core = await startTestCore(tempDir(), { now: clock });
    const long = 'x'.repeat(500);
    const table = await refusal(core, { content: file({ [long]: [] }), mode: 'merge' });
    expect(table).toContain(`"${'x'.repeat(40)}"`);
    expect(table).not.toContain('x'.repeat(41));
    const field = await refusal(core, { content: file({ strengths: [{ id: 1, text: 'a', created_at: at, [long]: 1 }] }), mode: 'merge' });
    expect(field).toContain(`"${'x'.repeat(40)}"`);
    expect(field).not.toContain('x'.repeat(41));
    core.close();
  });
});
