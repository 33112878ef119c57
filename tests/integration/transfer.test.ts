import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { dataPaths } from '../../electron/core/dataDir';
import { latestVersion } from '../../electron/core/db/migrations';
import { addTask } from '../../electron/core/planner/tasks';
import { setWeekTargets } from '../../electron/core/planner/weekRow';
import { defaultSettings } from '../../electron/core/settings/schema';
import type { TestCore } from '../support/core';
import { internalTables, transferTables } from '../../electron/core/transfer/tables';
import { recordAutoWin } from '../../electron/core/wins/recordAutoWin';
import { appCaller, startTestCore } from '../support/core';
import { tempDir } from '../support/tempDir';

const at = '2026-03-02T10:00:00.000Z';

/** A little of everything, linked the way the features link it. */
function seed(core: TestCore, company = 'Zoë & Co, "Ltd"') {
  const db = core.db;
  const app = db
    .prepare(
      `INSERT INTO applications (company, role, notes, status, applied_on, status_changed_at, created_at, updated_at)
       VALUES (?, '設計者', 'line one\nline two, with comma', 'applied', '2026-03-02', ?, ?, ?) RETURNING id`,
    )
    .get(company, at, at, at) as { id: number };
  db.prepare("INSERT INTO application_status_history (application_id, status, day, changed_at) VALUES (?, 'applied', '2026-03-02', ?)").run(
    app.id,
    at,
  );
  const rejection = db
    .prepare("INSERT INTO rejections (application_id, company, received_on, created_at) VALUES (?, ?, '2026-03-05', ?) RETURNING id")
    .get(app.id, company, at) as { id: number };
  db.prepare('INSERT INTO reflection_answers (rejection_id, step, answers, updated_at) VALUES (?, 1, \'{"feelings":["tired"]}\', ?)').run(
    rejection.id,
    at,
  );
  db.prepare('INSERT INTO strengths (text, rejection_id, created_at) VALUES (?, ?, ?)').run(
    'I explain hard things simply',
    rejection.id,
    at,
  );
  setWeekTargets(db, '2026-03-09', { apply: 4 }, defaultSettings.targets, new Date(at));
  const first = addTask(
    db,
    { title: 'Refresh my resume', weekStart: '2026-03-09', source: 'upgrade', rejectionId: rejection.id },
    new Date(at),
  );
  addTask(db, { title: 'Refresh my resume', weekStart: '2026-03-16', source: 'carried', carriedFrom: first }, new Date(at));
  recordAutoWin(
    db,
    { kind: 'applied', title: 'Applied', day: '2026-03-02', sourceKey: `application:${app.id}:applied`, applicationId: app.id },
    new Date(at),
  );
  db.prepare(
    "UPDATE applications SET deadline_on = '2026-03-20', posting = 'We build, ship; repeat', salary_min = 50000, salary_max = 60000, salary_currency = 'EUR' WHERE id = ?",
  ).run(app.id);
  const contact = db
    .prepare(
      "INSERT INTO contacts (name, role, email, profile_link, created_at, updated_at) VALUES ('Ana Ruíz', 'Hiring manager', 'ana@x.test', 'https://x.test/ana', ?, ?) RETURNING id",
    )
    .get(at, at) as { id: number };
  db.prepare("INSERT INTO application_contacts (application_id, contact_id, relation) VALUES (?, ?, 'hiring_manager')").run(
    app.id,
    contact.id,
  );
  const interview = db
    .prepare(
      "INSERT INTO interviews (application_id, kind, starts_at, time_zone, place, created_at, updated_at) VALUES (?, 'screen', '2026-03-10T09:00:00.000Z', 'Europe/Berlin', 'https://meet.x.test/a', ?, ?) RETURNING id",
    )
    .get(app.id, at, at) as { id: number };
  db.prepare('INSERT INTO interview_contacts (interview_id, contact_id) VALUES (?, ?)').run(interview.id, contact.id);
}

const counts = (core: TestCore) =>
  Object.fromEntries(transferTables.map((t) => [t.name, core.db.prepare(`SELECT count(*) FROM "${t.name}"`).pluck().get()]));

async function exported(core: TestCore): Promise<string> {
  const result = await core.dispatch('data:exportJson', undefined, appCaller);
  if (!result.ok) throw new Error(result.error.message);
  return (result.data as { content: string }).content;
}

