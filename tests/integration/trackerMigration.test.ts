import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../electron/core/db/migrate';
import { latestVersion, migrations } from '../../electron/core/db/migrations';
import { writeBackup } from '../../electron/core/backup/backupFiles';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { tempDir } from '../support/tempDir';

/**
 * Migration 4 (contacts, interviews, the application's new fields, full-text
 * search) from versions 2 and 3 with real rows in them: every recruiter typed
 * before becomes a linked contact, nothing already there changes, and the
 * store passes its own integrity and foreign-key checks.
 */

const at = '2026-03-01T10:00:00.000Z';
// [id, company, role, recruiter_name, recruiter_email, notes, status, applied_on]
const apps: [number, string, string, string, string, string, string, string | null][] = [
  [1, 'Müller GmbH', 'Data analyst', 'Sam Lee', 'sam@muller.test', 'Met at the Leeds meetup', 'applied', '2026-02-20'],
  [2, 'Globex Ltd', 'QA engineer', '', 'jobs@globex.test', '', 'saved', null],
  [3, 'Initech', 'Support lead', 'Sam Lee', '', 'Ask about on-call', 'rejected', '2026-01-05'],
  [4, 'Hooli', 'Frontend developer', '', '', 'Posting mentioned TypeScript', 'interviewing', '2026-02-01'],
];

