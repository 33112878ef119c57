import { describe, expect, it } from 'vitest';
import { plannerCoreForEachTest, type PlannerCore } from '../support/plannerCore';

/**
 * The applications CSV (electron/core/applications/csv.ts) at its edges: headers as a spreadsheet writes
 * them, cells with spaces around them, and each refusal naming its line and the field at fault. Today is
 * 11 March 2026 on a fixed clock; every expectation is written out by hand.
 */

const planner = plannerCoreForEachTest('2026-03-11T10:00:00');

/** What is stored of the imported applications, by company. */
const stored = (p: PlannerCore) =>
  p.core.db
    .prepare(
      `SELECT company, role, source, remote, status, applied_on, deadline_on, salary_min, salary_max FROM applications
       ORDER BY company`,
    )
    .all();

describe('the applications CSV import reads headers and cells as a spreadsheet writes them', () => {
  it('takes headers in any case, with spaces around them and spaces or hyphens between words', async () => {
    const p = await planner();
    const text = ' Company ,Salary-Min,salary  max,APPLIED ON,Deadline - On\nAcme,40000,50000,2026-03-02,2026-04-01\n';
    expect(await p.call('applications:importCsv', { content: text })).toEqual({ imported: 1 });
    expect(stored(p)).toEqual([
      {
        company: 'Acme',
        role: '',
        source: 'other',
        remote: 0,
        status: 'saved',
        applied_on: '2026-03-02',
        deadline_on: '2026-04-01',
        salary_min: 40000,
        salary_max: 50000,
      },
    ]);
  });

  it('reads cells with spaces around them: figures, days, a source and a status in friendly words', async () => {
    const p = await planner();
    const header = 'company,role,source,remote,status,applied_on,deadline_on,salary_min,salary_max';
    const text = `${header}\nAcme, Lead ,  Company-Site , TRUE , No Reply , 2026-03-02 , 2026-04-01 , 40000 ,\nBeta,,,n,,, ,, 60000 \n`;
    expect(await p.call('applications:importCsv', { content: text })).toEqual({ imported: 2 });
    expect(stored(p)).toEqual([
      {
        company: 'Acme',
        role: 'Lead',
        source: 'company_site',
        remote: 1,
        status: 'no_reply',
        applied_on: '2026-03-02',
        deadline_on: '2026-04-01',
        salary_min: 40000,
        salary_max: null,
      },
      {
        company: 'Beta',
        role: '',
        source: 'other',
        remote: 0,
        status: 'saved',
        applied_on: null,
        deadline_on: null,
        salary_min: null,
        salary_max: 60000,
      },
    ]);
  });

  it('keeps digits in a text column as text, reads several spaces or a spaced hyphen as one underscore, and a blank source as other', async () => {
    const p = await planner();
    const header = 'company,role,source,status,salary_min,salary_max';
    const text = `${header}\nGamma,42,   ,offer,50000,50000\nDelta,7,Job - Board,no   reply,,\n`;
    expect(await p.call('applications:importCsv', { content: text })).toEqual({ imported: 2 });
    expect(stored(p)).toEqual([
      {
        company: 'Delta',
        role: '7',
        source: 'job_board',
        remote: 0,
        status: 'no_reply',
        applied_on: null,
        deadline_on: null,
        salary_min: null,
        salary_max: null,
      },
      {
        company: 'Gamma',
        role: '42',
        source: 'other',
        remote: 0,
        status: 'offer',
        applied_on: null,
        deadline_on: null,
        salary_min: 50000,
        salary_max: 50000,
      },
    ]);
  });

  it('links the person the recruiter columns name, and no one when those columns are left out or empty', async () => {
    const p = await planner();
    expect(await p.call('applications:importCsv', { content: 'company,role\nAcme,Designer\n' })).toEqual({ imported: 1 });
    expect(await p.call('applications:importCsv', { content: 'company,recruiter_email\nBeta,\n' })).toEqual({ imported: 1 });
    expect(await p.call('applications:importCsv', { content: 'company,recruiter_name\nGamma,\n' })).toEqual({ imported: 1 });
    expect(await p.call('applications:importCsv', { content: 'company,recruiter_name\nDelta,Sam Lee\n' })).toEqual({ imported: 1 });
    expect(
      p.core.db
        .prepare(
          `SELECT a.company, c.name, c.email FROM application_contacts l JOIN contacts c ON c.id = l.contact_id
           JOIN applications a ON a.id = l.application_id`,
        )
        .all(),
    ).toEqual([{ company: 'Delta', name: 'Sam Lee', email: '' }]);
    expect(p.core.db.prepare('SELECT name, email FROM contacts').all()).toEqual([{ name: 'Sam Lee', email: '' }]);
  });

  it("takes the formula guard off only at a field's start: an apostrophe before a sign later in a field stays", async () => {
    const p = await planner();
    const text = `company,role,notes\n"'=Acme","Rock'-n-roll lead","Said '+1 to remote"\n`;
    expect(await p.call('applications:importCsv', { content: text })).toEqual({ imported: 1 });
    expect(p.core.db.prepare('SELECT company, role, notes FROM applications').all()).toEqual([
      { company: '=Acme', role: "Rock'-n-roll lead", notes: "Said '+1 to remote" },
    ]);
  });

  it('dates the first status of an imported application on its applied day, or today when it has none', async () => {
    const p = await planner();
    const text = 'company,status,applied_on\nAcme,applied,2026-03-02\nBeta,saved,\n';
    expect(await p.call('applications:importCsv', { content: text })).toEqual({ imported: 2 });
    expect(
      p.core.db
        .prepare(
          `SELECT a.company, h.status, h.day FROM application_status_history h JOIN applications a ON a.id = h.application_id
           ORDER BY a.company`,
        )
        .all(),
    ).toEqual([
      { company: 'Acme', status: 'applied', day: '2026-03-02' },
      { company: 'Beta', status: 'saved', day: '2026-03-11' },
    ]);
  });
});

