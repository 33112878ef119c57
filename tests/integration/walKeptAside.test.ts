import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import { dataPaths } from '../../electron/core/dataDir';
import { startFailureMessage } from '../../electron/core/app/startFailure';
import { startTestCore } from '../support/core';
import { canMount, mountSmallDisk } from '../support/smallDisk';
import { tempDir } from '../support/tempDir';

const sidecars = ['', '-wal', '-shm'] as const;
const sha = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

/** The page numbers a WAL file holds frames for (32-byte header, then 24-byte frame headers before each page). */
function pagesInWal(wal: Buffer): Set<number> {
  const pageSize = wal.readUInt32BE(8);
  const pages = new Set<number>();
  for (let offset = 32; offset + 24 + pageSize <= wal.length; offset += 24 + pageSize) pages.add(wal.readUInt32BE(offset));
  return pages;
}

/**
 * A database as a crash leaves it: committed rows that live only in the WAL
 * (the writer never checkpointed), files copied while the writer still held
 * them, so nothing had a chance to fold the WAL back in.
 */
async function crashedWithRowsOnlyInWal(dir: string): Promise<{ walRows: string[]; planted: Record<string, Buffer> }> {
  const seedDir = tempDir('rebound-wal-seed-');
  const first = await startTestCore(seedDir);
  const insert = first.db.prepare('INSERT INTO app_meta (key, value) VALUES (?, ?)');
  first.db.transaction(() => {
    for (let i = 0; i < 2000; i += 1) insert.run(`filler-${String(i).padStart(4, '0')}`, 'x'.repeat(200));
  })();
  first.close();
  const file = dataPaths(seedDir).database;
  expect(fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size).toBeFalsy();

  const writer = new Database(file);
  writer.pragma('wal_autocheckpoint = 0');
  const walRows = Array.from({ length: 25 }, (_, i) => `wal-only-${i}`);
  for (const key of walRows) writer.prepare('INSERT INTO app_meta (key, value) VALUES (?, ?)').run(key, 'committed');
  // A filler leaf page the WAL never touched: damage there leaves the WAL rows readable.
  const walPages = pagesInWal(fs.readFileSync(`${file}-wal`));
  const leaves = writer
    .prepare("SELECT pageno FROM dbstat WHERE name = 'app_meta' AND pagetype = 'leaf' ORDER BY pageno")
    .pluck()
    .all() as number[];
  const target = leaves.find((page) => page > 2 && !walPages.has(page));
  expect(target).toBeDefined();
  const pageSize = writer.pragma('page_size', { simple: true }) as number;

  fs.mkdirSync(dir, { recursive: true });
  const live = dataPaths(dir).database;
  for (const suffix of sidecars) fs.copyFileSync(file + suffix, live + suffix);
  writer.close();

  const bytes = fs.readFileSync(live);
  bytes.fill(0x5a, ((target as number) - 1) * pageSize, (target as number) * pageSize);
  fs.writeFileSync(live, bytes);
  const planted = Object.fromEntries(sidecars.map((suffix) => [suffix, fs.readFileSync(live + suffix)]));
  expect(planted['-wal']?.length).toBeGreaterThan(0);
  return { walRows, planted };
}

describe('a damaged database whose WAL holds committed rows', () => {
  it('sets the file and its WAL aside byte for byte, and the rows are in the copy set aside', async () => {
    const dir = tempDir();
    const { walRows, planted } = await crashedWithRowsOnlyInWal(dir);

    const core = await startTestCore(dir);
    const notice = core.notices.find((n) => n.kind === 'databaseFresh');
    expect(notice?.path).toMatch(/rebound\.damaged-.*\.sqlite3$/);
    const aside = notice?.path as string;
    core.close();

    expect(sha(fs.readFileSync(aside)), 'the damaged file, untouched').toBe(sha(planted[''] as Buffer));
    expect(fs.existsSync(`${aside}-wal`), 'its WAL set aside with it').toBe(true);
    expect(sha(fs.readFileSync(`${aside}-wal`)), 'the WAL, untouched').toBe(sha(planted['-wal'] as Buffer));

    // Read the set-aside pair from a scratch copy, so the evidence itself stays byte for byte.
    const scratch = path.join(tempDir('rebound-wal-read-'), 'copy.sqlite3');
    for (const suffix of ['', '-wal']) fs.copyFileSync(aside + suffix, scratch + suffix);
    const copy = new Database(scratch);
    const found = copy
      .prepare("SELECT key FROM app_meta WHERE key >= 'wal-only-' AND key < 'wal-only.' AND value = 'committed'")
      .pluck()
      .all();
    copy.close();
    expect([...found].sort()).toEqual([...walRows].sort());
  });
});

describe('a damaged database with no room to set it aside', () => {
  it.skipIf(!canMount())(
    'on a full tmpfs (skipped where this process may not mount one): refuses to start, touches nothing, recovers once there is room',
    async () => {
      const disk = mountSmallDisk(4096);
      try {
        const dir = path.join(disk.dir, 'data');
        const { walRows, planted } = await crashedWithRowsOnlyInWal(dir);
        disk.fill();
        const failure = await startTestCore(dir).then(
          () => null,
          (error: unknown) => error,
        );
        expect(startFailureMessage(failure)).toBe(content.data.startFailed.full);
        const live = dataPaths(dir).database;
        expect(sha(fs.readFileSync(live)), 'the damaged file, untouched').toBe(sha(planted[''] as Buffer));
        expect(sha(fs.readFileSync(`${live}-wal`)), 'its WAL, untouched').toBe(sha(planted['-wal'] as Buffer));
        expect(fs.readdirSync(dir).filter((name) => name.includes('damaged'))).toEqual([]);

        disk.free();
        const core = await startTestCore(dir);
        const aside = core.notices.find((n) => n.kind === 'databaseFresh')?.path as string;
        core.close();
        expect(sha(fs.readFileSync(`${aside}-wal`))).toBe(sha(planted['-wal'] as Buffer));
        const scratch = path.join(tempDir('rebound-wal-read-'), 'copy.sqlite3');
        for (const suffix of ['', '-wal']) fs.copyFileSync(aside + suffix, scratch + suffix);
        const copy = new Database(scratch);
        expect(copy.prepare("SELECT count(*) FROM app_meta WHERE key >= 'wal-only-' AND key < 'wal-only.'").pluck().get()).toBe(
          walRows.length,
        );
        copy.close();
      } finally {
        disk.unmount();
      }
    },
  );
});