function oldDatabase(version: number): string {
  const file = path.join(tempDir(), `from-${version}.sqlite3`);
  const db = new Database(file);
  migrate(db, migrations.slice(0, version));
  const insert = db.prepare(
    `INSERT INTO applications (id, company, role, recruiter_name, recruiter_email, notes, status, applied_on,
       status_changed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const row of apps) {
    insert.run(...row, at, at, at);
    db.prepare('INSERT INTO application_status_history (application_id, status, day, changed_at) VALUES (?, ?, ?, ?)').run(
      row[0],
      row[6],
      row[7] ?? '2026-02-01',
      at,
    );
  }
  db.prepare("INSERT INTO wins (kind, title, day, created_at) VALUES ('applied', 'Applied', '2026-02-20', ?)").run(at);
  db.close();
  return file;
}

const snapshot = (db: Database.Database, table: string) => db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all();

describe.each([2, 3])('migrating from version %i with real rows', (from) => {
  it('keeps every row, turns each recruiter into a linked contact, and checks clean', async () => {
    const file = oldDatabase(from);
    const before = new Database(file, { readonly: true });
    const kept = ['application_status_history', 'wins'].map((table) => snapshot(before, table));
    const oldApps = before
      .prepare('SELECT id, company, role, recruiter_name, recruiter_email, notes, status, applied_on FROM applications ORDER BY id')
      .all();
    before.close();

    const backups = path.join(path.dirname(file), 'backups');
    const { db } = await openDatabase({
      file,
      backUpBeforeMigrating: async (opened) => (await writeBackup(opened, backups, 'migration', new Date())).path,
    });
    expect(userVersion(db)).toBe(latestVersion);
    expect(
      db
        .prepare('SELECT id, company, role, recruiter_name, recruiter_email, notes, status, applied_on FROM applications ORDER BY id')
        .all(),
    ).toEqual(oldApps);
    expect(['application_status_history', 'wins'].map((table) => snapshot(db, table))).toEqual(kept);

    // The new fields start empty.
    expect(db.prepare('SELECT DISTINCT deadline_on, posting, salary_min, salary_max, salary_currency FROM applications').all()).toEqual([
      { deadline_on: null, posting: '', salary_min: null, salary_max: null, salary_currency: '' },
    ]);

    // Three applications named a recruiter; each gets its own contact, linked as the recruiter.
    expect(
      db
        .prepare(
          `SELECT a.id AS applicationId, c.name, c.email, c.company, l.relation FROM application_contacts l
           JOIN contacts c ON c.id = l.contact_id JOIN applications a ON a.id = l.application_id ORDER BY a.id`,
        )
        .all(),
    ).toEqual([
      { applicationId: 1, name: 'Sam Lee', email: 'sam@muller.test', company: 'Müller GmbH', relation: 'recruiter' },
      { applicationId: 2, name: 'jobs@globex.test', email: 'jobs@globex.test', company: 'Globex Ltd', relation: 'recruiter' },
      { applicationId: 3, name: 'Sam Lee', email: '', company: 'Initech', relation: 'recruiter' },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM contacts').get()).toEqual({ n: 3 });

    // The search index covers the rows that were already there, accents folded.
    const found = (query: string) =>
      db.prepare('SELECT rowid FROM applications_fts WHERE applications_fts MATCH ? ORDER BY rowid').pluck().all(query);
    expect(found('muller')).toEqual([1]);
    expect(found('typescript')).toEqual([4]);
    expect(found('eng*')).toEqual([2]);
    expect(found('dev*')).toEqual([4]);
    expect(db.prepare("SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH 'sam' ORDER BY rowid").pluck().all()).toEqual([1, 3]);

    // The tallies the triggers keep are still right after the copy.
    expect(db.prepare('SELECT status, applications FROM application_status_counts ORDER BY status').all()).toEqual([
      { status: 'applied', applications: 1 },
      { status: 'interviewing', applications: 1 },
      { status: 'rejected', applications: 1 },
      { status: 'saved', applications: 1 },
    ]);
    expect(
      db.prepare("SELECT source, changes FROM change_counters WHERE source IN ('contacts', 'interviews') ORDER BY source").all(),
    ).toEqual([
      { source: 'contacts', changes: 0 },
      { source: 'interviews', changes: 0 },
    ]);

    expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(
      db.prepare("INSERT INTO applications_fts (applications_fts, rank) VALUES ('integrity-check', 1)").run().changes,
    ).toBeGreaterThanOrEqual(0);
    db.close();
  });
});

describe('the index follows every change by triggers', () => {
  it('indexes new and edited text, forgets deleted rows, and ignores status changes', async () => {
    const { db } = await openDatabase({ file: path.join(tempDir(), 'fresh.sqlite3') });
    const found = (query: string) =>
      db.prepare('SELECT rowid FROM applications_fts WHERE applications_fts MATCH ? ORDER BY rowid').pluck().all(query);
    db.prepare(
      `INSERT INTO applications (id, company, role, posting, status_changed_at, created_at, updated_at)
       VALUES (7, 'Acme', 'Designer', 'We love Figma', ?, ?, ?)`,
    ).run(at, at, at);
    expect(found('figma')).toEqual([7]);
    db.prepare("UPDATE applications SET posting = 'We love Sketch' WHERE id = 7").run();
    expect(found('figma')).toEqual([]);
    expect(found('sketch')).toEqual([7]);
    db.prepare("UPDATE applications SET status = 'applied' WHERE id = 7").run();
    expect(found('sketch')).toEqual([7]);
    db.prepare('DELETE FROM applications WHERE id = 7').run();
    expect(found('sketch')).toEqual([]);
    expect(
      db.prepare("INSERT INTO applications_fts (applications_fts, rank) VALUES ('integrity-check', 1)").run().changes,
    ).toBeGreaterThanOrEqual(0);

    db.prepare("INSERT INTO contacts (id, name, notes, created_at, updated_at) VALUES (3, 'Ana Ruiz', 'Hiring manager', ?, ?)").run(at, at);
    db.prepare("UPDATE contacts SET name = 'Ana Ruíz Gómez' WHERE id = 3").run();
    expect(db.prepare("SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH 'gomez'").pluck().all()).toEqual([3]);
    db.prepare('DELETE FROM contacts WHERE id = 3').run();
    expect(db.prepare("SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH 'ana'").pluck().all()).toEqual([]);
    db.close();
  });
});
