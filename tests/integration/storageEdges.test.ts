import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { content } from '../../content';
import { listBackups } from '../../electron/core/backup/backupFiles';
import { dataPaths, freeSpaceOf } from '../../electron/core/dataDir';
import { startFailureMessage } from '../../electron/core/app/startFailure';
import type { TestCore } from '../support/core';
import { contentHash } from '../support/contentHash';
import { seeded } from '../support/hostile';
import { canMount, mountSmallDisk } from '../support/smallDisk';
import { appCaller, startTestCore } from '../support/core';
import { tempDir } from '../support/tempDir';

/**
 * The disk or the folder says no: full, read-only, gone, locked. Each time
 * the call gets a kind, specific answer, nothing acknowledged before is
 * lost, and once the cause is gone the very same call goes through.
 */

const clock = () => new Date('2026-03-02T10:00:00Z');
const mountable = canMount();
const random = seeded(20261202);
const noise = (length: number) => Array.from({ length }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');

async function logWin(core: TestCore, title: string, note = '') {
  return core.dispatch('wins:log', { kind: 'learning', title, note, day: '2026-03-02' }, appCaller);
}

function titlesIn(core: TestCore): string[] {
  return core.db.prepare('SELECT title FROM wins ORDER BY id').pluck().all() as string[];
}

/** Writes big wins until one is refused; returns the titles acknowledged and the refused answer. */
async function writeUntilRefused(core: TestCore, prefix: string) {
  const acknowledged: string[] = [];
  for (let n = 0; n < 2000; n += 1) {
    const title = `${prefix} ${n}`;
    const result = await logWin(core, title, noise(4900));
    if (!result.ok) return { acknowledged, refused: result.error, title };
    acknowledged.push(title);
  }
  throw new Error('the disk never filled up');
}

async function startWithWins(dataDir: string, titles: string[], overrides = {}) {
  const core = await startTestCore(dataDir, { now: clock, ...overrides });
  // The daily backup made at start runs in the background; let it land before the disk changes under it.
  await vi.waitFor(() => expect(listBackups(dataPaths(dataDir).backups)).toHaveLength(1));
  for (const title of titles) expect((await logWin(core, title)).ok).toBe(true);
  return core;
}

describe('disk full', () => {
  it.skipIf(!mountable)(
    'on a real 3 MB tmpfs (skipped where this process may not mount one): a write and a backup are refused kindly, exports still work, all comes back with space',
    async () => {
      const disk = mountSmallDisk(3072);
      try {
        const dataDir = path.join(disk.dir, 'data');
        const usb = path.join(disk.dir, 'usb');
        const core = await startWithWins(dataDir, ['Before one', 'Before two'], { chooseFolder: async () => usb });
        disk.fill();

        const { acknowledged, refused, title } = await writeUntilRefused(core, 'While full');
        expect(refused).toEqual({ code: 'storage', message: content.data.storage.full });
        expect(titlesIn(core)).toEqual(['Before one', 'Before two', ...acknowledged]);

        const backup = await core.dispatch('data:backupNow', undefined, appCaller);
        expect(backup).toEqual({ ok: false, error: { code: 'storage', message: content.data.storage.full } });
        expect(fs.existsSync(usb) ? fs.readdirSync(usb) : []).toEqual([]);

        // Reading needs no room: the person can still take everything out.
        const exported = await core.dispatch('data:exportJson', undefined, appCaller);
        expect(exported.ok && (exported.data as { content: string }).content).toContain('Before two');
        const csv = await core.dispatch('data:exportCsv', { table: 'wins' }, appCaller);
        expect(csv.ok && (csv.data as { content: string }).content).toContain('Before one');

        // Replacing starts with a backup, which has no room: refused before anything is swapped.
        const before = contentHash(core.db);
        const replace = { content: (exported.ok && (exported.data as { content: string }).content) || '', mode: 'replace' };
        expect(await core.dispatch('data:importJson', replace, appCaller)).toEqual({
          ok: false,
          error: { code: 'storage', message: content.data.storage.full },
        });
        expect(contentHash(core.db)).toBe(before);
        expect(fs.readdirSync(dataPaths(dataDir).backups).filter((name) => name.endsWith('.partial'))).toEqual([]);

        disk.free();
        expect((await logWin(core, title, noise(4900))).ok).toBe(true);
        expect(await core.dispatch('data:backupNow', undefined, appCaller)).toMatchObject({ ok: true, data: { saved: true } });
        core.close();

        const again = await startTestCore(dataDir, { now: clock });
        expect(titlesIn(again)).toEqual(['Before one', 'Before two', ...acknowledged, title]);
        expect(again.db.pragma('quick_check', { simple: true })).toBe('ok');
        again.close();
      } finally {
        disk.unmount();
      }
    },
  );

  it.skipIf(!mountable)(
    'quitting on a full tmpfs (skipped where this process may not mount one): no crash, and everything acknowledged is there at the next start',
    async () => {
      const disk = mountSmallDisk(3072);
      try {
        const dataDir = path.join(disk.dir, 'data');
        const core = await startWithWins(dataDir, ['Before one', 'Before two']);
        disk.fill();
        const { acknowledged } = await writeUntilRefused(core, 'While full');
        // The checkpoint at quit needs room to grow the file; there is none.
        expect(() => core.close()).not.toThrow();
        expect(core.db.open).toBe(false);
        disk.free();
        const again = await startTestCore(dataDir, { now: clock });
        expect(titlesIn(again)).toEqual(['Before one', 'Before two', ...acknowledged]);
        expect(again.notices).toEqual([]);
        again.close();
      } finally {
        disk.unmount();
      }
    },
  );

  it.skipIf(!mountable)(
    'starting on a full tmpfs (skipped where this process may not mount one): the disk-full sentence, and nothing changed',
    async () => {
      const disk = mountSmallDisk(3072);
      try {
        const dataDir = path.join(disk.dir, 'data');
        (await startWithWins(dataDir, ['Kept'])).close();
        disk.fill();
        const failure = await startTestCore(dataDir, { now: clock }).then(
          () => null,
          (error: unknown) => error,
        );
        // SQLite says SQLITE_IOERR_SHMSIZE here (no room for the -shm file); the free space says why.
        expect(failure).toMatchObject({ code: expect.stringMatching(/^SQLITE_IOERR/) });
        expect(startFailureMessage(failure, freeSpaceOf(dataDir))).toBe(content.data.startFailed.full);
        expect(startFailureMessage(failure, 50 * 1024 * 1024)).toBe(content.data.startFailed.unreadable);
        disk.free();
        const again = await startTestCore(dataDir, { now: clock });
        expect(titlesIn(again)).toEqual(['Kept']);
        again.close();
      } finally {
        disk.unmount();
      }
    },
  );

  it.skipIf(!mountable)(
    'no room for the daily backup (a 64 KB tmpfs over backups/; skipped where this process may not mount): changes go on, the failure is logged, no partial file, made after the next change once there is room',
    async () => {
      const dataDir = tempDir();
      const backups = dataPaths(dataDir).backups;
      fs.mkdirSync(backups, { recursive: true });
      const tiny = mountSmallDisk(64, backups);
      let mounted = true;
      try {
        const logged: string[] = [];
        const core = await startTestCore(dataDir, { now: clock, logError: (channel) => void logged.push(channel) });
        await vi.waitFor(() => expect(logged).toContain('backup:daily'));
        expect((await logWin(core, 'Still saved')).ok).toBe(true);
        await vi.waitFor(() => expect(logged.filter((channel) => channel === 'backup:daily')).toHaveLength(2));
        expect(fs.readdirSync(backups)).toEqual([]);

        tiny.unmount();
        mounted = false;
        expect((await logWin(core, 'Backed up')).ok).toBe(true);
        await vi.waitFor(() => expect(listBackups(backups)).toHaveLength(1));
        expect(titlesIn(core)).toEqual(['Still saved', 'Backed up']);
        core.close();
      } finally {
        if (mounted) tiny.unmount();
      }
    },
  );

  it('with SQLite max_page_count as the limit (runs everywhere): refused kindly, nothing lost, works again with room', async () => {
    const dataDir = tempDir();
    const core = await startWithWins(dataDir, ['Before one', 'Before two']);
    const pages = core.db.pragma('page_count', { simple: true }) as number;
    core.db.pragma(`max_page_count = ${pages + 8}`);

    const { acknowledged, refused, title } = await writeUntilRefused(core, 'Near the limit');
    expect(refused).toEqual({ code: 'storage', message: content.data.storage.full });
    expect(titlesIn(core)).toEqual(['Before one', 'Before two', ...acknowledged]);
    expect((await core.dispatch('data:exportJson', undefined, appCaller)).ok).toBe(true);

    core.db.pragma('max_page_count = 1073741823');
    expect((await logWin(core, title, noise(4900))).ok).toBe(true);
    core.close();
    const again = await startTestCore(dataDir, { now: clock });
    expect(titlesIn(again)).toEqual(['Before one', 'Before two', ...acknowledged, title]);
    again.close();
  });
});

describe('a read-only data folder', () => {
  it.skipIf(!mountable)(
    'at start, on a real read-only bind mount (skipped where this process may not mount): a clear message, nothing changed',
    async () => {
      const disk = mountSmallDisk(4096);
      try {
        const dataDir = path.join(disk.dir, 'data');
        const first = await startWithWins(dataDir, ['Kept']);
        first.close();
        const before = fs.readdirSync(dataDir).sort();
        const view = path.join(disk.readOnlyView(), 'data');

        const failure = await startTestCore(view, { now: clock }).then(
          () => null,
          (error: unknown) => error,
        );
        expect(failure).not.toBeNull();
        expect(startFailureMessage(failure)).toBe(content.data.startFailed.readOnly);
        expect(fs.readdirSync(dataDir).sort()).toEqual(before);

        const again = await startTestCore(dataDir, { now: clock });
        expect(titlesIn(again)).toEqual(['Kept']);
        again.close();
      } finally {
        disk.unmount();
      }
    },
  );

  it('while running (simulated with PRAGMA query_only, since a mounted folder with open files cannot be remounted read-only): refused kindly, works again', async () => {
    const dataDir = tempDir();
    const core = await startWithWins(dataDir, ['Before']);
    core.db.pragma('query_only = ON');
    expect(await logWin(core, 'Refused')).toEqual({ ok: false, error: { code: 'storage', message: content.data.storage.readOnly } });
    core.db.pragma('query_only = OFF');
    expect((await logWin(core, 'Refused')).ok).toBe(true);
    expect(titlesIn(core)).toEqual(['Before', 'Refused']);
    core.close();
  });
});

describe('a data folder that disappears while Rebound runs (a USB stick pulled out)', () => {
  it('refuses changes while it is gone instead of writing into a file nobody can find, and carries on when it is back', async () => {
    const parent = tempDir();
    const dataDir = path.join(parent, 'stick');
    const away = path.join(parent, 'elsewhere');
    const core = await startWithWins(dataDir, ['Before']);

    fs.renameSync(dataDir, away);
    expect(await logWin(core, 'While away')).toEqual({ ok: false, error: { code: 'storage', message: content.data.storage.missing } });
    expect((await core.dispatch('wins:list', {}, appCaller)).ok).toBe(true);

    fs.renameSync(away, dataDir);
    expect((await logWin(core, 'While away')).ok).toBe(true);
    core.close();
    const again = await startTestCore(dataDir, { now: clock });
    expect(titlesIn(again)).toEqual(['Before', 'While away']);
    again.close();
  });

  it('quits without a crash when the folder is gone for good, and says so at the next start', async () => {
    const dataDir = path.join(tempDir(), 'stick');
    const core = await startWithWins(dataDir, ['Before']);
    fs.rmSync(dataDir, { recursive: true, force: true });
    expect(await logWin(core, 'Gone')).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(() => core.close()).not.toThrow();
    const missing = Object.assign(new Error('gone'), { code: 'ENOENT' });
    expect(startFailureMessage(missing)).toBe(content.data.startFailed.missing);
  });
});

describe('a database locked by another process', () => {
  it('answers kindly while a second process holds the write lock, keeps reading, and writes once it lets go', async () => {
    const dataDir = tempDir();
    const core = await startWithWins(dataDir, ['Before']);
    // SQLite waits busy_timeout (5 s in the app) before it gives up; shortened so the test is quick. No assertion on time.
    core.db.pragma('busy_timeout = 50');
    const betterSqlite = createRequire(import.meta.url).resolve('better-sqlite3');
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D = require(process.argv[1]); const db = new D(process.argv[2]); db.exec('BEGIN EXCLUSIVE');
         process.stdout.write('locked\\n'); process.stdin.once('data', () => { db.exec('COMMIT'); db.close(); process.exit(0); });`,
        betterSqlite,
        dataPaths(dataDir).database,
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve()));
    try {
      expect(await logWin(core, 'Waiting')).toEqual({ ok: false, error: { code: 'storage', message: content.data.storage.locked } });
      expect((await core.dispatch('wins:list', {}, appCaller)).ok).toBe(true);
    } finally {
      holder.stdin.write('go\n');
      await new Promise((resolve) => holder.on('exit', resolve));
    }
    expect((await logWin(core, 'Waiting')).ok).toBe(true);
    expect(titlesIn(core)).toEqual(['Before', 'Waiting']);
    core.close();
  });
});
