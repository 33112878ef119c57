import { describe, expect, it } from 'vitest';
import type { ImportApplied, ImportPreview, ImportProgress } from '../../electron/core/imports/schema';
import { appCaller, startTestCore } from '../support/core';
import { tempDir } from '../support/tempDir';

/**
 * A large file is read in slices that let the event loop run between them (the tray and other IPC calls
 * go on), and its progress reaches the shell as rows read, then rows checked, then the one write. Nothing
 * here depends on timing: the pauses come after a count of rows, so the counts below are exact.
 */

const clock = () => new Date('2026-03-10T10:00:00Z');
const header = 'Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers\n';
/** 5,000 applications, each with an answer holding a quoted line break, so each row spans two lines; row 4,500 has no company. */
function bigFile(): string {
  const rows: string[] = [];
  for (let index = 1; index <= 5000; index += 1) {
    const company = index === 4500 ? '' : `Company ${index}`;
    rows.push(`"1/${(index % 28) + 1}/25, 9:00 AM",,,${company},Role ${index},,,"Why us?:Because\nof the team"`);
  }
  return header + rows.join('\n') + '\n';
}

describe('a large import off the UI path', () => {
  it('reads 5,000 rows in slices, letting the event loop run between them, and says how far it is', async () => {
    const progress: ImportProgress[] = [];
    const core = await startTestCore(tempDir(), { now: clock, onImportProgress: (step) => progress.push(step) });
    let ticks = 0;
    let done = false;
    const tick = () => {
      ticks += 1;
      if (!done) setImmediate(tick);
    };
    setImmediate(tick);
    const result = await core.dispatch('imports:preview', { name: 'Job Applications.csv', text: bigFile() }, appCaller);
    done = true;
    if (!result.ok) throw new Error(result.error.message);
    const seen = result.data as ImportPreview;
    expect(seen.added).toHaveLength(4999);
    // Line numbers stay right across the pauses: row n starts on line 2n (each row takes two lines).
    expect(seen.refused).toEqual([{ line: 9000, file: 'Job Applications.csv', reason: expect.any(String) }]);
    expect(seen.added[4000]?.line).toBe(8002);
    expect(progress).toEqual([
      { phase: 'reading', rows: 2000, total: null },
      { phase: 'reading', rows: 4000, total: null },
      { phase: 'reading', rows: 5000, total: null },
      { phase: 'checking', rows: 2000, total: 5000 },
      { phase: 'checking', rows: 4000, total: 5000 },
      { phase: 'checking', rows: 5000, total: 5000 },
    ]);
    // Two pauses while reading and two while checking: the loop turned at least once at each.
    expect(ticks).toBeGreaterThanOrEqual(4);
    core.close();
  });

  it('applies in one write after reading in slices, and says how far the write is every 1,000 rows', async () => {
    const progress: ImportProgress[] = [];
    const core = await startTestCore(tempDir(), { now: clock, onImportProgress: (step) => progress.push(step) });
    const result = await core.dispatch('imports:apply', { name: 'Job Applications.csv', text: bigFile() }, appCaller);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data as ImportApplied).toEqual({ added: 4999, alreadyTracked: 0, refused: 1, contacts: 0 });
    expect(progress.filter((step) => step.phase === 'writing')).toEqual(
      [0, 1000, 2000, 3000, 4000, 4999].map((rows) => ({ phase: 'writing', rows, total: 4999 })),
    );
    core.close();
  });
});
