import { afterEach, describe, expect, it } from 'vitest';
import { duplicateIndex } from '../../electron/core/applications/duplicates';
import { appCaller, startTestCore, type TestCore, dataOf } from '../support/core';
import { tempDir } from '../support/tempDir';

let core: TestCore | null = null;
afterEach(() => core?.close());

const ok = <T>(channel: string, input: unknown) => dataOf<T>(core as TestCore, channel, input);

describe('one duplicate rule for the add form, the CSV import and every importer', () => {
  it('remembers where the first of each application came from', () => {
    const seen = duplicateIndex<number>();
    seen.add({ company: 'Acme GmbH', role: 'Designer', link: '' }, 3);
    seen.add({ company: 'Globex', role: 'Analyst', link: 'https://jobs.example.com/7?utm_source=mail' }, 5);
    expect(seen.find({ company: 'ACME', role: 'designer', link: '' })).toBe(3);
    expect(seen.find({ company: 'Initech', role: 'Engineer', link: 'http://www.jobs.example.com/7/' })).toBe(5);
    expect(seen.find({ company: 'Acme', role: 'Engineer', link: '' })).toBeUndefined();
    seen.add({ company: 'Acme', role: 'Designer', link: '' }, 9);
    expect(seen.find({ company: 'acme inc.', role: 'Designer', link: '' })).toBe(3);
  });

  it('the CSV import and the spreadsheet importer find a tracked application written another way', async () => {
    core = await startTestCore(tempDir(), { now: () => new Date('2026-03-10T10:00:00') });
    await ok('applications:create', { company: 'Acme', role: 'Designer', link: 'https://jobs.example.com/acme/7' });
    const csv = 'company,role,link\r\n"Acme GmbH","Designer",""\r\n';
    const refused = await (core as TestCore).dispatch('applications:importCsv', { content: csv }, appCaller);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.stringify(refused)).toContain('Acme GmbH');
    const sheet =
      'Company,Job Title,Job Url\nAcme Inc.,Designer,\nInitech,Engineer,https://jobs.example.com/acme/7?utm_campaign=x\nHooli,Analyst,\n';
    const preview = await ok<{ added: { company: string }[]; alreadyTracked: { company: string }[] }>('imports:preview', {
      name: 'mine.csv',
      text: sheet,
    });
    expect(preview.alreadyTracked.map((row) => row.company)).toEqual(['Acme Inc.', 'Initech']);
    expect(preview.added.map((row) => row.company)).toEqual(['Hooli']);
  });
});
