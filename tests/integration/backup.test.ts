import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { listBackups, writeBackup } from '../../electron/core/backup/backupFiles';
import { DatabaseDamagedError, isDamage, moveAside } from '../../electron/core/db/setAside';
import { createDailyBackup, pruneBackups } from '../../electron/core/backup/dailyBackup';
import { dataPaths } from '../../electron/core/dataDir';
import { latestVersion } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { appCaller, startTestCore } from '../support/core';
import { tempDir } from '../support/tempDir';

async function storeWithData(dir: string) {
  const { db } = await openDatabase({ file: dataPaths(dir).database });
  db.prepare("INSERT INTO app_meta (key, value) VALUES ('mark', 'original')").run();
  return db;
}

describe('backups', () => {
  it('writes a complete, readable copy through the backup API and lists it', async () => {
    const dir = tempDir();
    const db = await storeWithData(dir);
    const backup = await writeBackup(db, path.join(dir, 'backups'), 'daily', new Date('2026-03-01T10:00:00Z'));
    db.close();
    expect(backup.name).toBe('rebound-daily-2026-03-01T10-00-00-000Z.sqlite3');
    const copy = new Database(backup.path, { readonly: true });
    expect(copy.prepare("SELECT value FROM app_meta WHERE key = 'mark'").pluck().get()).toBe('original');
    copy.close();
    fs.writeFileSync(path.join(dir, 'backups', 'notes.txt'), 'not a backup');
    expect(listBackups(path.join(dir, 'backups')).map((b) => b.name)).toEqual([backup.name]);
    expect(fs.readdirSync(path.join(dir, 'backups')).some((name) => name.endsWith('.partial'))).toBe(false);
  });

  it('backs up at most once a day, however many writes happen', async () => {
    const dir = tempDir();
    const db = await storeWithData(dir);
    let now = new Date('2026-03-01T10:00:00Z');
    const maybe = createDailyBackup(db, path.join(dir, 'backups'), () => now);
    expect(await maybe()).not.toBeNull();
    expect(await maybe()).toBeNull();
    now = new Date('2026-03-01T11:00:00Z');
    expect(await maybe()).toBeNull();
    now = new Date('2026-03-03T09:00:00Z');
    expect(await maybe()).not.toBeNull();
    expect(listBackups(path.join(dir, 'backups'))).toHaveLength(2);
    db.close();
  });

  it('prunes automatic backups by the retention policy and never touches manual ones', async () => {
    const dir = tempDir();
    const backups = path.join(dir, 'backups');
    const db = await storeWithData(dir);
    for (let day = 1; day <= 20; day += 1) {
      await writeBackup(db, backups, 'daily', new Date(Date.UTC(2026, 2, day, 9)));
    }
    await writeBackup(db, backups, 'manual', new Date(Date.UTC(2026, 0, 1, 9)));
    db.close();
    const removed = pruneBackups(backups, { daily: 7, weekly: 0, monthly: 0 });
    expect(removed).toHaveLength(13);
    // It names what it removed: the thirteen oldest days, 1 to 13 March.
    expect(removed.sort()).toEqual(
      Array.from({ length: 13 }, (_, i) => `rebound-daily-2026-03-${String(i + 1).padStart(2, '0')}T09-00-00-000Z.sqlite3`),
    );
    expect(listBackups(backups).filter((b) => b.kind === 'daily')).toHaveLength(7);
    expect(listBackups(backups).filter((b) => b.kind === 'manual')).toHaveLength(1);
  });
});

