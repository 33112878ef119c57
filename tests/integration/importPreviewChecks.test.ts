import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../electron/core/imports/schema';
import { dataOf, startTestCore } from '../support/core';
import { tempDir } from '../support/tempDir';

/**
 * The checks the one preview makes after a reader: a row with no company, a date still to come, a
 * field the tracker would refuse, each refused with its line; and the refusals of the reader and of
 * the preview listed together in line order, not in the order they were found.
 */

const clock = () => new Date('2026-03-10T10:00:00Z');

describe('the checks of the preview', () => {
  it('refuses a row with no company, a date after today and a role too long, beside the rows the reader refused, all in line order', async () => {
    const core = await startTestCore(tempDir(), { now: clock });
    const text = [
      'Company,Role,Status,Date',
      ',Writer,,',
      'Acme,Writer,Maybe Later,',
      'Futura,Cook,,2026-03-11',
      'Beta,Pilot,Someday,',
      `Longrole,${'x'.repeat(201)},,`,
      'Today Co,Baker,,2026-03-10',
    ].join('\n');
    const seen = await dataOf<ImportPreview>(core, 'imports:preview', { name: 'checks.csv', text });
    // Today is no date to come: the row sent today is added.
    expect(seen.added.map((row) => [row.company, row.appliedOn])).toEqual([['Today Co', '2026-03-10']]);
    expect(seen.refused).toEqual([
      { line: 2, file: 'checks.csv', reason: 'This row has no company name.' },
      { line: 3, file: 'checks.csv', reason: expect.stringContaining('Maybe Later') },
      { line: 4, file: 'checks.csv', reason: 'The date 2026-03-11 is still to come.' },
      { line: 5, file: 'checks.csv', reason: expect.stringContaining('Someday') },
      { line: 6, file: 'checks.csv', reason: expect.stringMatching(/^role: \S/) },
    ]);
    core.close();
  });
});
