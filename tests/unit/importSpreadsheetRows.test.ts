import { describe, expect, it } from 'vitest';
import { content, fillMessage } from '../../content';
import { DomainError } from '../../electron/core/ipc/result';
import { guessColumns, readSpreadsheet } from '../../electron/core/imports/spreadsheet';
import type { Table } from '../../electron/core/imports/table';
import { tableOf as tableIn } from '../support/importTables';

/**
 * A spreadsheet kept by hand, read from tables built here (the file reading is
 * tests/unit/importTable.test.ts, the languages tests/integration/importLanguages.test.ts):
 * which column is which, what a row becomes, which date order it follows and when it asks,
 * and each row refused with its reason. Today is 2026-03-10.
 */

const words = content.imports.errors;
const today = '2026-03-10';
const tableOf = (header: string[], rows: string[][]): Table => tableIn('search.csv', header, rows);
const refusal = (line: number, reason: string) => ({ line, file: 'search.csv', reason });

describe('which column is which', () => {
  it('takes the first header naming a field, and leaves a second one alone', () => {
    expect(guessColumns(['Notes', 'Company', 'Employer', 'Comments'])).toEqual({ notes: 0, company: 1 });
    expect(guessColumns(['Company', 'Company'])).toEqual({ company: 0 });
  });

  it('reads headers without case, spacing, underscores or accents', () => {
    expect(guessColumns([' JOB_TITLE ', 'company  name', 'Ubicación', 'Date-Applied'])).toEqual({
      role: 0,
      company: 1,
      location: 2,
      applied: 3,
    });
  });

  it('knows every field by one of its English names', () => {
    const header = ['Company', 'Role', 'Link', 'Location', 'Status', 'Applied', 'Saved', 'Notes', 'Contact', 'Email', 'Phone', 'Salary'];
    expect(guessColumns(header)).toEqual({
      company: 0,
      role: 1,
      link: 2,
      location: 3,
      status: 4,
      applied: 5,
      saved: 6,
      notes: 7,
      contactName: 8,
      contactEmail: 9,
      contactPhone: 10,
      salary: 11,
    });
  });
});

describe('a row of a spreadsheet', () => {
  it('becomes an application with every field the sheet names, trimmed, from any source', () => {
    const header = ['Company', 'Role', 'Link', 'Location', 'Status', 'Applied', 'Saved', 'Notes', 'Contact', 'Email', 'Phone', 'Salary'];
    const cells = [
      ' Acme ',
      ' Designer ',
      ' acme.example/jobs/1 ',
      ' Denver ',
      ' Interview ',
      ' 2025-03-04 ',
      ' 2025-03-01 ',
      ' Met at the fair ',
      ' Jo Park ',
      ' jo@acme.example ',
      ' +1 555 0100 ',
      ' $90k ',
    ];
    const result = readSpreadsheet(tableOf(header, [cells]), today, undefined);
    expect(result.refused).toEqual([]);
    expect(result.contacts).toEqual([]);
    expect(result.dateFormat).toBeNull();
    expect(result.rows).toEqual([
      {
        line: 2,
        file: 'search.csv',
        company: 'Acme',
        role: 'Designer',
        link: 'acme.example/jobs/1',
        location: 'Denver',
        remote: false,
        salary: '$90k',
        source: 'other',
        status: 'interviewing',
        day: '2025-03-04',
        appliedOn: '2025-03-04',
        contact: { name: 'Jo Park', email: 'jo@acme.example', phone: '+1 555 0100' },
        resumeName: '',
        answers: [],
        description: 'Met at the fair',
        extra: [],
      },
    ]);
  });

  it('reads a column the sheet lacks, or a cell its row lacks, as empty', () => {
    const result = readSpreadsheet(tableOf(['Company', 'Role', 'Notes'], [['Acme']]), today, undefined);
    expect(result.rows).toEqual([
      expect.objectContaining({
        company: 'Acme',
        role: '',
        link: '',
        location: '',
        salary: '',
        description: '',
        contact: { name: '', email: '', phone: '' },
      }),
    ]);
  });

  it('is applied on its day when it has one and no status, saved otherwise, and sent today when a status says so without a day', () => {
    const header = ['Company', 'Status', 'Applied', 'Saved'];
    const result = readSpreadsheet(
      tableOf(header, [
        ['Applied Co', '', '2025-03-04', ''],
        ['Saved Co', '', '', '2025-02-01'],
        ['Bare Co', '', '', ''],
        ['Sent Co', 'Applied', '', ''],
        ['Early Co', 'Interview', '', '2025-02-01'],
        ['Kept Co', 'Saved', '', '2025-02-03'],
        ['Both Co', '', '2025-03-05', '2025-02-04'],
      ]),
      today,
      undefined,
    );
    expect(result.refused).toEqual([]);
    expect(result.rows.map((row) => [row.company, row.status, row.day, row.appliedOn])).toEqual([
      ['Applied Co', 'applied', '2025-03-04', '2025-03-04'],
      ['Saved Co', 'saved', '2025-02-01', null],
      ['Bare Co', 'saved', today, null],
      ['Sent Co', 'applied', today, today],
      ['Early Co', 'interviewing', '2025-02-01', '2025-02-01'],
      ['Kept Co', 'saved', '2025-02-03', null],
      ['Both Co', 'applied', '2025-03-05', '2025-03-05'],
    ]);
  });

  it('refuses a status word it does not know, quoting at most 40 characters, and reads the next row', () => {
    const long = `Maybe ${'later '.repeat(10)}`;
    const result = readSpreadsheet(
      tableOf(
        ['Company', 'Status'],
        [
          ['Acme', ' Vielleicht '],
          ['Globex', long],
          ['Initech', 'offer'],
        ],
      ),
      today,
      undefined,
    );
    expect(result.rows.map((row) => [row.company, row.status])).toEqual([['Initech', 'offer']]);
    expect(result.refused).toEqual([
      refusal(2, fillMessage(words.statusUnknown, { value: 'Vielleicht' })),
      refusal(3, fillMessage(words.statusUnknown, { value: long.trim().slice(0, 40) })),
    ]);
  });

  it('refuses a row whose applied or saved day cannot be read, quoting at most 40 characters', () => {
    const long = `sometime in ${'spring '.repeat(8)}`.trim();
    const result = readSpreadsheet(
      tableOf(
        ['Company', 'Applied', 'Saved'],
        [
          ['Acme', long, ''],
          ['Globex', '', 'yesterday'],
          ['Initech', '2025-02-30', ''],
          ['Hooli', '2025-02-28', ''],
        ],
      ),
      today,
      undefined,
    );
    expect(result.rows.map((row) => row.company)).toEqual(['Hooli']);
    expect(result.refused).toEqual([
      refusal(2, fillMessage(words.dateUnreadable, { value: long.slice(0, 40) })),
      refusal(3, fillMessage(words.dateUnreadable, { value: 'yesterday' })),
      refusal(4, fillMessage(words.dateUnreadable, { value: '2025-02-30' })),
    ]);
  });

  it('refuses a sheet with no company column, saying how to name one', () => {
    const read = () => readSpreadsheet(tableOf(['Role', 'Status'], [['Cook', 'applied']]), today, undefined);
    expect(read).toThrow(DomainError);
    expect(read).toThrow(words.noCompanyColumn);
  });
});

