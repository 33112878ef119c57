import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../electron/core/imports/schema';
import { appCaller, startTestCore, type TestCore } from '../support/core';
import { tempDir } from '../support/tempDir';
import { makeXlsx } from '../support/xlsx';

/** A spreadsheet kept by hand: columns guessed from headers, date order from values (or asked), any delimiter and encoding. */

const clock = () => new Date('2026-03-10T10:00:00Z');
const start = () => startTestCore(tempDir(), { now: clock });

async function preview(core: TestCore, payload: unknown): Promise<ImportPreview> {
  const result = await core.dispatch('imports:preview', payload, appCaller);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as ImportPreview;
}
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const summary = (seen: ImportPreview) => seen.added.map((row) => [row.company, row.role, row.status, row.appliedOn]);

describe('any spreadsheet', () => {
  it('guesses columns from headers and reads semicolons, CRLF, a byte order mark and quoted line breaks', async () => {
    const core = await start();
    const text =
      '\uFEFFEmployer;Position;Date applied;Stage;Notes\r\nAlder & Finch;Copywriter;2025-11-03;Interview;"Met Jo at the fair;\r\nloved the brief"\r\nWillowmere;Editor;2025-11-05;Sent;\r\n';
    const seen = await preview(core, { name: 'my search.csv', text });
    expect(seen.source).toBe('spreadsheet');
    expect(summary(seen)).toEqual([
      ['Alder & Finch', 'Copywriter', 'interviewing', '2025-11-03'],
      ['Willowmere', 'Editor', 'applied', '2025-11-05'],
    ]);
    expect(seen.added[0]?.description).toBe('Met Jo at the fair;\r\nloved the brief');
    // Willowmere starts on line 4: the quoted line break belongs to line 2's row.
    expect(seen.added.map((row) => row.line)).toEqual([2, 4]);
    core.close();
  });

  it('reads tabs in a .tsv and takes the apostrophe of a formula guard off again', async () => {
    const core = await start();
    const seen = await preview(core, { name: 'search.tsv', text: "Company\tTitle\tStatus\n'=Acme Rockets\tPilot\tapplied\n" });
    expect(summary(seen)).toEqual([['=Acme Rockets', 'Pilot', 'applied', '2026-03-10']]);
    core.close();
  });

  it('asks when dates read both ways, refusing those rows until the person chooses, then follows the choice', async () => {
    const core = await start();
    const text = 'Company,Applied\nRowan Works,03/04/25\nElmstead,05/06/25\nSame Day Ltd,07/07/25\n';
    const unsure = await preview(core, { name: 'dates.csv', text });
    expect(unsure.dateFormat).toEqual({ ambiguous: true, chosen: null, example: '03/04/25' });
    expect(unsure.added.map((row) => row.company)).toEqual(['Same Day Ltd']);
    expect(unsure.refused.map((refusal) => refusal.line)).toEqual([2, 3]);
    const dayFirst = await preview(core, { name: 'dates.csv', text, dateFormat: 'dmy' });
    expect(dayFirst.added.map((row) => row.appliedOn)).toEqual(['2025-04-03', '2025-06-05', '2025-07-07']);
    const monthFirst = await preview(core, { name: 'dates.csv', text, dateFormat: 'mdy' });
    expect(monthFirst.added.map((row) => row.appliedOn)).toEqual(['2025-03-04', '2025-05-06', '2025-07-07']);
    const refused = await core.dispatch('imports:apply', { name: 'dates.csv', text }, appCaller);
    expect(refused.ok).toBe(false);
    core.close();
  });

  it('does not ask when one value proves the order', async () => {
    const core = await start();
    const seen = await preview(core, { name: 'dates.csv', text: 'Company,Applied\nRowan Works,03/04/25\nElmstead,25/06/25\n' });
    expect(seen.dateFormat).toBeNull();
    expect(seen.added.map((row) => row.appliedOn)).toEqual(['2025-04-03', '2025-06-25']);
    core.close();
  });

  it('asks when a column proves both orders (written two ways), rather than guessing', async () => {
    const core = await start();
    const seen = await preview(core, { name: 'mixed.csv', text: 'Company,Applied\nRowan Works,25/06/25\nElmstead,06/25/25\n' });
    expect(seen.dateFormat).toMatchObject({ ambiguous: true, chosen: null });
    expect(seen.added).toEqual([]);
    core.close();
  });

  it('reads UTF-16 text with its byte order mark, as Excel saves "Unicode text"', async () => {
    const core = await start();
    const text = 'Company\tRole\nZoë & Co\tDesigner\n';
    const bytes = Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const seen = await preview(core, { name: 'unicode.txt', base64: base64(bytes) });
    expect(summary(seen)).toEqual([['Zoë & Co', 'Designer', 'saved', null]]);
    core.close();
  });

  it('reads Windows-1252 text when the bytes are not UTF-8', async () => {
    const core = await start();
    // "Café Noël" and "Straße" as Excel on Windows saves them: é = E9, ë = EB, ß = DF.
    const bytes = Uint8Array.from([
      ...Buffer.from('Company,Role\nCaf'),
      0xe9,
      ...Buffer.from(' No'),
      0xeb,
      ...Buffer.from('l,Barista\nStra'),
      0xdf,
      ...Buffer.from('e Eins,Cook\n'),
    ]);
    const seen = await preview(core, { name: 'excel.csv', base64: base64(bytes) });
    expect(seen.added.map((row) => row.company)).toEqual(['Café Noël', 'Straße Eins']);
    core.close();
  });

  it('refuses a row whose field count does not fit the header, with its line, and reads the rest', async () => {
    const core = await start();
    const seen = await preview(core, { name: 'ragged.csv', text: 'Company,Role\nOakhaven,Writer\nToo,Many,Fields\nBirchly,Editor,\n' });
    expect(seen.added.map((row) => row.company)).toEqual(['Oakhaven', 'Birchly']);
    expect(seen.refused).toEqual([{ line: 3, file: 'ragged.csv', reason: expect.stringContaining('3') }]);
    core.close();
  });

  it('reads an .xlsx: cached formula values as text, a merged cell only where its value is', async () => {
    const core = await start();
    const xlsx = makeXlsx(
      [
        ['Company', 'Job title', 'Status', 'Date applied'],
        ['Marram Studio', 'Illustrator', { formula: 'IF(TRUE,"applied","saved")', value: 'applied' }, '2025-10-01'],
        ['Sandpiper Co', 'Animator', 'interviewing', '2025-10-02'],
        [null, 'Animator (second team)', 'applied', '2025-10-02'],
      ],
      ['A3:A4'],
    );
    const seen = await preview(core, { name: 'tracker.xlsx', base64: base64(xlsx) });
    expect(summary(seen)).toEqual([
      ['Marram Studio', 'Illustrator', 'applied', '2025-10-01'],
      ['Sandpiper Co', 'Animator', 'interviewing', '2025-10-02'],
    ]);
    expect(seen.refused).toEqual([{ line: 4, file: 'tracker.xlsx', reason: expect.any(String) }]);
    core.close();
  });

  it('keeps a row whose link lacks its scheme or whose email is odd: the link gains https://, the rest goes to the notes', async () => {
    const core = await start();
    const text =
      'Company,Link,Email\nFernhill,fernhill.example/jobs/7,ana@fernhill.example\nCopperline,javascript:alert(1),not an address\n';
    const seen = await preview(core, { name: 'links.csv', text });
    expect(seen.refused).toEqual([]);
    expect(seen.added.map((row) => [row.link, row.contact.email, row.extra])).toEqual([
      ['https://fernhill.example/jobs/7', 'ana@fernhill.example', []],
      ['', '', ['javascript:alert(1)', 'not an address']],
    ]);
    core.close();
  });

  it('refuses a file with no column that looks like a company', async () => {
    const core = await start();
    const result = await core.dispatch('imports:preview', { name: 'x.csv', text: 'Fruit,Colour\nPear,Green\n' }, appCaller);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    core.close();
  });
});
