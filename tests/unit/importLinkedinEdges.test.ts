import { describe, expect, it } from 'vitest';
import { content, fillMessage } from '../../content';
import {
  isConnectionsHeader,
  isLinkedInApplications,
  isLinkedInSaved,
  readAnswers,
  readConnections,
  readLinkedInApplications,
  readLinkedInSaved,
} from '../../electron/core/imports/linkedin';
import { tableOf } from '../support/importTables';

/**
 * LinkedIn's three files, read from tables built here by hand (the archive and the file reading are
 * tests/integration/imports.test.ts): which header names which file, what each row becomes, the
 * answers a row carries, and the connections kept, with the day each was made.
 */

const words = content.imports.errors;

describe('which LinkedIn file a header is', () => {
  it.each([
    [['Application Date', 'Company Name'], true],
    [[' application_date ', 'Job Title', 'COMPANY-NAME'], true],
    [['Company Name', 'Application Date'], false],
    [['Application Date', 'Company'], false],
    [['Saved Date', 'Company Name'], false],
    [[], false],
  ])('applications: %j is %s', (header, expected) => {
    expect(isLinkedInApplications(header)).toBe(expected);
  });

  it.each([
    [['Saved Date', 'Job Url', 'Company Name'], true],
    [['SAVED_DATE', 'company  name'], true],
    [['Company Name', 'Saved Date'], false],
    [['Saved Date', 'Company'], false],
    [['Application Date', 'Company Name'], false],
    [[], false],
  ])('saved jobs: %j is %s', (header, expected) => {
    expect(isLinkedInSaved(header)).toBe(expected);
  });

  it.each([
    [['First Name', 'Last Name', 'URL', 'Company'], true],
    [['first_name', 'LAST NAME', ' company '], true],
    [['First Name', 'Company'], false],
    [['First Name', 'Last Name', 'Position'], false],
    [['Last Name', 'First Name', 'Company'], false],
    [[], false],
  ])('connections: %j is %s', (cells, expected) => {
    expect(isConnectionsHeader(cells)).toBe(expected);
  });
});

describe('the answers of an application', () => {
  it.each([
    ['', []],
    ['   ', []],
    ['Will you relocate?:No', [{ question: 'Will you relocate?', answer: 'No' }]],
    [' Notice period : 4 weeks ', [{ question: 'Notice period', answer: '4 weeks' }]],
    // The first "?:" splits the pair, even after a plain colon; a later colon stays in the answer.
    ['Time: zone?:CET, 9:00', [{ question: 'Time: zone?', answer: 'CET, 9:00' }]],
    ['Anything else', [{ question: 'Anything else', answer: '' }]],
    [':Only an answer', [{ question: '', answer: 'Only an answer' }]],
    // Pairs are split at a bar with a space either side; an empty pair is dropped.
    [
      'Remote?:Yes |  | Years?:4 | :',
      [
        { question: 'Remote?', answer: 'Yes' },
        { question: 'Years?', answer: '4' },
      ],
    ],
    ['Stack?:React|Vue', [{ question: 'Stack?', answer: 'React|Vue' }]],
  ])('reads %j', (text, expected) => {
    expect(readAnswers(text)).toEqual(expected);
  });
});

const applicationsHeader = [
  'Application Date',
  'Contact Email',
  'Contact Phone Number',
  'Company Name',
  'Job Title',
  'Job Url',
  'Resume Name',
  'Question And Answers',
];

describe('Job Applications.csv', () => {
  it('reads a row as an application sent on its day, with everything it names', () => {
    const table = tableOf('Job Applications.csv', applicationsHeader, [
      [
        '7/6/23, 2:20 PM',
        ' ana@acme.example ',
        '+1 555 0100',
        ' Acme ',
        'Designer',
        'https://www.linkedin.com/jobs/view/1',
        'cv.pdf',
        'Remote?:Yes',
      ],
    ]);
    const result = readLinkedInApplications(table);
    expect(result.refused).toEqual([]);
    expect(result.contacts).toEqual([]);
    expect(result.dateFormat).toBeNull();
    expect(result.rows).toEqual([
      {
        line: 2,
        file: 'Job Applications.csv',
        company: 'Acme',
        role: 'Designer',
        link: 'https://www.linkedin.com/jobs/view/1',
        location: '',
        remote: false,
        salary: '',
        source: 'job_board',
        status: 'applied',
        day: '2023-07-06',
        appliedOn: '2023-07-06',
        contact: { name: '', email: 'ana@acme.example', phone: '+1 555 0100' },
        resumeName: 'cv.pdf',
        answers: [{ question: 'Remote?', answer: 'Yes' }],
        description: '',
        extra: [],
      },
    ]);
  });

  it('reads its dates month first, and refuses a row whose date is not one, quoting at most 40 characters', () => {
    const long = `not a date ${'x'.repeat(50)}`;
    const table = tableOf('Job Applications_1.csv', applicationsHeader, [
      ['12/1/23, 9:05 AM', '', '', 'Globex', 'Cook', '', '', ''],
      [long, '', '', 'Initech', 'Chef', '', '', ''],
      ['', '', '', 'Hooli', 'Baker', '', '', ''],
      ['1/12/24', '', '', 'Umbrella', 'Porter', '', '', ''],
    ]);
    const result = readLinkedInApplications(table);
    expect(result.rows.map((row) => [row.line, row.company, row.day, row.appliedOn])).toEqual([
      [2, 'Globex', '2023-12-01', '2023-12-01'],
      [5, 'Umbrella', '2024-01-12', '2024-01-12'],
    ]);
    expect(result.refused).toEqual([
      { line: 3, file: 'Job Applications_1.csv', reason: fillMessage(words.dateUnreadable, { value: long.slice(0, 40) }) },
      { line: 4, file: 'Job Applications_1.csv', reason: fillMessage(words.dateUnreadable, { value: '' }) },
    ]);
  });
});

