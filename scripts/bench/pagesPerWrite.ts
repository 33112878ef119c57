// Which pages each common write touches, b-tree by b-tree: the WAL is emptied, one write is made through
// core.dispatch, and every frame it appended is read back from the -wal file and named by the table or
// index that owns its page (SQLite's dbstat table). A count, not a time: the same seed and code give the
// same figures on any machine, however busy, so it says where a durable click's pages go (issue 18:
// "which indexes and tallies each write touches") without the noise of the timed pairs.
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import type { TestCore } from '../../tests/support/core';
import { caller, savedApplications } from './storePairs';

export interface PagesOfWrite {
  key: string;
  name: string;
  /** Frames the median of `repeats` writes appended to the WAL (its changed pages; a page changed twice is written once). */
  frames: number;
  /** The fewest and most of the repeats: a write that splits a b-tree page touches a few more. */
  range: [number, number];
  /** Frames per owning b-tree, most first; `header` is page 1, changed on every commit that grows the file. */
  byTree: [string, number][];
}

/** The b-tree that owns each page of the main file, as dbstat lists it. */
function pageOwners(db: Database.Database): Map<number, string> {
  const owners = new Map<number, string>();
  for (const { name, pageno } of db.prepare('SELECT name, pageno FROM dbstat').all() as { name: string; pageno: number }[]) {
    owners.set(pageno, name);
  }
  return owners;
}

/** The page numbers of every frame in a WAL file: a 32-byte header, then per frame a 24-byte header and one page. */
export function walFramePages(wal: Buffer, pageSize: number): number[] {
  const pages: number[] = [];
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) pages.push(wal.readUInt32BE(at));
  return pages;
}

export async function benchPagesPerWrite(core: TestCore, databaseFile: string, repeats = 5): Promise<PagesOfWrite[]> {
  const call = caller(core);
  const db = core.db;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const saved = savedApplications(db, repeats);
  const rejection = (db.prepare('SELECT max(id) AS id FROM rejections').get() as { id: number }).id;
  const writes: { key: string; name: string; run: (i: number) => Promise<unknown> }[] = [
    {
      key: 'applications:setStatus',
      name: 'Mark applied, with its follow-up (applications:setStatus)',
      run: (i) => call('applications:setStatus', { id: saved[i] as number, status: 'applied', day: '2026-11-20' }),
    },
    {
      key: 'wins:log',
      name: 'Log a win (wins:log)',
      run: (i) => call('wins:log', { kind: 'learning', title: `Read a chapter (${i})`, day: '2026-11-20' }),
    },
    {
      key: 'reflection:saveStep',
      name: 'Save a reflection answer (reflection:saveStep)',
      run: (i) =>
        call('reflection:saveStep', {
          rejectionId: rejection,
          answers: { step: 1, intensity: 5, freeWriting: `Draft ${i}: it stings, and I am still here.`, recoveryHours: 24 },
        }),
    },
  ];
  const out: PagesOfWrite[] = [];
  for (const write of writes) {
    const measured: { frames: number; byTree: [string, number][] }[] = [];
    for (let i = 0; i < repeats; i += 1) {
      // Owners are read after the checkpoint so pages an earlier write allocated are named too.
      db.pragma('wal_checkpoint(TRUNCATE)');
      const owners = pageOwners(db);
      await write.run(i);
      const pages = walFramePages(fs.readFileSync(`${databaseFile}-wal`), pageSize);
      const byTree = new Map<string, number>();
      for (const page of pages) {
        const owner = page === 1 ? 'header' : (owners.get(page) ?? 'a page new to the file');
        byTree.set(owner, (byTree.get(owner) ?? 0) + 1);
      }
      measured.push({ frames: pages.length, byTree: [...byTree].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])) });
    }
    const sorted = [...measured].sort((a, b) => a.frames - b.frames);
    const median = sorted[Math.floor(sorted.length / 2)] as (typeof measured)[number];
    out.push({
      key: write.key,
      name: write.name,
      frames: median.frames,
      range: [(sorted[0] as (typeof measured)[number]).frames, (sorted[sorted.length - 1] as (typeof measured)[number]).frames],
      byTree: median.byTree,
    });
  }
  return out;
}

export function pagesLines(figures: readonly PagesOfWrite[]): string[] {
  return figures.map(
    (write) =>
      `  ${write.name}: ${write.frames} frames (median; ${write.range[0]} to ${write.range[1]}): ${write.byTree.map(([tree, frames]) => `${tree} ${frames}`).join(', ')}`,
  );
}
