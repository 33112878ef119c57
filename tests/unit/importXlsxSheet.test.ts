import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { content, fillMessage } from '../../content';
import { maxArchiveBytes } from '../../electron/core/imports/archive';
import { readXlsx } from '../../electron/core/imports/xlsx';
import { makeXlsx, type XlsxCell } from '../support/xlsx';
import { declareSize } from '../support/importTables';

/**
 * The first sheet of an .xlsx as a table (what the readers make of a table is their own tests'):
 * blank rows left out with every line number kept, the header trimmed, each row as wide as the
 * header, cells of every kind as text, and a file refused before or after read-excel-file opens it.
 */

const words = content.imports.errors;

/**
 * The sheet with a date style added (built-in number format 14, the one Excel gives a typed date),
 * and each cell written `{ date: serial }` stored as a number in that style, as Excel stores dates.
 */
function withDates(rows: (XlsxCell | { date: string })[][]): Uint8Array {
  const marked = rows.map((cells, r) =>
    cells.map((cell, c) => (cell !== null && typeof cell === 'object' && 'date' in cell ? `date-${r}-${c}` : cell)),
  );
  const files = unzipSync(makeXlsx(marked));
  let sheet = strFromU8(files['xl/worksheets/sheet1.xml'] as Uint8Array);
  rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell === null || typeof cell !== 'object' || !('date' in cell)) return;
      const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
      sheet = sheet.replace(
        `<c r="${ref}" t="inlineStr"><is><t>date-${r}-${c}</t></is></c>`,
        `<c r="${ref}" s="1"><v>${cell.date}</v></c>`,
      );
    }),
  );
  files['xl/worksheets/sheet1.xml'] = strToU8(sheet);
  files['xl/styles.xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>',
  );
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels'] as Uint8Array);
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
  );
  return zipSync(files);
}

describe('an .xlsx as a table', () => {
  it('leaves out blank rows, keeping each row’s line, with its text trimmed', async () => {
    const xlsx = makeXlsx([
      [null, null],
      [' Company ', ' Role '],
      ['Acme', ' Designer '],
      ['  ', null],
      [null, null],
      ['Globex', 'Cook'],
    ]);
    await expect(readXlsx('search.xlsx', xlsx)).resolves.toEqual({
      file: 'search.xlsx',
      header: ['Company', 'Role'],
      headerLine: 2,
      rows: [
        { line: 3, cells: ['Acme', 'Designer'] },
        { line: 6, cells: ['Globex', 'Cook'] },
      ],
      refused: [],
    });
  });

  it('reads every row as wide as the sheet: an empty cell as empty text, one past the header under an empty name', async () => {
    const xlsx = makeXlsx([
      ['Company', 'Role', 'Notes'],
      ['Acme', null, null],
      ['Globex', 'Cook', 'Busy', 'past the header'],
    ]);
    const table = await readXlsx('wide.xlsx', xlsx);
    expect(table.header).toEqual(['Company', 'Role', 'Notes', '']);
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['Acme', '', '', ''],
      ['Globex', 'Cook', 'Busy', 'past the header'],
    ]);
  });

  it('reads numbers as written, a typed date as its day, and a date past any calendar as empty', async () => {
    const xlsx = withDates([
      ['Company', 'Salary', 'Applied'],
      ['Acme', 55000, { date: '45720' }],
      ['Globex', 0.5, { date: '45720.99' }],
      ['Initech', 12, { date: '1e300' }],
    ]);
    const table = await readXlsx('dates.xlsx', xlsx);
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['Acme', '55000', '2025-03-04'],
      ['Globex', '0.5', '2025-03-04'],
      ['Initech', '12', ''],
    ]);
  });

  it('reads a sheet handed in as a view into a larger buffer', async () => {
    const xlsx = makeXlsx([['Company'], ['Acme']]);
    const larger = new Uint8Array(xlsx.length + 200).fill(7);
    larger.set(xlsx, 100);
    const view = new Uint8Array(larger.buffer, 100, xlsx.length);
    await expect(readXlsx('view.xlsx', view)).resolves.toMatchObject({ header: ['Company'], rows: [{ line: 2, cells: ['Acme'] }] });
  });

  it('refuses a sheet with no rows at all, or only a header', async () => {
    await expect(readXlsx('empty.xlsx', makeXlsx([[null], [null]]))).rejects.toThrow(words.noHeader);
    await expect(
      readXlsx(
        'header.xlsx',
        makeXlsx([
          ['Company', 'Role'],
          [' ', null],
        ]),
      ),
    ).rejects.toThrow(words.noRows);
  });

  it('refuses a zip that is no workbook, saying so', async () => {
    const notWorkbook = zipSync({ 'hello.txt': strToU8('no workbook here') });
    await expect(readXlsx('sheet.xlsx', notWorkbook)).rejects.toThrow(words.xlsxUnreadable);
  });

  it('checks it as an archive before opening it: a declared size past the limit is refused unread', async () => {
    const xlsx = makeXlsx([['Company'], ['Acme']]);
    const bomb = declareSize(xlsx, 'xl/worksheets/sheet1.xml', maxArchiveBytes + 1);
    await expect(readXlsx('bomb.xlsx', bomb)).rejects.toThrow(fillMessage(words.zipTooLarge, { max: maxArchiveBytes / 1024 / 1024 }));
  });
});