describe('export and import', () => {
  it("covers every table that holds the person's data", async () => {
    const core = await startTestCore(tempDir());
    const tables = core.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all();
    expect([...tables].sort()).toEqual([...transferTables.map((t) => t.name), ...internalTables].sort());
    core.close();
  });

  it('round-trips everything into an empty Rebound, links intact', async () => {
    const source = await startTestCore(tempDir());
    seed(source);
    const file = await exported(source);
    expect(JSON.parse(file)).toMatchObject({ format: 'rebound-export', schemaVersion: latestVersion });
    const target = await startTestCore(tempDir());
    const result = await target.dispatch('data:importJson', { content: file, mode: 'merge' }, appCaller);
    expect(result).toMatchObject({ ok: true, data: { alreadyThere: 0 } });
    expect(counts(target)).toEqual(counts(source));
    const win = target.db.prepare('SELECT w.application_id, a.company FROM wins w JOIN applications a ON a.id = w.application_id').get();
    expect(win).toMatchObject({ company: 'Zoë & Co, "Ltd"' });
    const carried = target.db.prepare('SELECT t.title FROM tasks t JOIN tasks f ON f.id = t.carried_from').pluck().get();
    expect(carried).toBe('Refresh my resume');
    source.close();
    target.close();
  });

  it('merges without duplicates: importing the same file twice adds nothing the second time', async () => {
    const source = await startTestCore(tempDir());
    seed(source);
    const file = await exported(source);
    const target = await startTestCore(tempDir());
    seed(target, 'Another company');
    const before = counts(target);
    const first = await target.dispatch('data:importJson', { content: file, mode: 'merge' }, appCaller);
    const afterFirst = counts(target);
    const second = await target.dispatch('data:importJson', { content: file, mode: 'merge' }, appCaller);
    expect(first.ok && (first.data as { added: number }).added).toBeGreaterThan(0);
    expect(second).toMatchObject({ ok: true, data: { added: 0 } });
    expect(counts(target)).toEqual(afterFirst);
    expect(afterFirst.applications).toBe((before.applications as number) + 1);
    // The week and the strength already existed: kept once.
    expect(afterFirst.weeks).toBe(1);
    expect(afterFirst.strengths).toBe(1);
    // The same person (name, email, when added) is kept once and linked to both applications and both rounds.
    expect(afterFirst.contacts).toBe(1);
    expect(afterFirst.application_contacts).toBe(2);
    expect(afterFirst.interviews).toBe(2);
    expect(afterFirst.interview_contacts).toBe(2);
    // The imported application is searchable at once: the index is rebuilt by the triggers, never imported.
    const found = (query: string) =>
      target.db.prepare('SELECT rowid FROM applications_fts WHERE applications_fts MATCH ?').pluck().all(query);
    expect(found('ship')).toHaveLength(2);
    expect(found('zoe')).toHaveLength(1);
    source.close();
    target.close();
  });

  it('replaces everything only after writing a backup', async () => {
    const source = await startTestCore(tempDir());
    seed(source, 'From the file');
    const file = await exported(source);
    const dir = tempDir();
    const target = await startTestCore(dir);
    seed(target, 'Already here');
    const result = await target.dispatch('data:importJson', { content: file, mode: 'replace' }, appCaller);
    expect(result.ok).toBe(true);
    const backup = result.ok ? (result.data as { backup: string }).backup : '';
    expect(fs.existsSync(path.join(dataPaths(dir).backups, backup))).toBe(true);
    expect(target.db.prepare('SELECT company FROM applications').pluck().all()).toEqual(['From the file']);
    source.close();
    target.close();
  });

  it.each([
    ['not JSON', '{"format": "rebound-export", "schemaV', /damaged or is not a Rebound export/],
    ["another app's JSON", JSON.stringify({ hello: 'world' }), /not a Rebound export/],
    [
      'a newer Rebound',
      JSON.stringify({ format: 'rebound-export', schemaVersion: latestVersion + 1, exportedAt: at, tables: {} }),
      /newer version of Rebound/,
    ],
    [
      'an unknown table',
      JSON.stringify({ format: 'rebound-export', schemaVersion: latestVersion, exportedAt: at, tables: { secrets: [] } }),
      /does not know/,
    ],
    [
      'a row that breaks a rule',
      JSON.stringify({
        format: 'rebound-export',
        schemaVersion: latestVersion,
        exportedAt: at,
        tables: {
          weeks: [{ week_start: '2026-03-02', target_search: -5, target_apply: 1, target_follow_up: 1, created_at: at, updated_at: at }],
        },
      }),
      /weeks, row 1 does not fit/,
    ],
    [
      'a link to a row that is not there',
      JSON.stringify({
        format: 'rebound-export',
        schemaVersion: latestVersion,
        exportedAt: at,
        tables: { wins: [{ id: 1, kind: 'applied', title: 'x', day: '2026-03-02', application_id: 99, created_at: at }] },
      }),
      /wins, row 1 does not fit/,
    ],
    [
      'an unknown field',
      JSON.stringify({
        format: 'rebound-export',
        schemaVersion: latestVersion,
        exportedAt: at,
        tables: { strengths: [{ id: 1, text: 'x', created_at: at, evil: 1 }] },
      }),
      /unknown field "evil"/,
    ],
  ])('refuses %s with a clear message and changes nothing', async (_name, content, message) => {
    const core = await startTestCore(tempDir());
    seed(core);
    const before = counts(core);
    for (const mode of ['merge', 'replace'] as const) {
      const result = await core.dispatch('data:importJson', { content, mode }, appCaller);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
    }
    expect(counts(core)).toEqual(before);
    core.close();
  });

  it('exports each table as CSV that a real parser reads back, accents, commas and line breaks intact', async () => {
    const core = await startTestCore(tempDir());
    seed(core);
    const result = await core.dispatch('data:exportCsv', { table: 'applications' }, appCaller);
    expect(result.ok).toBe(true);
    const { content, fileName } = result.ok ? (result.data as { content: string; fileName: string }) : { content: '', fileName: '' };
    expect(fileName).toMatch(/^rebound-applications-\d{4}-\d\d-\d\d\.csv$/);
    expect(content.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(content.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toMatchObject({ company: 'Zoë & Co, "Ltd"', role: '設計者', notes: 'line one\nline two, with comma' });
    for (const table of transferTables) {
      const csv = await core.dispatch('data:exportCsv', { table: table.name as 'wins' }, appCaller);
      expect(csv.ok).toBe(true);
    }
    expect(await core.dispatch('data:exportCsv', { table: 'app_meta' as 'wins' }, appCaller)).toMatchObject({ ok: false });
    core.close();
  });
});