describe('Saved Jobs.csv', () => {
  it('reads a row as saved on its day, not applied to', () => {
    const table = tableOf(
      'Saved Jobs.csv',
      ['Saved Date', 'Job Url', 'Job Title', 'Company Name'],
      [
        ['11/2/23, 4:12 PM', 'https://www.linkedin.com/jobs/view/10', ' Writer ', 'Harbor Lantern'],
        ['2/30/23, 4:12 PM', '', 'Editor', 'Quill'],
        ['11/9/23', '', 'Editor', 'Compass'],
      ],
    );
    const result = readLinkedInSaved(table);
    expect(result.rows).toEqual([
      {
        line: 2,
        file: 'Saved Jobs.csv',
        company: 'Harbor Lantern',
        role: 'Writer',
        link: 'https://www.linkedin.com/jobs/view/10',
        location: '',
        remote: false,
        salary: '',
        source: 'job_board',
        status: 'saved',
        day: '2023-11-02',
        appliedOn: null,
        contact: { name: '', email: '', phone: '' },
        resumeName: '',
        answers: [],
        description: '',
        extra: [],
      },
      expect.objectContaining({ line: 4, company: 'Compass', status: 'saved', day: '2023-11-09', appliedOn: null }),
    ]);
    expect(result.refused).toEqual([
      { line: 3, file: 'Saved Jobs.csv', reason: fillMessage(words.dateUnreadable, { value: '2/30/23, 4:12 PM' }) },
    ]);
  });
});

const connectionsHeader = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'];
const person = (company: string, connectedOn: string, first = 'Maya', last = 'Ortiz') => [
  first,
  last,
  'https://www.linkedin.com/in/someone',
  'someone@example.com',
  company,
  'Talent Partner',
  connectedOn,
];

describe('Connections.csv', () => {
  it('keeps a connection at a company applied to, whatever its case or spacing, with everything the row names', () => {
    const table = tableOf('Connections.csv', connectionsHeader, [
      person('  bright   KETTLE ', '06 Jul 2023'),
      person('Gristmill', '14 Mar 2022', 'Sam', 'Whitlow'),
      person('Northwind\tFerries', '2 Jan 2024', 'Ines', ''),
    ]);
    const result = readConnections(table, ['Bright Kettle', ' Northwind Ferries']);
    expect(result.rows).toEqual([]);
    expect(result.refused).toEqual([]);
    expect(result.contacts).toEqual([
      {
        line: 2,
        name: 'Maya Ortiz',
        email: 'someone@example.com',
        phone: '',
        profileLink: 'https://www.linkedin.com/in/someone',
        company: 'bright   KETTLE',
        position: 'Talent Partner',
        connectedOn: '2023-07-06',
      },
      expect.objectContaining({ line: 4, name: 'Ines', company: 'Northwind\tFerries', connectedOn: '2024-01-02' }),
    ]);
  });

  it('keeps nobody when nothing was applied to', () => {
    const table = tableOf('Connections.csv', connectionsHeader, [person('Acme', '06 Jul 2023'), person('', '06 Jul 2023')]);
    expect(readConnections(table, []).contacts).toEqual([]);
  });

  it.each([
    ['01 Jan 2024', '2024-01-01'],
    ['02 Feb 2024', '2024-02-02'],
    ['03 Mar 2024', '2024-03-03'],
    ['04 Apr 2024', '2024-04-04'],
    ['05 May 2024', '2024-05-05'],
    ['06 Jun 2024', '2024-06-06'],
    ['07 Jul 2024', '2024-07-07'],
    ['08 Aug 2024', '2024-08-08'],
    ['09 Sep 2024', '2024-09-09'],
    ['10 Oct 2024', '2024-10-10'],
    ['11 Nov 2024', '2024-11-11'],
    ['12 Dec 2024', '2024-12-12'],
    ['3 DEC 2021', '2021-12-03'],
    ['29 feb 2024', '2024-02-29'],
    ['29 Feb 2023', null],
    ['06 Jly 2023', null],
    ['06 July 2023', null],
    ['2023-07-06', null],
    ['x06 Jul 2023', null],
    ['06 Jul 2023 10:00', null],
    ['', null],
  ])('reads Connected On %j as %s', (written, expected) => {
    const table = tableOf('Connections.csv', connectionsHeader, [person('Acme', written)]);
    expect(readConnections(table, ['Acme']).contacts.map((contact) => contact.connectedOn)).toEqual([expected]);
  });
});
