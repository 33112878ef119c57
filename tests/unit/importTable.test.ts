import { describe, expect, it, vi } from 'vitest';
import { DomainError } from '../../electron/core/ipc/result';
import { cellsByName, normalName, readTable } from '../../electron/core/imports/table';

/**
 * Reading a CSV or TSV into a header and rows: the delimiter, the line each row starts on (the
 * line a refusal names), blank rows, the header found among notes, rows whose field count does not
 * fit, and the pauses every 2,000 rows. Every expected line and cell below was counted by hand.
 */

async function refusal(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).message;
}

describe('the delimiter', () => {
  it('is a tab for a .tsv, whatever the text looks like, in any case of the name', async () => {
    const table = await readTable('jobs.TSV', 'Company,Team\tRole\nAcme,Web\tDesigner\n');
    expect(table.header).toEqual(['Company,Team', 'Role']);
    expect(table.rows.map((row) => row.cells)).toEqual([['Acme,Web', 'Designer']]);
  });

  it('is guessed for a name that only has .tsv inside it', async () => {
    const table = await readTable('jobs.tsv.csv', 'Company,Team\tRole\nAcme,Web\tDesigner\n');
    expect(table.header).toEqual(['Company', 'Team\tRole']);
  });

  it('is guessed from the text otherwise, blank lines at the end not counted', async () => {
    const semicolons = await readTable('jobs.csv', 'Company;Role\nAcme, Inc;Designer\n\n\n\n');
    expect(semicolons.rows.map((row) => row.cells)).toEqual([['Acme, Inc', 'Designer']]);
    const pipes = await readTable('jobs.txt', 'Company|Role\nAcme|Designer\nGlobex|Cook\n');
    expect(pipes.rows.map((row) => row.cells)).toEqual([
      ['Acme', 'Designer'],
      ['Globex', 'Cook'],
    ]);
    const tabs = await readTable('jobs.csv', 'Company\tRole\nAcme\tDesigner\n');
    expect(tabs.header).toEqual(['Company', 'Role']);
  });
});

describe('rows and their lines', () => {
  it('keeps the line each row starts on, across quoted line breaks, CRLF and skipped blank rows', async () => {
    const text = 'Company,Notes\r\n"Acme","two\r\nlines"\r\n\r\n , \r\nGlobex,plain\r\n"Initech","a\nb\nc"\r\nUmbrella,last';
    const table = await readTable('jobs.csv', text);
    expect(table.headerLine).toBe(1);
    expect(table.rows).toEqual([
      { line: 2, cells: ['Acme', 'two\r\nlines'] },
      { line: 6, cells: ['Globex', 'plain'] },
      { line: 7, cells: ['Initech', 'a\nb\nc'] },
      { line: 10, cells: ['Umbrella', 'last'] },
    ]);
    expect(table.refused).toEqual([]);
  });

  it('counts a blank line between rows once, with LF line ends', async () => {
    const table = await readTable('jobs.csv', 'Company,Role\nAcme,Designer\n\nGlobex,Cook\n\n\nInitech,Chef\n');
    expect(table.rows.map((row) => [row.line, row.cells[0]])).toEqual([
      [2, 'Acme'],
      [4, 'Globex'],
      [7, 'Initech'],
    ]);
  });

  it("takes off the apostrophe Rebound's own export puts before a formula, and trims the header", async () => {
    const table = await readTable('jobs.csv', " Company , Role \n'=Acme,'+Designer\n");
    expect(table.header).toEqual(['Company', 'Role']);
    expect(table.rows[0]?.cells).toEqual(['=Acme', '+Designer']);
  });

  it('refuses a row whose field count does not fit, naming its line, and drops trailing empty fields first', async () => {
    const text = 'Company,Role\nAcme,Designer,\nGlobex\nInitech,Cook,,\nUmbrella,Chef,Extra\n';
    const table = await readTable('jobs.csv', text);
    expect(table.rows).toEqual([
      { line: 2, cells: ['Acme', 'Designer'] },
      { line: 4, cells: ['Initech', 'Cook'] },
    ]);
    expect(table.refused).toEqual([
      { line: 3, file: 'jobs.csv', reason: 'This row has 1 fields where the header has 2.' },
      { line: 5, file: 'jobs.csv', reason: 'This row has 3 fields where the header has 2.' },
    ]);
  });

  it('keeps empty fields the header has room for, and refuses a row that is short even with them', async () => {
    const table = await readTable('jobs.csv', 'Company,Role,Link\nAcme,,x\n,Cook,\nGlobex,\n');
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['Acme', '', 'x'],
      ['', 'Cook', ''],
    ]);
    expect(table.refused).toEqual([{ line: 4, file: 'jobs.csv', reason: 'This row has 2 fields where the header has 3.' }]);
  });

  it('reads a stray quote inside a field as written, where the field still closes', async () => {
    const table = await readTable('jobs.csv', 'Company,Role\n"Ac"me",Designer\nGlobex,Cook\n');
    expect(table.rows).toEqual([
      { line: 2, cells: ['Ac"me', 'Designer'] },
      { line: 3, cells: ['Globex', 'Cook'] },
    ]);
  });

  it('refuses a quote that never closes, naming the line it opens on', async () => {
    const text = 'Company,Role\nAcme,Designer\nGlobex,"Cook\nInitech,Chef\n';
    expect(await refusal(readTable('jobs.csv', text))).toBe(
      'Line 3: A quote opens on this line and never closes, so Rebound could not tell where the field ends.',
    );
  });
});

