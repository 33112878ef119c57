// The core's memory (what main holds for it) after every view's reads at ten years, against a fresh start
// on empty data. Each figure comes from a process of its own (coreMemoryChild.ts): what opening the core,
// and reading, added after full collections. `heapUsed` is the core's JS objects; `rss` adds what SQLite
// allocates outside V8 (its page cache, compiled statements), where most of an open database lives.
// The two kinds of start alternate, twice each, so the pair carries its noise. A third start reads every
// view on the empty data too: beside it, the ten-year figure shows what the data itself keeps in the heap,
// apart from what running each read's code once leaves (its compiled code, the statement cache).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectDir } from '../seed';
import { copyDataDir } from './coreBench';
import { pairFrom, type Pair } from './measure';

interface Added {
  heapUsed: number;
  rss: number;
}

function measureIn(dir: string, visit: boolean): Added {
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', 'scripts/run-ts.mjs', 'scripts/bench/coreMemoryChild.ts', dir, visit ? 'visit' : 'fresh'],
    { cwd: projectDir, encoding: 'utf8' },
  );
  const last = output.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as Added;
}

export function benchCoreMemory(seedFile: string, work: string): { heap: Pair; rss: Pair; heapBesideEmptyVisited: Pair } {
  const samples = [0, 1].map((repeat) => {
    const full = measureIn(copyDataDir(seedFile, path.join(work, `memory-full-${repeat}`)), true);
    const emptyDir = path.join(work, `memory-empty-${repeat}`);
    fs.rmSync(emptyDir, { recursive: true, force: true });
    fs.mkdirSync(emptyDir, { recursive: true });
    const fresh = measureIn(emptyDir, false);
    const visitedDir = path.join(work, `memory-empty-visited-${repeat}`);
    fs.rmSync(visitedDir, { recursive: true, force: true });
    fs.mkdirSync(visitedDir, { recursive: true });
    const emptyVisited = measureIn(visitedDir, true);
    return { full, fresh, emptyVisited };
  });
  return {
    heap: pairFrom(samples.map(({ full, fresh }) => ({ a: [full.heapUsed], b: [fresh.heapUsed] }))),
    rss: pairFrom(samples.map(({ full, fresh }) => ({ a: [full.rss], b: [fresh.rss] }))),
    heapBesideEmptyVisited: pairFrom(samples.map(({ full, emptyVisited }) => ({ a: [full.heapUsed], b: [emptyVisited.heapUsed] }))),
  };
}