describe('a damaged database at start', () => {
  it('that is not a database at all: kept aside, the newest good backup restored, the person told', async () => {
    const dir = tempDir();
    const first = await startTestCore(dir, { now: () => new Date('2026-03-01T10:00:00Z') });
    first.db.prepare("INSERT INTO app_meta (key, value) VALUES ('mark', 'from backup')").run();
    await writeBackup(first.db, dataPaths(dir).backups, 'daily', new Date('2026-03-02T10:00:00Z'));
    first.close();
    fs.writeFileSync(dataPaths(dir).database, 'this is not a database '.repeat(500));
    for (const sidecar of ['-wal', '-shm']) fs.rmSync(dataPaths(dir).database + sidecar, { force: true });

    const core = await startTestCore(dir);
    expect(core.db.prepare("SELECT value FROM app_meta WHERE key = 'mark'").pluck().get()).toBe('from backup');
    const notice = core.notices.find((n) => n.kind === 'databaseRecovered');
    expect(notice?.path).toMatch(/rebound\.damaged-.*\.sqlite3$/);
    expect(notice?.message).toContain(notice?.path);
    expect(fs.readFileSync(notice?.path as string, 'utf8')).toContain('this is not a database');
    core.close();
  });

  it('with corrupted pages: fails quick_check, kept aside, fresh start when there is no backup', async () => {
    const dir = tempDir();
    const first = await startTestCore(dir);
    const insert = first.db.prepare('INSERT INTO app_meta (key, value) VALUES (?, ?)');
    first.db.transaction(() => {
      for (let i = 0; i < 2000; i += 1) insert.run(`k${i}`, 'x'.repeat(200));
    })();
    first.db.pragma('wal_checkpoint(TRUNCATE)');
    first.close();
    fs.rmSync(dataPaths(dir).backups, { recursive: true, force: true });
    const file = dataPaths(dir).database;
    const bytes = fs.readFileSync(file);
    // Scribble over b-tree pages past the header and schema page.
    for (let offset = 8192; offset < bytes.length; offset += 4096) bytes.fill(0x5a, offset + 8, offset + 600);
    fs.writeFileSync(file, bytes);

    const core = await startTestCore(dir);
    expect(core.notices.map((n) => n.kind)).toContain('databaseFresh');
    expect(core.db.prepare('SELECT count(*) FROM app_meta').pluck().get()).toBe(1);
    const aside = core.notices.find((n) => n.kind === 'databaseFresh')?.path as string;
    expect(fs.readFileSync(aside)).toEqual(bytes);
    // The person is told where their old file went.
    expect(core.notices.find((n) => n.kind === 'databaseFresh')?.message).toContain(aside);
    core.close();
    // Two full starts (migrations, a backup before migrating, quick_check over ~100 scribbled
    // pages) take ~2 s idle and ~10 s beside two CPU hogs on two cores: the limit only catches a hang.
  }, 45_000);

  it('never loops: a second start after recovery is quiet', async () => {
    const dir = tempDir();
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(dataPaths(dir).database, Buffer.alloc(8192, 7));
    const recovered = await startTestCore(dir);
    expect(recovered.notices.map((n) => n.kind)).toEqual(['databaseFresh']);
    recovered.close();
    const again = await startTestCore(dir);
    expect(again.notices).toEqual([]);
    again.close();
  });
});

