import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseTooNewError, migrate, userVersion } from '../../electron/core/db/migrate';
import { latestVersion, migrations, type Migration } from '../../electron/core/db/migrations';
import type BetterSqlite3 from 'better-sqlite3';
import { writeBackup } from '../../electron/core/backup/backupFiles';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { tempDir } from '../support/tempDir';

/** What the store is handed by its opener: the backup feature's writer, into a folder of the test's own. */
const backUpTo =
  (dir: string, at = new Date()) =>
  async (db: BetterSqlite3.Database) =>
    (await writeBackup(db, dir, 'migration', at)).path;

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('opening the store', () => {
  it('sets the pragmas Rebound relies on', async () => {
    const { db } = await openDatabase({ file: path.join(tempDir(), 'r.sqlite3') });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
    db.close();
  });

  it('migrates an empty file to the latest version', async () => {
    const { db, migrated } = await openDatabase({ file: path.join(tempDir(), 'r.sqlite3') });
    expect(migrated).toEqual(migrations.map((m) => m.version));
    expect(userVersion(db)).toBe(latestVersion);
    expect(db.prepare("SELECT value FROM app_meta WHERE key = 'created_at'").pluck().get()).toMatch(/^\d{4}-\d\d-\d\dT/);
    db.close();
  });

  it('numbers migrations 1..n with no gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, index) => index + 1));
  });

  it('migrates from every earlier version, keeping the data already there', async () => {
    for (let from = 0; from < latestVersion; from += 1) {
      const file = path.join(tempDir(), `from-${from}.sqlite3`);
      const old = new Database(file);
      migrate(old, migrations.slice(0, from));
      if (from >= 1) old.prepare("INSERT INTO app_meta (key, value) VALUES ('kept', 'yes')").run();
      old.close();
      const { db } = await openDatabase({ file, backUpBeforeMigrating: backUpTo(path.join(path.dirname(file), 'backups')) });
      expect(userVersion(db)).toBe(latestVersion);
      if (from >= 1) expect(db.prepare("SELECT value FROM app_meta WHERE key = 'kept'").pluck().get()).toBe('yes');
      db.close();
    }
  });

  it('refuses a database from a newer Rebound and leaves the file byte for byte', async () => {
    const file = path.join(tempDir(), 'newer.sqlite3');
    const newer = new Database(file);
    newer.exec('CREATE TABLE future (x)');
    newer.pragma(`user_version = ${latestVersion + 5}`);
    newer.close();
    const before = sha(file);
    await expect(openDatabase({ file })).rejects.toBeInstanceOf(DatabaseTooNewError);
    await expect(openDatabase({ file })).rejects.toThrow(/newer version of Rebound.*Nothing was changed/);
    expect(sha(file)).toBe(before);
  });

  it('rolls a failing migration back whole, leaving version and schema in step', async () => {
    const file = path.join(tempDir(), 'r.sqlite3');
    const broken: Migration[] = [
      ...migrations,
      { version: latestVersion + 1, name: 'half', sql: 'CREATE TABLE half_done (x); THIS IS NOT SQL;' },
    ];
    await expect(openDatabase({ file, migrations: broken })).rejects.toThrow();
    const db = new Database(file);
    expect(userVersion(db)).toBe(latestVersion);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
    db.close();
  });

  it('backs up through the backup API before migrating existing data', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'r.sqlite3');
    (await openDatabase({ file })).db.close();
    const next: Migration[] = [...migrations, { version: latestVersion + 1, name: 'more', sql: 'CREATE TABLE more (x)' }];
    const { db, backupFile } = await openDatabase({
      file,
      migrations: next,
      backUpBeforeMigrating: backUpTo(path.join(dir, 'backups'), new Date('2026-03-01T10:00:00Z')),
    });
    db.close();
    expect(backupFile).toMatch(/rebound-migration-2026-03-01T10-00-00-000Z\.sqlite3$/);
    const backup = new Database(backupFile as string, { readonly: true });
    expect(userVersion(backup)).toBe(latestVersion);
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
    backup.close();
  });

  it('does not back up a database that is already up to date', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'r.sqlite3');
    const first = await openDatabase({ file });
    first.db.close();
    const { db, backupFile, migrated } = await openDatabase({ file, backUpBeforeMigrating: backUpTo(path.join(dir, 'b')) });
    db.close();
    expect(migrated).toEqual([]);
    expect(backupFile).toBeNull();
    expect(fs.existsSync(path.join(dir, 'b'))).toBe(false);
  });

  it('does not back up a brand-new empty database', async () => {
    const dir = tempDir();
    const { db, backupFile } = await openDatabase({
      file: path.join(dir, 'r.sqlite3'),
      backUpBeforeMigrating: backUpTo(path.join(dir, 'b')),
    });
    db.close();
    expect(backupFile).toBeNull();
    expect(fs.existsSync(path.join(dir, 'b'))).toBe(false);
  });
});
