import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { latestVersion } from '../../electron/core/db/migrations';
import type { TestCore } from '../support/core';
import { appCaller, startTestCore, dataOf } from '../support/core';
import { tempDir } from '../support/tempDir';

// Export and import details the mutation run (README, "How strong the tests are") found unguarded:
// file names and stamps, the order rows travel in, empty cells, the counts an import reports, and
// which row and field a refusal names.

const at = '2026-03-02T10:00:00.000Z';
const clock = () => new Date('2026-03-04T23:30:00.000Z');

const call = <T>(core: TestCore, channel: string, input?: unknown) => dataOf<T>(core, channel, input);

async function refused(core: TestCore, input: unknown): Promise<{ code: string; message: string }> {
  const result = await core.dispatch('data:importJson', input as never, appCaller);
  if (result.ok) throw new Error('the import was accepted');
  return { code: result.error.code, message: result.error.message };
}

const refusal = async (core: TestCore, input: unknown) => (await refused(core, input)).message;

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
  /** An export holding Acme and Moss, and a second Rebound that already tracks Acme. */
  const acmeAndMossIntoAcme = async () => {
    const source = await startTestCore(tempDir(), { now: clock });
    addApplication(source, 'Acme');
    addApplication(source, 'Moss', '2026-03-03T10:00:00.000Z');
    const exported = await call<{ content: string }>(source, 'data:exportJson');
    const target = await startTestCore(tempDir(), { now: clock });
    addApplication(target, 'Acme');
    return { source, exported, target };
  };

  it('says how many rows it added and how many were already there, and writes no backup when adding', async () => {
    const { source, exported, target } = await acmeAndMossIntoAcme();
    expect(await call(target, 'data:importJson', { content: exported.content, mode: 'merge' })).toEqual({
      added: 1,
      alreadyThere: 1,
      backup: null,
    });
    source.close();
    target.close();
  });

  it('replacing counts every row it brought in and nothing as already there', async () => {
    const { source, exported, target } = await acmeAndMossIntoAcme();
    const result = await call<{ added: number; alreadyThere: number; backup: string | null }>(target, 'data:importJson', {
      content: exported.content,
      mode: 'replace',
    });
    expect(result).toMatchObject({ added: 2, alreadyThere: 0 });
    // The copy made first is one the person can go back to: listed among the backups, as the one taken before a replace.
    const backups = await call<{ name: string; kind: string; takenAt: string }[]>(target, 'data:listBackups');
    expect(backups.find((backup) => backup.name === result.backup)).toMatchObject({ kind: 'restore', takenAt: clock().toISOString() });
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

  it('refuses a file it cannot use as invalid input, and one from a newer Rebound as a conflict naming both versions', async () => {
    const core = await startTestCore(tempDir(), { now: clock });
    const anotherApp = await refused(core, { content: JSON.stringify({ hello: 'world' }), mode: 'merge' });
    expect(anotherApp.code).toBe('invalid_input');
    expect(anotherApp.message).toContain('This is not a Rebound export file.');
    const newer = await refused(core, {
      content: JSON.stringify({ format: 'rebound-export', schemaVersion: latestVersion + 7, exportedAt: at, tables: {} }),
      mode: 'merge',
    });
    expect(newer.code).toBe('conflict');
    expect(newer.message).toContain(`data version ${latestVersion + 7}`);
    expect(newer.message).toContain(`reads up to ${latestVersion}`);
    const unusable: Record<string, unknown[]>[] = [
      { secrets: [] },
      { strengths: [{ id: 1, text: 'a', created_at: at, mood: 1 }] },
      { strengths: [{ id: 1, text: '   ', created_at: at }] },
    ];
    for (const tables of unusable) {
      expect((await refused(core, { content: file(tables), mode: 'merge' })).code).toBe('invalid_input');
    }
    core.close();
  });

  it('keeps a win Rebound recorded by itself single when the file holds the same event recorded at another moment', async () => {
    const source = await startTestCore(tempDir(), { now: clock });
    const target = await startTestCore(tempDir(), { now: clock });
    for (const [core, createdAt] of [
      [source, '2026-03-02T10:00:00.000Z'],
      [target, '2026-03-02T11:30:00.000Z'],
    ] as const) {
      const id = addApplication(core, 'Acme');
      core.db
        .prepare(
          "INSERT INTO wins (kind, title, day, application_id, source_key, created_at) VALUES ('applied', 'Applied', '2026-03-02', ?, ?, ?)",
        )
        .run(id, `application:${id}:applied`, createdAt);
    }
    const exported = await call<{ content: string }>(source, 'data:exportJson');
    expect(await call(target, 'data:importJson', { content: exported.content, mode: 'merge' })).toEqual({
      added: 0,
      alreadyThere: 2,
      backup: null,
    });
    expect(target.db.prepare('SELECT created_at FROM wins').pluck().all()).toEqual(['2026-03-02T11:30:00.000Z']);
    source.close();
    target.close();
  });

  it("brings a file from an older Rebound up to today's data the way an upgrade would: its recruiter becomes a contact", async () => {
    const core = await startTestCore(tempDir(), { now: clock });
    const old = JSON.stringify({
      format: 'rebound-export',
      schemaVersion: 3,
      exportedAt: at,
      tables: {
        applications: [
          {
            id: 4,
            company: 'Acme',
            role: 'Designer',
            status: 'applied',
            applied_on: '2026-03-02',
            recruiter_name: 'Sam Lee',
            recruiter_email: 'sam@acme.test',
            status_changed_at: at,
            created_at: at,
            updated_at: at,
          },
        ],
      },
    });
    // Three rows arrive: the application, its recruiter as a contact, and the link between them.
    expect(await call(core, 'data:importJson', { content: old, mode: 'merge' })).toMatchObject({ added: 3 });
    const linked = core.db
      .prepare(
        'SELECT c.name, c.email, l.relation, a.company FROM application_contacts l JOIN contacts c ON c.id = l.contact_id JOIN applications a ON a.id = l.application_id',
      )
      .all();
    expect(linked).toEqual([{ name: 'Sam Lee', email: 'sam@acme.test', relation: 'recruiter', company: 'Acme' }]);
    core.close();
  });
});
