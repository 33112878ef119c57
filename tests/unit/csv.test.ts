import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { guardFormula, parseCsv, readFormulaGuarded, writeCsv } from '../../electron/core/csv';

describe('CSV that spreadsheets open safely', () => {
  it.each(['=HYPERLINK("http://evil.example","click")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'turns %j into text a spreadsheet will not run, and back',
    (field) => {
      expect(guardFormula(field)).toBe(`'${field}`);
      expect(readFormulaGuarded(guardFormula(field))).toBe(field);
    },
  );

  it.each(['Acme', "O'Brien & Sons", 'Zoë, "Ltd"', '設計者', '', "'quoted already"])('leaves %j as it is', (field) => {
    expect(guardFormula(field)).toBe(field);
    expect(readFormulaGuarded(field)).toBe(field);
  });

  it('writes what a maintained parser reads back, guard included, and our parser undoes the guard', () => {
    const rows = [
      ['company', 'notes'],
      ['=cmd|" /C calc"!A0', 'line one\nline two, with "quotes"'],
    ];
    const text = writeCsv(rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[1]).toEqual(['\'=cmd|" /C calc"!A0', 'line one\nline two, with "quotes"']);
    const ours = parseCsv(text).map((record) => record.fields.map(readFormulaGuarded));
    expect(ours).toEqual(rows);
  });
});

describe('CSV that is not text', () => {
  it('refuses a NUL character with its line, since SQLite would read the value only up to it', () => {
    expect(() => parseCsv('company\r\nAcme\r\n\u0000Beta\r\n')).toThrow(expect.objectContaining({ name: 'CsvError', line: 3 }));
    expect(parseCsv('company\r\nAcme\r\n').map((record) => record.fields)).toEqual([['company'], ['Acme']]);
  });
});
