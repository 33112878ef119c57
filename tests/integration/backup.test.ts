import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { listBackups, writeBackup } from '../../electron/core/backup/backupFiles';
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
    expect(await core.dispatch('data:restoreBackup', { name: backup.name }, appCaller)).toMatchObject({ ok: false, error: { code: 'conflict' } });
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
