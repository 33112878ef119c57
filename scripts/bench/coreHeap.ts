// The core's heap (what main holds for it) after every view's reads at ten years, against a fresh start on
// empty data. The core runs inside this process, so each figure is the heap it adds: heapUsed after a full
// collection with the core open, minus the same just before it opened. Needs `node --expose-gc` (npm run
// bench passes it); without it the figure is skipped and the bench says so.
import fs from 'node:fs';
import path from 'node:path';
import { appCaller } from '../../tests/support/core';
import { copyDataDir, startBenchCore } from './coreBench';
import { pairSamples, type Pair } from './measure';
import { storeReads } from './storePairs';

const gc = (globalThis as { gc?: () => void }).gc;

type Measure = 'heapUsed' | 'rss';

const memoryNow = (measure: Measure) => {
  (gc as () => void)();
  (gc as () => void)();
  return process.memoryUsage()[measure];
};

/**
 * `heapUsed` is the core's JS objects (caches, statements' wrappers); `rss` adds what SQLite allocates
 * outside V8 (its page cache, compiled statements), which is where most of an open database lives.
 */
export async function benchCoreHeap(seedFile: string, work: string, measure: Measure): Promise<Pair | null> {
  if (!gc) return null;
  const opened = async (dir: string, visit: boolean) => {
    const before = memoryNow(measure);
    const core = await startBenchCore(dir);
    if (visit) {
      for (const read of storeReads) await core.dispatch(read.channel, read.input, appCaller);
      await core.dispatch('settings:get', undefined, appCaller);
    }
    const added = memoryNow(measure) - before;
    core.close();
    return added;
  };
  const emptyDir = path.join(work, 'heap-empty');
  return pairSamples(
    1,
    (i) => opened(copyDataDir(seedFile, path.join(work, `heap-full-${i}`)), true),
    async () => {
      fs.rmSync(emptyDir, { recursive: true, force: true });
      fs.mkdirSync(emptyDir, { recursive: true });
      return opened(emptyDir, false);
    },
    { warmup: 1 },
  );
}
