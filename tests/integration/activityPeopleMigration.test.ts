import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../electron/core/db/migrate';
import { latestVersion, migrations } from '../../electron/core/db/migrations';
import { writeBackup } from '../../electron/core/backup/backupFiles';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { internalTables } from '../../electron/core/transfer/tables';
import { tempDir } from '../support/tempDir';

/**
 * Migration 6 (a networking activity can name a contact) from every earlier
 * version with real rows in it: every activity keeps its row and names no
 * one, the rows around them are untouched, and the store passes its own
 * integrity and foreign-key checks. Then the new column behaves: only
 * networking names a person, only a person who exists, and forgetting the
 * person keeps the activity.
 */

const at = '2026-03-01T10:00:00.000Z';
// [id, kind, day, note, application_id, follow_up_id]
const activities: [number, string, string, string, number | null, number | null][] = [
  [1, 'search', '2026-02-02', 'Two good leads', null, null],
  [2, 'network', '2026-02-03', 'Coffee at the Leeds meetup', 1, null],
  [3, 'apply', '2026-02-04', '', 1, null],
  [4, 'follow_up', '2026-02-10', '', 1, 1],
  [5, 'learn', '2026-02-11', 'SQL course, week 2', null, null],
  [6, 'volunteer', '2026-02-12', '', null, null],
  [7, 'network', '2026-02-13', '', null, null],
];

function oldDatabase(version: number): string {
  const file = path.join(tempDir(), `from-${version}.sqlite3`);
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, version));
  db.prepare("INSERT INTO app_meta (key, value) VALUES ('reminders.checkIn.2026-02-27', ?)").run(at);
  if (version >= 2) {
    db.prepare(
      `INSERT INTO applications (id, company, role, recruiter_name, status, applied_on, status_changed_at, created_at, updated_at)
       VALUES (1, 'Müller GmbH', 'Data analyst', 'Sam Lee', 'applied', '2026-02-04', ?, ?, ?)`,
    ).run(at, at, at);
    db.prepare(
      "INSERT INTO follow_ups (id, application_id, due_on, state, sent_on, created_at) VALUES (1, 1, '2026-02-10', 'sent', '2026-02-10', ?)",
    ).run(at);
    const insert = db.prepare(
      'INSERT INTO activities (id, kind, day, note, application_id, follow_up_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const row of activities) insert.run(...row, at);
    db.prepare("INSERT INTO wins (kind, title, day, created_at) VALUES ('networking', 'Coffee with Dana', '2026-02-03', ?)").run(at);
  }
  if (version >= 4) {
    db.prepare(
      "INSERT INTO contacts (id, name, email, company, created_at, updated_at) VALUES (9, 'Dana Reyes', 'dana@example.test', 'Hooli', ?, ?)",
    ).run(at, at);
  }
  db.close();
  return file;
}

const tablesOf = (db: Database.Database) =>
  db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
// Sorted whole rows: the link tables kept WITHOUT ROWID have no rowid to order by.
const snapshot = (db: Database.Database, table: string) =>
  (db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]).sort((a, b) =>
    JSON.stringify(a).localeCompare(JSON.stringify(b)),
  );

async function migrated(from: number) {
  const file = oldDatabase(from);
  const before = new Database(file, { readonly: true });
  const kept = Object.fromEntries(tablesOf(before).map((table) => [table, snapshot(before, table) as Record<string, unknown>[]]));
  before.close();
  const { db } = await openDatabase({
    file,
    backUpBeforeMigrating: async (opened) =>
      (await writeBackup(opened, path.join(path.dirname(file), 'backups'), 'migration', new Date())).path,
  });
  return { db, kept };
}

describe.each([1, 2, 3, 4, 5])('migrating from version %i with real rows', (from) => {
  it('keeps every row, names no one on the activities already there, and checks clean', async () => {
    const { db, kept } = await migrated(from);
    expect(userVersion(db)).toBe(latestVersion);

    // Every table that was there holds the same rows, in the columns it had (later migrations add some).
    // The tallies, counters and search indexes are worked out by triggers, so they may move.
    for (const [table, rows] of Object.entries(kept)) {
      if (table !== 'app_meta' && internalTables.includes(table)) continue;
      const columns = Object.keys(rows[0] ?? {});
      const now = (snapshot(db, table) as Record<string, unknown>[]).map((row) =>
        Object.fromEntries(columns.map((column) => [column, row[column]])),
      );
      expect(now, table).toEqual(rows);
    }
    expect(db.prepare('SELECT count(*) FROM activities').pluck().get()).toBe(from >= 2 ? activities.length : 0);
    expect(db.prepare('SELECT count(*) FROM activities WHERE contact_id IS NOT NULL').pluck().get()).toBe(0);

    expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});

describe('the person a networking activity names', () => {
  it('is only on networking, only someone who exists, and forgetting them keeps the activity', async () => {
    const { db } = await migrated(5);
    const name = (id: number) => db.prepare('UPDATE activities SET contact_id = 9 WHERE id = ?').run(id).changes;

    expect(name(2)).toBe(1);
    expect(name(7)).toBe(1);
    // A search session, an application, a course: not spent with someone from the list.
    for (const id of [1, 3, 4, 5, 6]) expect(() => name(id), `activity ${id}`).toThrow(/CHECK constraint failed/);
    expect(() => db.prepare('UPDATE activities SET contact_id = 404 WHERE id = 2').run()).toThrow(/FOREIGN KEY constraint failed/);

    // The lookup a delete makes walks the index rather than every activity.
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT id FROM activities WHERE contact_id = ?').all(9) as { detail: string }[];
    expect(plan.map((step) => step.detail).join('\n')).toMatch(/USING (COVERING )?INDEX activities_contact/);

    db.prepare('DELETE FROM contacts WHERE id = 9').run();
    expect(db.prepare('SELECT id, kind, note, contact_id FROM activities WHERE id IN (2, 7) ORDER BY id').all()).toEqual([
      { id: 2, kind: 'network', note: 'Coffee at the Leeds meetup', contact_id: null },
      { id: 7, kind: 'network', note: '', contact_id: null },
    ]);
    expect(db.prepare('SELECT count(*) FROM activities').pluck().get()).toBe(activities.length);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
