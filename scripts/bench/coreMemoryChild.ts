// One measurement for coreHeap.ts, in a process of its own (so memory freed by earlier work cannot be
// handed back to this core and hide what it takes): opens the core on the data folder given, reads every
// view when asked, and prints what the core added to the process, after full collections, as JSON.
import { appCaller } from '../../tests/support/core';
import { startBenchCore } from './coreBench';
import { inputOf, storeReads } from './storePairs';

const gc = (globalThis as { gc?: () => void }).gc;

const now = () => {
  (gc as () => void)();
  (gc as () => void)();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss };
};

export async function main(args: string[]): Promise<number> {
  const [dir, visit] = args;
  if (!gc || !dir) throw new Error('usage: node --expose-gc scripts/run-ts.mjs scripts/bench/coreMemoryChild.ts <data dir> visit|fresh');
  const before = now();
  const core = await startBenchCore(dir);
  if (visit === 'visit') {
    for (const read of storeReads) await core.dispatch(read.channel, inputOf(read, core.db), appCaller);
    await core.dispatch('settings:get', undefined, appCaller);
  }
  const after = now();
  console.log(JSON.stringify({ heapUsed: after.heapUsed - before.heapUsed, rss: after.rss - before.rss }));
  core.close();
  return 0;
}