describe('the order of its dates', () => {
  it('asks about slashed or dashed dates that read two ways, quoting at most 40 characters, and reads the rest', () => {
    const long = `03/04/25 ${'x'.repeat(40)}`;
    const result = readSpreadsheet(
      tableOf(
        ['Company', 'Applied'],
        [
          ['Slashed', '03/04/25'],
          ['Dashed', '3-4-2025'],
          ['Iso', '2025-03-04'],
          ['Dotted', '03.04.2025'],
          ['Same', '7/7/25'],
          ['Long', long],
        ],
      ),
      today,
      undefined,
    );
    expect(result.dateFormat).toEqual({ ambiguous: true, chosen: null, example: '03/04/25' });
    expect(result.rows.map((row) => [row.company, row.appliedOn])).toEqual([
      ['Iso', '2025-03-04'],
      ['Dotted', '2025-04-03'],
      ['Same', '2025-07-07'],
    ]);
    expect(result.refused).toEqual([
      refusal(2, fillMessage(words.dateFormatNeeded, { value: '03/04/25' })),
      refusal(3, fillMessage(words.dateFormatNeeded, { value: '3-4-2025' })),
      refusal(7, fillMessage(words.dateFormatNeeded, { value: long.slice(0, 40) })),
    ]);
  });

  it('asks about the saved column too, and a saved day can prove the order of an applied one', () => {
    const unsure = readSpreadsheet(tableOf(['Company', 'Applied', 'Saved'], [['Acme', '', '03/04/25']]), today, undefined);
    expect(unsure.dateFormat).toEqual({ ambiguous: true, chosen: null, example: '03/04/25' });
    expect(unsure.refused).toEqual([refusal(2, fillMessage(words.dateFormatNeeded, { value: '03/04/25' }))]);
    const proved = readSpreadsheet(
      tableOf(
        ['Company', 'Applied', 'Saved'],
        [
          ['Acme', '03/04/25', ''],
          ['Globex', '', '25/02/25'],
        ],
      ),
      today,
      undefined,
    );
    expect(proved.dateFormat).toBeNull();
    expect(proved.rows.map((row) => [row.company, row.day])).toEqual([
      ['Acme', '2025-04-03'],
      ['Globex', '2025-02-25'],
    ]);
  });

  it('follows the order the values prove without asking', () => {
    const monthFirst = readSpreadsheet(
      tableOf(
        ['Company', 'Applied'],
        [
          ['Acme', '03/04/25'],
          ['Globex', '02/25/25'],
        ],
      ),
      today,
      undefined,
    );
    expect(monthFirst.dateFormat).toBeNull();
    expect(monthFirst.rows.map((row) => row.appliedOn)).toEqual(['2025-03-04', '2025-02-25']);
  });

  it('follows a chosen order, and says it was chosen even when the values could not be read two ways', () => {
    const chosen = readSpreadsheet(tableOf(['Company', 'Applied'], [['Acme', '03/04/25']]), today, 'dmy');
    expect(chosen.dateFormat).toEqual({ ambiguous: true, chosen: 'dmy', example: '03/04/25' });
    expect(chosen.rows.map((row) => row.appliedOn)).toEqual(['2025-04-03']);
    const overruled = readSpreadsheet(tableOf(['Company', 'Applied'], [['Acme', '25/02/25']]), today, 'mdy');
    expect(overruled.dateFormat).toEqual({ ambiguous: false, chosen: 'mdy', example: '' });
    expect(overruled.rows).toEqual([]);
    expect(overruled.refused).toEqual([refusal(2, fillMessage(words.dateUnreadable, { value: '25/02/25' }))]);
  });
});