describe('the header', () => {
  it('is the first row that is not blank by default', async () => {
    const table = await readTable('jobs.csv', '\n , \nCompany,Role\nAcme,Designer\n');
    expect(table.header).toEqual(['Company', 'Role']);
    expect(table.headerLine).toBe(3);
    expect(table.rows).toEqual([{ line: 4, cells: ['Acme', 'Designer'] }]);
  });

  it('is the row the caller recognises, after notes, and only the rows under it are read', async () => {
    const text = 'Notes:\n"Exported, with care"\n\nFirst Name,Company\nAda,Acme\n';
    const table = await readTable('Connections.csv', text, (cells) => cells.includes('First Name'));
    expect(table.header).toEqual(['First Name', 'Company']);
    expect(table.headerLine).toBe(4);
    expect(table.rows).toEqual([{ line: 5, cells: ['Ada', 'Acme'] }]);
  });

  it('is found on the second row too', async () => {
    const table = await readTable('Connections.csv', 'Notes\nName\nAda\n', (cells) => cells[0] === 'Name');
    expect(table.headerLine).toBe(2);
    expect(table.rows).toEqual([{ line: 3, cells: ['Ada'] }]);
  });

  it('is looked for in the first 50 rows only', async () => {
    const notes = Array.from({ length: 50 }, (_, at) => `note ${at + 1}`).join('\n');
    const text = `${notes}\nName\nAda\n`;
    expect(await refusal(readTable('Connections.csv', text, (cells) => cells[0] === 'Name'))).toBe(
      'Rebound could not find a header row naming the columns.',
    );
    const found = await readTable('Connections.csv', text.slice(text.indexOf('\n') + 1), (cells) => cells[0] === 'Name');
    expect(found.headerLine).toBe(50);
  });

  it('refuses a file with a header and nothing under it, or nothing at all', async () => {
    expect(await refusal(readTable('jobs.csv', 'Company,Role\n\n , \n'))).toBe('There is a header, but no rows under it.');
    expect(await refusal(readTable('jobs.csv', '\n\n'))).toBe('Rebound could not find a header row naming the columns.');
  });
});

describe('the row limit', () => {
  it('reads 100,000 rows under the header and refuses 100,001', async () => {
    const read = await readTable('jobs.csv', `Company\n${'Acme\n'.repeat(100_000)}`);
    expect(read.rows).toHaveLength(100_000);
    expect(read.rows[99_999]).toEqual({ line: 100_001, cells: ['Acme'] });
    expect(await refusal(readTable('jobs.csv', `Company\n${'Acme\n'.repeat(100_001)}`))).toBe(
      'This file has more than 100,000 rows, more than Rebound brings in at once.',
    );
  });
});

describe('pausing on a long file', () => {
  it('says how many rows it has read every 2,000, then the total, and keeps the lines right across the pauses', async () => {
    const body = Array.from({ length: 4500 }, (_, at) => `Company ${at + 1},Role`);
    const heard: number[] = [];
    const table = await readTable('jobs.csv', `Company,Role\n${body.join('\n')}\n`, undefined, (rows) => heard.push(rows));
    expect(heard).toEqual([2000, 4000, 4500]);
    expect(table.rows).toHaveLength(4500);
    expect(table.rows[1999]).toEqual({ line: 2001, cells: ['Company 2000', 'Role'] });
    expect(table.rows[2000]).toEqual({ line: 2002, cells: ['Company 2001', 'Role'] });
    expect(table.rows[4499]).toEqual({ line: 4501, cells: ['Company 4500', 'Role'] });
  });

  it('does not pause at the very end of the text', async () => {
    const body = Array.from({ length: 2000 }, (_, at) => `Company ${at + 1},Role`);
    const heard: number[] = [];
    await readTable('jobs.csv', `Company,Role\n${body.join('\n')}`, undefined, (rows) => heard.push(rows));
    expect(heard).toEqual([2000]);
  });

  it('never cuts the rest of a text without quotes into lines at a pause, so a long file costs its length once', async () => {
    // Papaparse's fast mode (taken when a text has no quote) splits all the text still to read at every
    // resume: 50 times over for the 31 MB of a million rows before the limit refuses them. Counted here
    // as the characters split at a line break, not timed.
    const text = `Company,Role\n${'Acme,Designer\n'.repeat(10_000)}`;
    let splitAtLines = 0;
    const split = String.prototype.split;
    const counted = function (this: string, separator: string, limit?: number): string[] {
      // The delimiter is guessed from the first 64 KB, a few times over; that part does not grow with the file.
      if ((separator === '\n' || separator === '\r\n') && this.length > 65_536) splitAtLines += this.length;
      return Reflect.apply(split, this, [separator, limit]) as string[];
    };
    const spy = vi.spyOn(String.prototype, 'split').mockImplementation(counted as typeof split);
    try {
      const table = await readTable('jobs.csv', text);
      expect(table.rows).toHaveLength(10_000);
    } finally {
      spy.mockRestore();
    }
    // Guessing the line ending splits the text (its first megabyte) once; nothing longer is split at its lines.
    expect(splitAtLines).toBeLessThanOrEqual(text.length);
  });
});

describe("a row's cells by name", () => {
  it('finds a column without case, spaces, underscores or hyphens, the first name present winning, trimmed', async () => {
    const table = await readTable('jobs.csv', 'Company_Name,applied-on, Job  Title \n  Acme  ,2025-03-04,Designer\n');
    const cell = cellsByName(table);
    const row = table.rows[0]!;
    expect(cell(row, 'company name')).toBe('Acme');
    expect(cell(row, 'Applied On')).toBe('2025-03-04');
    expect(cell(row, 'Missing', 'JOB_TITLE', 'company name')).toBe('Designer');
    expect(cell(row, 'Missing')).toBe('');
    expect(cell({ line: 9, cells: ['Acme'] }, 'job title')).toBe('');
  });

  it('normalises a name to lower case with single spaces', () => {
    expect(normalName('  Applied__On - Date\t')).toBe('applied on date');
  });
});
