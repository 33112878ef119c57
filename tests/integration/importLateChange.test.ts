import { describe, it } from 'vitest';
import { startTestCore } from '../support/core';
import { lateDuplicate } from '../support/lateDuplicate';
import { tempDir } from '../support/tempDir';

/*
 * The in-process writer (tests, the harness). The same scenario runs through the built import worker in
 * tests/simulation/importWorker.test.ts.
 */
describe('a change that lands between the preview and the confirm (in-process writer)', () => {
  it('a row added by hand after the preview, and one added inside the confirm after its check, are not added twice; the answer counts both as already tracked', async () => {
    const late = lateDuplicate();
    const core = await startTestCore(tempDir(), { now: () => new Date('2026-03-10T10:00:00Z'), onImportProgress: late.onProgress });
    try {
      await late.run(core);
    } finally {
      core.close();
    }
  });
});
