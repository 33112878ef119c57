import { afterEach, beforeEach } from 'vitest';
import { startTestCore, type TestCore } from './core';
import { tempDir } from './tempDir';

/**
 * A real core for each test of the file that calls it, on a folder of its own and a fixed clock, with
 * TZ=UTC so that days read the same on every machine. Returns the running test's core.
 */
export function coreForEachTest(clock: Date): () => TestCore {
  let core: TestCore | undefined;
  const originalTz = process.env.TZ;
  beforeEach(async () => {
    process.env.TZ = 'UTC';
    core = await startTestCore(tempDir(), { now: () => clock });
  });
  afterEach(() => {
    core?.close();
    core = undefined;
    process.env.TZ = originalTz;
  });
  return () => {
    if (!core) throw new Error('coreForEachTest: the core exists only while a test runs');
    return core;
  };
}
