import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../electron/core/db/migrate';
import { latestVersion, migrations } from '../../electron/core/db/migrations';
import { dataOf, startTestCore } from '../support/core';
import { tempDir } from '../support/tempDir';

/**
 * Migration 7 drops the status-keyed index of the status history. With it, SQLite answered "did this one
 * application reach interviewing?" and "move this application's 'applied' rows" by walking every row of
 * that status (about 20,000 'applied' rows in ten years: 0.85 ms for one applied-date change, against
 * 0.03 ms by seeking the application). The statements below are the ones `reflection/rejections.ts`
 * (the form's prefill) and `applications/appliedOn.ts` (a changed applied date) run.
 */
const byApplication = [
  [
    'the prefill asks whether an application reached interviewing',
    `SELECT id, EXISTS (SELECT 1 FROM application_status_history h WHERE h.application_id = a.id AND h.status = 'interviewing') AS interviewed
     FROM applications a WHERE id = ?`,
    [1],
  ],
  [
    'a changed applied date moves the applied rows',
    "UPDATE application_status_history SET day = ? WHERE application_id = ? AND status = 'applied'",
    ['2026-03-01', 1],
  ],
  [
    'and a saved row dated after it',
    "UPDATE application_status_history SET day = ? WHERE application_id = ? AND status = 'saved' AND day > ?",
    ['2026-03-01', 1, '2026-03-01'],
  ],
] as const;

const planOf = (db: Database.Database, sql: string, params: readonly unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail).join(' | ');

describe('an application’s status history, read by application (migration 7)', () => {
  it.each(byApplication)('%s: seeks the application, never walks a status', async (_what, sql, params) => {
    const core = await startTestCore(tempDir(), { now: () => new Date('2026-03-10T10:00:00Z') });
    const plan = planOf(core.db, sql, params);
    expect(plan).toMatch(/application_status_history_app \(application_id=\?\)/);
    expect(plan).not.toMatch(/application_status_history_status/);
    core.close();
  });

  it('keeps every history row of a version 6 store, and its applied-date change still lands', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'rebound.sqlite3');
    const old = new Database(file);
    migrate(old, migrations.slice(0, 6));
    expect(old.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'application_status_history_status'").pluck().get()).toBe(1);
    old.close();

    const core = await startTestCore(dir, { now: () => new Date('2026-03-10T10:00:00Z') });
    expect(userVersion(core.db)).toBe(latestVersion);
    expect(core.db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'application_status_history_status'").pluck().get()).toBe(0);
    const { id } = await dataOf<{ id: number }>(core, 'applications:create', { company: 'Acme', role: 'Designer', status: 'applied' });
    await dataOf(core, 'applications:setAppliedOn', { id, day: '2026-03-04' });
    const history = core.db.prepare('SELECT status, day FROM application_status_history WHERE application_id = ?').all(id);
    expect(history).toEqual([{ status: 'applied', day: '2026-03-04' }]);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    core.close();
  });
});
