import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvColumns } from '../../electron/core/applications/csv';
import { parseCsv, writeCsv } from '../../electron/core/csv';
import { buildCalendar, escapeText, foldLine } from '../../electron/core/planner/calendar';
import { plannerCoreForEachTest } from '../support/plannerCore';

const planner = plannerCoreForEachTest('2026-03-11T10:00:00');

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('the .ics export, read back with ical.js', () => {
  it("holds the week's plan and every pending follow-up, each event complete", async () => {
    const p = await planner();
    const tricky = 'Ünïcödé, Inc.; "R&D" \\ Søren 東京';
    const app = await p.call('applications:create', {
      company: tricky,
      role: 'Designer, senior; remote\nfirst line',
      recruiterName: 'Łucja',
      link: 'https://jobs.example/a?b=1,2',
      status: 'applied',
    });
    await p.call('applications:create', { company: 'Beta', status: 'applied', day: '2026-03-09' });
    const file = await p.call('planner:exportIcs', { weekStart: '2026-03-09' });
    expect(file.fileName).toBe('rebound-week-2026-03-09.ics');
    expect(file.mimeType).toBe('text/calendar');

    // RFC 5545 on the wire: CRLF only, no physical line over 75 octets.
    expect(file.content.endsWith('\r\n')).toBe(true);
    expect(file.content.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of file.content.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);

    const calendar = new ICAL.Component(ICAL.parse(file.content));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const uids = events.map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
    for (const event of events) {
      expect(event.startDate.isDate).toBe(true);
      expect(event.endDate.isDate).toBe(true);
      expect(event.endDate.compare(event.startDate)).toBe(1);
      expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toBe(
        new Date('2026-03-11T10:00:00').toISOString().replace('.000', ''),
      );
    }
    const plan = events.filter((event) => event.uid.startsWith('plan-'));
    expect(plan.map((event) => [event.startDate.toString(), event.summary])).toEqual([
      ['2026-03-09', 'Rebound: Search'],
      ['2026-03-10', 'Rebound: Apply'],
      ['2026-03-11', 'Rebound: Learn'],
      ['2026-03-12', 'Rebound: Follow up'],
      ['2026-03-13', 'Rebound: Apply, Network'],
    ]);
    const followUps = events.filter((event) => event.uid.startsWith('follow-up-'));
    expect(followUps.map((event) => [event.startDate.toString(), event.summary])).toEqual([
      ['2026-03-16', 'Follow up with Beta'],
      ['2026-03-18', `Follow up: Designer, senior; remote\nfirst line at ${tricky}`],
    ]);
    expect(followUps[1]?.description).toContain('Łucja');
    expect(followUps[1]?.component.getFirstPropertyValue('url')).toBe('https://jobs.example/a?b=1,2');
    expect(followUps[1]?.uid).toBe(`follow-up-${app.nextFollowUp?.id}@rebound.local`);
  });

  it('escapes text and folds long lines without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
    const long = `SUMMARY:${'東'.repeat(60)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    const text = buildCalendar([{ uid: 'x@y', day: '2026-12-31', summary: 'é'.repeat(100) }], { name: 'N', stamp: new Date(0) });
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('é'.repeat(100));
    expect(event.endDate.toString()).toBe('2027-01-01');
  });
});

describe('CSV, read and written by our RFC 4180 code, checked with papaparse', () => {
  const awkward = [
    ['company', 'notes'],
    ['Acme, Inc.', 'Line one\r\nline two, with "quotes"'],
    ['Ōkami 株式会社', ''],
    ['Ελληνική', 'tab\there'],
  ];

  it('writes what papaparse reads back exactly, with a BOM for spreadsheets', () => {
    const text = writeCsv(awkward);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual(awkward);
  });

  it('reads what papaparse writes, with record line numbers', () => {
    const text = Papa.unparse(awkward, { newline: '\r\n' });
    expect(parseCsv(text).map((record) => record.fields)).toEqual(awkward);
    expect(parseCsv(text).map((record) => record.line)).toEqual([1, 2, 4, 5]);
    expect(parseCsv('a,b\n\n1,2\n').map((r) => [r.line, r.fields])).toEqual([
      [1, ['a', 'b']],
      [3, ['1', '2']],
    ]);
  });

  it.each([
    ['an unclosed quote', 'a,b\n1,"open\n2,3\n', 2, /never closed/],
    ['text after a closing quote', 'a,b\n1,2\n"x"y,3\n', 3, /after a closing quote/],
    ['a stray quote', 'a,b\n1,2\n3,4\n5,ab"c\n', 4, /middle of a field/],
  ])('names the line of %s', (_name, text, line, message) => {
    try {
      parseCsv(text);
      expect.unreachable();
    } catch (error) {
      expect((error as { line: number }).line).toBe(line);
      expect((error as Error).message).toMatch(message);
    }
  });
});

describe('applications as CSV', () => {
  it('round-trips through a real export and import, non-Latin names and all', async () => {
    const p = await planner();
    await p.call('applications:create', {
      company: 'Müller & Søn, GmbH',
      role: 'Ingeniør "lead"',
      link: 'https://example.com/j?x=1,2',
      source: 'referral',
      location: '東京',
      remote: true,
      salaryNote: '€60k, negotiable',
      recruiterName: 'Zoë',
      recruiterEmail: 'zoe@example.com',
      notes: 'Line one\nline two; "quoted", done',
      status: 'applied',
    });
    await p.call('applications:create', { company: 'Plain' });
    const exported = await p.call('applications:exportCsv');
    expect(exported.fileName).toBe('rebound-applications-2026-03-11.csv');
    const rows = Papa.parse<Record<string, string>>(exported.content.slice(1), { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.meta.fields).toEqual([...csvColumns]);
    expect(rows.data[0]).toMatchObject({
      company: 'Müller & Søn, GmbH',
      notes: 'Line one\nline two; "quoted", done',
      remote: 'yes',
      status: 'applied',
      applied_on: '2026-03-11',
    });

    const fresh = await planner();
    expect(await fresh.call('applications:importCsv', { content: exported.content })).toEqual({ imported: 2 });
    const again = await fresh.call('applications:exportCsv');
    expect(again.content).toBe(exported.content);
    // Importing the same file twice is refused whole, with the line at fault.
    const duplicate = await fresh.refusal('applications:importCsv', { content: exported.content });
    expect(duplicate.message).toBe('Line 2: Müller & Søn, GmbH is already in your applications. Nothing was imported.');
    expect((await fresh.call('applications:list')).total).toBe(2);
  });

  it('keeps names that look like formulas inert in the file and exactly as typed after the trip back', async () => {
    const p = await planner();
    const names = ['=HYPERLINK("http://evil.example","click")', '+Plus Partners', '-minus labs', '@handle studio'];
    for (const company of names) await p.call('applications:create', { company, role: '=1+1', notes: '@everyone' });
    const exported = await p.call('applications:exportCsv');
    // In the file each one starts with an apostrophe, so a spreadsheet shows it as text.
    expect(exported.content).toContain('"\'=HYPERLINK(""http://evil.example"",""click"")"');
    expect(exported.content).toContain('"\'+Plus Partners","\'=1+1"');
    expect(exported.content).toContain('"\'@everyone"');
    expect(exported.content).toContain('"\'-minus labs"');
    expect(exported.content).toContain('"\'@handle studio"');

    const fresh = await planner();
    expect(await fresh.call('applications:importCsv', { content: exported.content })).toEqual({ imported: 4 });
    const items = (await fresh.call('applications:list', { sort: 'company' })).items;
    expect(items.map((app) => app.company).sort()).toEqual([...names].sort());
    expect(new Set(items.map((app) => [app.role, app.notes].join('|')))).toEqual(new Set(['=1+1|@everyone']));
    expect((await fresh.call('applications:exportCsv')).content).toBe(exported.content);
  });

  it('takes the guard off only before a formula sign: a name that truly starts with an apostrophe keeps it', async () => {
    const p = await planner();
    const text = "company,role\n'=SUM(A1:A9),'-lead\n'Tis the Season Ltd,'ops\n";
    expect(await p.call('applications:importCsv', { content: text })).toEqual({ imported: 2 });
    const items = (await p.call('applications:list', { sort: 'company' })).items;
    expect(items.map((app) => [app.company, app.role]).sort()).toEqual([
      ["'Tis the Season Ltd", "'ops"],
      ['=SUM(A1:A9)', '-lead'],
    ]);
  });

  it('imports what a spreadsheet makes (papaparse output, columns in any order, friendly values)', async () => {
    const p = await planner();
    const text = Papa.unparse([
      { Company: 'Acme', Status: 'Interviewing', Source: 'job board', Remote: 'Yes', applied_on: '2026-03-01' },
      { Company: 'Beta', Status: '', Source: '', Remote: '', applied_on: '' },
    ]);
    expect(await p.call('applications:importCsv', { content: text })).toEqual({ imported: 2 });
    const list = (await p.call('applications:list', { sort: 'company' })).items;
    expect(list.map((a) => [a.company, a.status, a.source, a.remote, a.appliedOn])).toEqual([
      ['Acme', 'interviewing', 'job_board', true, '2026-03-01'],
      ['Beta', 'saved', 'other', false, null],
    ]);
  });

  it.each([
    ['an unknown status', 'company,status\nA,applied\nB,ghosted\n', 'Line 3: "ghosted" is not a status Rebound knows.'],
    ['a bad link', 'company,link\nA,javascript:alert(1)\n', 'Line 2: link: Use a web link that starts with http:// or https://.'],
    ['a broken quote', 'company,notes\nA,"fine"\nB,"open\n', 'Line 3: a quoted field is never closed.'],
    ['too many fields', 'company,role\nA,x\nB,y,z\n', 'Line 3: expected 2 fields but found 3.'],
    ['an unknown column', 'company,colour\nA,red\n', 'Line 1: the column "colour" is not one Rebound knows.'],
    ['no company column', 'role\nDesigner\n', 'Line 1: there is no "company" column.'],
    ['a missing company', 'company,role\nA,x\n ,y\n', 'Line 3: company: Add the company name.'],
    ['a repeated row', 'company,role\nA,x\nB,y\na , X\n', 'Line 4: a repeats line 2.'],
    ['a future date', 'company,applied_on\nA,2026-04-01\n', 'Line 2: applied_on is a day that has not happened yet.'],
    ['a bad date', 'company,applied_on\nA,01/03/2026\n', 'Line 2: applied_on should be a date like 2026-03-02.'],
    ['an empty file', '', 'Line 1: the file is empty.'],
  ])('refuses %s whole, naming the line', async (_name, content, message) => {
    const p = await planner();
    const error = await p.refusal('applications:importCsv', { content });
    expect(error.message).toBe(`${message} Nothing was imported.`);
    expect(error.fields?.content).toBeDefined();
    expect(await p.call('applications:list')).toMatchObject({ items: [], total: 0, hasAny: false });
  });

  it('refuses a file over 5 MB before reading it', async () => {
    const p = await planner();
    const error = await p.refusal('applications:importCsv', { content: `company\n${'x'.repeat(5 * 1024 * 1024)}` });
    expect(error.message).toMatch(/larger than 5 MB/);
  });
});
