import { describe, expect, it } from 'vitest';
import type { ImportApplied, ImportPreview } from '../../electron/core/imports/schema';
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

  it('writes into the notes only what a row has: nothing for a bare row, the resume and the answers each once, no empty line between', async () => {
    const core = await startTestCore(tempDir(), { now: clock });
    const header = 'Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers\n';
    const text =
      header +
      '"1/5/26, 9:00 AM",,,Gale Works,Designer,,cv.pdf,"Why us?:The team | Start?:May"\n' +
      '"1/6/26, 9:00 AM",,,Bare Co,Cook,,,\n';
    await dataOf<ImportApplied>(core, 'imports:apply', { name: 'Job Applications.csv', text });
    expect(core.db.prepare('SELECT company, notes FROM applications ORDER BY company').all()).toEqual([
      { company: 'Bare Co', notes: '' },
      { company: 'Gale Works', notes: 'Résumé sent: cv.pdf\n\nAnswers you gave:\nWhy us? The team\nStart? May' },
    ]);
    core.close();
  });

  it('gives a link without its scheme https://, even with several dots or no path, and moves one that needs more into the extra lines', async () => {
    const core = await startTestCore(tempDir(), { now: clock });
    const text =
      'Company,Link\nAcme,jobs.acme.example/7\nBmax,bmax.example\nCfor,cfor.example:8080/jobs\nDove,https://dove.example/jobs/1\n';
    const seen = await dataOf<ImportPreview>(core, 'imports:preview', { name: 'links.csv', text });
    expect(seen.added.map((row) => [row.company, row.link, row.extra])).toEqual([
      ['Acme', 'https://jobs.acme.example/7', []],
      ['Bmax', 'https://bmax.example', []],
      ['Cfor', '', ['cfor.example:8080/jobs']],
      ['Dove', 'https://dove.example/jobs/1', []],
    ]);
    core.close();
  });

  it('keeps a phone of 60 characters with the person, and only a longer one in the notes', async () => {
    const core = await startTestCore(tempDir(), { now: clock });
    const sixty = '+' + '1'.repeat(59);
    const text = `Company,Role,Recruiter,Phone\nGale Works,Designer,Rui Matos,${sixty}\nHill Co,Cook,Ada Quill,${sixty}2\n`;
    await dataOf<ImportApplied>(core, 'imports:apply', { name: 'people.csv', text });
    expect(core.db.prepare('SELECT company, notes FROM applications ORDER BY company').all()).toEqual([
      { company: 'Gale Works', notes: '' },
      { company: 'Hill Co', notes: `Contact phone: ${sixty}2` },
    ]);
    expect(core.db.prepare('SELECT name, phone FROM contacts ORDER BY name').all()).toEqual([
      { name: 'Ada Quill', phone: '' },
      { name: 'Rui Matos', phone: sixty },
    ]);
    core.close();
  });
});