describe('the applications CSV import refuses a file whole, naming the line', () => {
  const long = 'x'.repeat(50);
  it.each([
    ['a column given twice', 'company,role,Company\nA,x,B\n', 'Line 1: the column "company" appears twice.'],
    ['a header with no rows under it', 'company,role\n', 'Line 2: there are no applications under the header.'],
    [
      'an unknown column, its name cut to 40 characters',
      `company,${long}\nA,x\n`,
      `Line 1: the column "${'x'.repeat(40)}" is not one Rebound knows.`,
    ],
    ['too few fields', 'company,role\nA,x\nB\n', 'Line 3: expected 2 fields but found 1.'],
    ['a remote that is neither yes nor no', 'company,remote\nA,yes\nB,maybe\n', 'Line 3: remote should be yes or no.'],
    [
      'an unknown status, cut to 40 characters',
      `company,status\nA,${long}\n`,
      `Line 2: "${'x'.repeat(40)}" is not a status Rebound knows.`,
    ],
    ['an unknown source', 'company,source\nA,newspaper\n', 'Line 2: source: Pick one of the listed sources.'],
    ['a figure written with an exponent', 'company,salary_min\nA,1e5\n', 'Line 2: salaryMin: Use a whole amount, like 55000.'],
    ['a figure of ten digits', 'company,salary_min\nA,1234567890\n', 'Line 2: salaryMin: Use a whole amount, like 55000.'],
    [
      'an applied day before 1990',
      'company,applied_on\nA,1989-12-31\n',
      'Line 2: Pick a day from 1990 on; that one looks like a slip of the calendar.',
    ],
  ])('refuses %s', async (_name, content, message) => {
    const p = await planner();
    const error = await p.refusal('applications:importCsv', { content });
    expect(error.message).toBe(`${message} Nothing was imported.`);
    expect(p.core.db.prepare('SELECT count(*) FROM applications').pluck().get()).toBe(0);
  });
});

describe('the applications CSV export', () => {
  it('writes every column of every application, in order, as a spreadsheet reads it', async () => {
    const p = await planner();
    await p.call('applications:create', { company: 'Beta' });
    await p.call('applications:create', {
      company: 'Acme',
      role: 'Designer',
      link: 'https://jobs.example/7',
      source: 'referral',
      location: 'Leeds',
      remote: true,
      salaryNote: 'about 50k',
      recruiterName: 'Sam Lee',
      recruiterEmail: 'sam@acme.example',
      notes: 'Met at the meetup',
      status: 'applied',
      day: '2026-03-02',
      deadlineOn: '2026-03-31',
      posting: 'We design calm tools.',
      salaryMin: 0,
      salaryMax: 60000,
      salaryCurrency: 'EUR',
    });
    const file = await p.call('applications:exportCsv');
    expect(file.fileName).toBe('rebound-applications-2026-03-11.csv');
    expect(file.mimeType).toBe('text/csv');
    const row = (fields: string[]) => fields.map((field) => `"${field}"`).join(',');
    expect(file.content).toBe(
      '\uFEFF' +
        [
          row([
            'company',
            'role',
            'link',
            'source',
            'location',
            'remote',
            'salary_note',
            'recruiter_name',
            'recruiter_email',
            'notes',
            'status',
            'applied_on',
            'deadline_on',
            'posting',
            'salary_min',
            'salary_max',
            'salary_currency',
          ]),
          row([
            'Acme',
            'Designer',
            'https://jobs.example/7',
            'referral',
            'Leeds',
            'yes',
            'about 50k',
            'Sam Lee',
            'sam@acme.example',
            'Met at the meetup',
            'applied',
            '2026-03-02',
            '2026-03-31',
            'We design calm tools.',
            '0',
            '60000',
            'EUR',
          ]),
          row(['Beta', '', '', 'other', '', 'no', '', '', '', '', 'saved', '', '', '', '', '', '']),
        ].join('\r\n') +
        '\r\n',
    );
  });
});