describe('restoring a backup', () => {
  it('asks to restart, then at the next start keeps the current data as a backup and puts the chosen one in place', async () => {
    const dir = tempDir();
    const relaunch = vi.fn();
    const core = await startTestCore(dir, { relaunch, now: () => new Date('2026-03-01T10:00:00Z') });
    core.db.prepare("INSERT INTO app_meta (key, value) VALUES ('mark', 'old')").run();
    const backup = await writeBackup(core.db, dataPaths(dir).backups, 'daily', new Date('2026-03-02T10:00:00Z'));
    core.db.prepare("UPDATE app_meta SET value = 'new' WHERE key = 'mark'").run();

    const listed = await core.dispatch('data:listBackups', undefined, appCaller);
    expect(listed.ok && (listed.data as { name: string }[]).map((b) => b.name)).toContain(backup.name);
    expect(await core.dispatch('data:restoreBackup', { name: 'rebound-daily-1999-01-01T00-00-00-000Z.sqlite3' }, appCaller)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await core.dispatch('data:restoreBackup', { name: '../../etc/passwd' }, appCaller)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(relaunch).not.toHaveBeenCalled();
    expect(await core.dispatch('data:restoreBackup', { name: backup.name }, appCaller)).toEqual({ ok: true, data: { restarting: true } });
    expect(relaunch).toHaveBeenCalledOnce();
    core.close();

    const restarted = await startTestCore(dir, { now: () => new Date('2026-03-03T10:00:00Z') });
    expect(restarted.db.prepare("SELECT value FROM app_meta WHERE key = 'mark'").pluck().get()).toBe('old');
    expect(restarted.notices.map((n) => n.kind)).toEqual(['restored']);
    const keptAside = listBackups(dataPaths(dir).backups).find((b) => b.kind === 'restore');
    const before = new Database(keptAside?.path as string, { readonly: true });
    expect(before.prepare("SELECT value FROM app_meta WHERE key = 'mark'").pluck().get()).toBe('new');
    before.close();
    restarted.close();
  });

  it('writes a backup now to the folder the person picks, and does nothing when they cancel', async () => {
    const dir = tempDir();
    const folder = tempDir();
    let answer: string | null = null;
    const core = await startTestCore(dir, { chooseFolder: async () => answer });
    expect(await core.dispatch('data:backupNow', undefined, appCaller)).toEqual({ ok: true, data: { saved: false, name: null } });
    answer = folder;
    const saved = await core.dispatch('data:backupNow', undefined, appCaller);
    expect(saved.ok && (saved.data as { saved: boolean }).saved).toBe(true);
    expect(listBackups(folder).map((b) => b.kind)).toEqual(['manual']);
    core.close();
  });
});

/** Stamps a backup file as written by a later Rebound (a schema this build has never seen). */
function markAsNewer(file: string): void {
  const db = new Database(file);
  db.pragma(`user_version = ${latestVersion + 1}`);
  db.close();
}

describe('a backup from a newer Rebound', () => {
  it('is refused for a restore, with a clear conflict and no restart', async () => {
    const dir = tempDir();
    const relaunch = vi.fn();
    const core = await startTestCore(dir, { relaunch, now: () => new Date('2026-03-01T10:00:00Z') });
    const backup = await writeBackup(core.db, dataPaths(dir).backups, 'daily', new Date('2026-03-02T10:00:00Z'));
    markAsNewer(backup.path);
    expect(await core.dispatch('data:restoreBackup', { name: backup.name }, appCaller)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(relaunch).not.toHaveBeenCalled();
    expect(fs.existsSync(path.join(dir, 'restore-pending.json'))).toBe(false);
    core.close();
  });

  it('is never put in place by a restore asked for before the quit; the current data stays', async () => {
    const dir = tempDir();
    const first = await startTestCore(dir, { now: () => new Date('2026-03-01T10:00:00Z') });
    first.db.prepare("INSERT INTO app_meta (key, value) VALUES ('mark', 'current')").run();
    const backup = await writeBackup(first.db, dataPaths(dir).backups, 'daily', new Date('2026-03-02T10:00:00Z'));
    first.close();
    markAsNewer(backup.path);
    // As if the restore had been asked for while the file still looked fine.
    fs.writeFileSync(path.join(dir, 'restore-pending.json'), JSON.stringify({ backup: backup.name }));

    const core = await startTestCore(dir, { now: () => new Date('2026-03-03T10:00:00Z') });
    expect(core.notices.map((n) => n.kind)).not.toContain('restored');
    expect(core.db.prepare("SELECT value FROM app_meta WHERE key = 'mark'").pluck().get()).toBe('current');
    expect(core.db.pragma('user_version', { simple: true })).toBe(latestVersion);
    core.close();
  });

  it('is skipped when recovering a damaged database: the newest backup this version understands is used', async () => {
    const dir = tempDir();
    const first = await startTestCore(dir, { now: () => new Date('2026-03-01T10:00:00Z') });
    first.db.prepare("INSERT INTO app_meta (key, value) VALUES ('mark', 'older but readable')").run();
    await writeBackup(first.db, dataPaths(dir).backups, 'daily', new Date('2026-03-02T10:00:00Z'));
    first.db.prepare("UPDATE app_meta SET value = 'from a newer Rebound' WHERE key = 'mark'").run();
    const newer = await writeBackup(first.db, dataPaths(dir).backups, 'daily', new Date('2026-03-03T10:00:00Z'));
    first.close();
    markAsNewer(newer.path);
    fs.writeFileSync(dataPaths(dir).database, 'this is not a database '.repeat(500));
    for (const sidecar of ['-wal', '-shm']) fs.rmSync(dataPaths(dir).database + sidecar, { force: true });

    const core = await startTestCore(dir);
    expect(core.notices.map((n) => n.kind)).toContain('databaseRecovered');
    expect(core.db.prepare("SELECT value FROM app_meta WHERE key = 'mark'").pluck().get()).toBe('older but readable');
    core.close();
  }, 45_000);
});

describe('backup files, one behaviour at a time', () => {
  it('lists backups newest first, whatever order they were written in', async () => {
    const dir = tempDir();
    const db = await storeWithData(dir);
    const backups = path.join(dir, 'backups');
    for (const day of [5, 1, 9, 3]) await writeBackup(db, backups, 'daily', new Date(Date.UTC(2026, 2, day, 9)));
    db.close();
    expect(listBackups(backups).map((b) => b.takenAt.toISOString().slice(0, 10))).toEqual([
      '2026-03-09',
      '2026-03-05',
      '2026-03-03',
      '2026-03-01',
    ]);
  });

  it('prunes the backups taken before a migration like the daily ones', async () => {
    const dir = tempDir();
    const db = await storeWithData(dir);
    const backups = path.join(dir, 'backups');
    await writeBackup(db, backups, 'migration', new Date(Date.UTC(2026, 2, 1, 9)));
    await writeBackup(db, backups, 'daily', new Date(Date.UTC(2026, 2, 2, 9)));
    db.close();
    expect(pruneBackups(backups, { daily: 1, weekly: 0, monthly: 0 })).toEqual(['rebound-migration-2026-03-01T09-00-00-000Z.sqlite3']);
  });

  it("still takes the day's automatic backup when today only has a manual or pre-migration one", async () => {
    const dir = tempDir();
    const db = await storeWithData(dir);
    const backups = path.join(dir, 'backups');
    await writeBackup(db, backups, 'daily', new Date('2026-02-27T09:00:00Z'));
    await writeBackup(db, backups, 'manual', new Date('2026-03-01T08:00:00Z'));
    await writeBackup(db, backups, 'migration', new Date('2026-03-01T08:30:00Z'));
    const maybe = createDailyBackup(db, backups, () => new Date('2026-03-01T10:00:00Z'));
    expect((await maybe())?.kind).toBe('daily');
    expect(await maybe()).toBeNull();
    db.close();
  });

  it("takes none when today's daily backup is already there from an earlier run", async () => {
    const dir = tempDir();
    const db = await storeWithData(dir);
    const backups = path.join(dir, 'backups');
    await writeBackup(db, backups, 'daily', new Date('2026-03-01T07:00:00Z'));
    const maybe = createDailyBackup(db, backups, () => new Date('2026-03-01T10:00:00Z'));
    expect(await maybe()).toBeNull();
    expect(listBackups(backups)).toHaveLength(1);
    db.close();
  });

  it('moves a damaged file aside with its WAL and shared-memory companions under one name', () => {
    const dir = tempDir();
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'rebound.sqlite3');
    for (const [suffix, text] of [
      ['', 'main'],
      ['-wal', 'wal'],
      ['-shm', 'shm'],
    ] as const)
      fs.writeFileSync(file + suffix, text);
    const aside = moveAside(file, 'damaged', new Date('2026-03-01T10:00:00Z'));
    expect(path.basename(aside)).toBe('rebound.damaged-2026-03-01T10-00-00-000Z.sqlite3');
    expect([aside, `${aside}-wal`, `${aside}-shm`].map((one) => fs.readFileSync(one, 'utf8'))).toEqual(['main', 'wal', 'shm']);
    expect([file, `${file}-wal`, `${file}-shm`].some((one) => fs.existsSync(one))).toBe(false);
  });

  it.each([
    ['a damaged-file code', { code: 'SQLITE_CORRUPT' }, true],
    ['not a database', { code: 'SQLITE_NOTADB' }, true],
    ['a failed check', new DatabaseDamagedError('row 3 missing from index'), true],
    ['a busy database', { code: 'SQLITE_BUSY' }, false],
    ['a database from a newer Rebound', new Error('This data was saved by a newer version of Rebound.'), false],
    ['a code that is not text', { code: 11 }, false],
    ['nothing at all', null, false],
    ['undefined', undefined, false],
  ])('counts %s as damage: %s', (_name, error, damaged) => {
    expect(isDamage(error)).toBe(damaged);
  });

  it('names a failed check for the log, with what failed', () => {
    const error = new DatabaseDamagedError('row 3 missing from index');
    expect(String(error)).toBe('DatabaseDamagedError: The database failed its check: row 3 missing from index');
  });

  it('refuses to restore a backup that fails quick_check, with a sentence saying so', async () => {
    const dir = tempDir();
    const relaunch = vi.fn();
    const core = await startTestCore(dir, { relaunch, now: () => new Date('2026-03-01T10:00:00Z') });
    const insert = core.db.prepare('INSERT INTO app_meta (key, value) VALUES (?, ?)');
    core.db.transaction(() => {
      for (let i = 0; i < 2000; i += 1) insert.run(`k${i}`, 'x'.repeat(200));
    })();
    const backup = await writeBackup(core.db, dataPaths(dir).backups, 'daily', new Date('2026-03-02T10:00:00Z'));
    const bytes = fs.readFileSync(backup.path);
    for (let offset = 8192; offset < bytes.length; offset += 4096) bytes.fill(0x5a, offset + 8, offset + 600);
    fs.writeFileSync(backup.path, bytes);
    const refused = await core.dispatch('data:restoreBackup', { name: backup.name }, appCaller);
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!refused.ok && refused.error.message).toMatch(/^[A-Z].{20,}\.$/);
    const missing = await core.dispatch('data:restoreBackup', { name: 'rebound-daily-1999-01-01T00-00-00-000Z.sqlite3' }, appCaller);
    expect(!missing.ok && missing.error.message).toMatch(/^[A-Z].{20,}\.$/);
    expect(relaunch).not.toHaveBeenCalled();
    core.close();
  }, 45_000);

  it('restores the backup that was chosen, not the newest, and only once', async () => {
    const dir = tempDir();
    const core = await startTestCore(dir, { now: () => new Date('2026-03-01T10:00:00Z') });
    core.db.prepare("INSERT INTO app_meta (key, value) VALUES ('mark', 'older')").run();
    const older = await writeBackup(core.db, dataPaths(dir).backups, 'daily', new Date('2026-03-02T10:00:00Z'));
    core.db.prepare("UPDATE app_meta SET value = 'newer' WHERE key = 'mark'").run();
    await writeBackup(core.db, dataPaths(dir).backups, 'daily', new Date('2026-03-03T10:00:00Z'));
    expect(await core.dispatch('data:restoreBackup', { name: older.name }, appCaller)).toEqual({ ok: true, data: { restarting: true } });
    core.close();

    const restarted = await startTestCore(dir, { now: () => new Date('2026-03-04T10:00:00Z') });
    expect(restarted.db.prepare("SELECT value FROM app_meta WHERE key = 'mark'").pluck().get()).toBe('older');
    expect(fs.existsSync(path.join(dir, 'restore-pending.json'))).toBe(false);
    restarted.db.prepare("UPDATE app_meta SET value = 'typed after the restore' WHERE key = 'mark'").run();
    restarted.close();

    const again = await startTestCore(dir, { now: () => new Date('2026-03-05T10:00:00Z') });
    expect(again.notices.map((n) => n.kind)).not.toContain('restored');
    expect(again.db.prepare("SELECT value FROM app_meta WHERE key = 'mark'").pluck().get()).toBe('typed after the restore');
    again.close();
  }, 45_000);

  it('refuses to start on a database from a newer Rebound, leaving it where it is, untouched', async () => {
    const dir = tempDir();
    const first = await startTestCore(dir);
    first.close();
    const file = dataPaths(dir).database;
    const newer = new Database(file);
    newer.pragma(`user_version = ${latestVersion + 1}`);
    newer.close();
    const bytes = fs.readFileSync(file);
    await expect(startTestCore(dir)).rejects.toThrow(/newer version of Rebound/);
    expect(fs.readFileSync(file)).toEqual(bytes);
    expect(fs.readdirSync(dir).filter((name) => name.includes('damaged'))).toEqual([]);
  });
});
