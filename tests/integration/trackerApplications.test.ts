import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { appCaller, dataOf } from '../support/core';
import { coreForEachTest } from '../support/coreForEachTest';

/**
 * The tracker's new fields, the duplicate warning and a changed applied day,
 * through core().dispatch on a fixed clock: 2026-03-10 (a Tuesday; the weeks
 * start on Mondays 2026-03-02 and 2026-03-09), TZ=UTC.
 */

const clock = new Date('2026-03-10T12:00:00Z');
const core = coreForEachTest(clock);

const call = <T>(channel: string, payload?: unknown) => dataOf<T>(core(), channel, payload);

describe('deadline, posting and salary range', () => {
  it('are saved on create and update, and read back', async () => {
    const created = await call<{ id: number }>('applications:create', {
      company: 'Acme',
      role: 'Designer',
      deadlineOn: '2026-03-31',
      posting: 'We design calm tools.\nFigma a plus.',
      salaryMin: 50000,
      salaryMax: 60000,
      salaryCurrency: 'eur',
    });
    expect(await call('applications:get', { id: created.id })).toMatchObject({
      deadlineOn: '2026-03-31',
      posting: 'We design calm tools.\nFigma a plus.',
      salaryMin: 50000,
      salaryMax: 60000,
      salaryCurrency: 'EUR',
    });
    await call('applications:update', { id: created.id, fields: { salaryMax: 65000, deadlineOn: null } });
    expect(await call('applications:get', { id: created.id })).toMatchObject({ salaryMin: 50000, salaryMax: 65000, deadlineOn: null });
  });

  it.each([
    [{ salaryMin: 60000, salaryMax: 50000 }, 'salaryMax', 'The top of the range cannot be below its bottom.'],
    [{ salaryMin: 1.5 }, 'salaryMin', 'Use a whole amount, like 55000.'],
    [{ salaryCurrency: 'euro' }, 'salaryCurrency', 'Use a three-letter currency code, like EUR or USD.'],
    [{ deadlineOn: '2029-01-01' }, 'deadlineOn', 'Pick a day within the next 2 years; that one is further ahead than a job search plans.'],
    [{ deadlineOn: '1970-01-01' }, 'deadlineOn', 'Pick a day from 1990 on; that one looks like a slip of the calendar.'],
  ])('refuses %o beside %s and saves nothing', async (fields, field, message) => {
    const result = await core().dispatch('applications:create', { company: 'Acme', ...fields }, appCaller);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { [field]: message } } });
    expect(core().db.prepare('SELECT count(*) FROM applications').pluck().get()).toBe(0);
  });

  it('refuses a range turned upside down by an update', async () => {
    const { id } = await call<{ id: number }>('applications:create', { company: 'Acme', salaryMin: 50000 });
    const result = await core().dispatch('applications:update', { id, fields: { salaryMax: 40000 } }, appCaller);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { salaryMax: 'The top of the range cannot be below its bottom.' } },
    });
    expect(core().db.prepare('SELECT salary_max FROM applications').pluck().get()).toBeNull();
  });
});

describe('the duplicate warning', () => {
  it('asks before adding one already tracked, naming it, and adds it once confirmed', async () => {
    await call('applications:create', {
      company: 'ACME, Inc.',
      role: 'Senior Designer',
      link: 'https://jobs.acme.test/42?utm_source=board',
    });
    const again = await core().dispatch('applications:create', { company: 'Acme', role: 'senior designer' }, appCaller);
    expect(again).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'ACME, Inc. (Senior Designer) is already on your list. Is this a different opening?',
        fields: { company: 'ACME, Inc. (Senior Designer) is already on your list. Is this a different opening?' },
      },
    });
    const sameLink = await core().dispatch(
      'applications:create',
      { company: 'Globex', role: 'Designer', link: 'http://www.jobs.acme.test/42/' },
      appCaller,
    );
    expect(sameLink).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(core().db.prepare('SELECT count(*) FROM applications').pluck().get()).toBe(1);

    expect(
      (await core().dispatch('applications:create', { company: 'Acme', role: 'Senior Designer', confirmDuplicate: true }, appCaller)).ok,
    ).toBe(true);
    expect((await core().dispatch('applications:create', { company: 'Acme', role: 'Researcher' }, appCaller)).ok).toBe(true);
    expect(core().db.prepare('SELECT count(*) FROM applications').pluck().get()).toBe(3);
  });

  it('names one without a role by its company alone', async () => {
    await call('applications:create', { company: 'Globex Ltd' });
    const again = await core().dispatch('applications:create', { company: 'globex' }, appCaller);
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Globex Ltd is already on your list. Is this a different opening?' },
    });
  });
});

describe('changing the day an application went out', () => {
  const weekApplies = async (weekStart: string) =>
    (await call<{ progress: Record<string, number> }>('planner:week', { weekStart })).progress.apply;

  it('moves the history, the apply activity and its win to the new day and week', async () => {
    const { id } = await call<{ id: number }>('applications:create', {
      company: 'Acme',
      role: 'Designer',
      status: 'applied',
      day: '2026-03-09',
    });
    expect(await weekApplies('2026-03-09')).toBe(1);

    const moved = await call<{ appliedOn: string }>('applications:setAppliedOn', { id, day: '2026-03-04' });
    expect(moved.appliedOn).toBe('2026-03-04');
    expect(
      core().db.prepare("SELECT day FROM application_status_history WHERE application_id = ? AND status = 'applied'").pluck().all(id),
    ).toEqual(['2026-03-04']);
    expect(core().db.prepare("SELECT day FROM activities WHERE application_id = ? AND kind = 'apply'").pluck().all(id)).toEqual([
      '2026-03-04',
    ]);
    expect(core().db.prepare('SELECT day FROM wins WHERE source_key = ?').pluck().all(`application:${id}:applied`)).toEqual(['2026-03-04']);
    expect(await weekApplies('2026-03-02')).toBe(1);
    expect(await weekApplies('2026-03-09')).toBe(0);
    // The tallies kept by triggers follow.
    expect(core().db.prepare('SELECT day FROM applied_days WHERE application_id = ?').pluck().all(id)).toEqual(['2026-03-04']);
    expect(core().db.prepare("SELECT wins FROM win_days WHERE day = '2026-03-09'").pluck().get()).toBeUndefined();
    expect(core().db.prepare("SELECT wins FROM win_days WHERE day = '2026-03-04'").pluck().get()).toBe(1);
  });

  it('keeps the history in order: applying cannot come after the next status', async () => {
    const { id } = await call<{ id: number }>('applications:create', { company: 'Acme', status: 'applied', day: '2026-03-02' });
    await call('applications:setStatus', { id, status: 'interviewing', day: '2026-03-06' });
    const result = await core().dispatch('applications:setAppliedOn', { id, day: '2026-03-08' }, appCaller);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { day: 'Pick a day on or before the status that came after applying (2026-03-06).' } },
    });
    expect((await core().dispatch('applications:setAppliedOn', { id, day: '2026-03-06' }, appCaller)).ok).toBe(true);
  });

  it('refuses a day ahead, and one not sent yet', async () => {
    const sent = await call<{ id: number }>('applications:create', { company: 'Acme', status: 'applied', day: '2026-03-02' });
    expect(await core().dispatch('applications:setAppliedOn', { id: sent.id, day: '2026-03-11' }, appCaller)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    const saved = await call<{ id: number }>('applications:create', { company: 'Globex' });
    expect(await core().dispatch('applications:setAppliedOn', { id: saved.id, day: '2026-03-02' }, appCaller)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(core().db.prepare('SELECT applied_on FROM applications ORDER BY id').pluck().all()).toEqual(['2026-03-02', null]);
  });
});

describe('searching the list through the full-text index', () => {
  const ids = async (search: string) =>
    (await call<{ items: { id: number }[] }>('applications:list', { search })).items.map((item) => item.id).sort((a, b) => a - b);

  it('finds applications by any word of their text, postings and linked people', async () => {
    const lisbon = await call<{ id: number }>('applications:create', {
      company: 'Müller GmbH',
      role: 'Frontend developer',
      location: 'Lisbon',
    });
    const posting = await call<{ id: number }>('applications:create', {
      company: 'Globex',
      posting: 'You will own our Kubernetes clusters.',
    });
    const recruiter = await call<{ id: number }>('applications:create', { company: 'Initech', recruiterName: 'Priya Natarajan' });
    const withContact = await call<{ id: number }>('applications:create', { company: 'Hooli', role: '100% remote tester' });
    core()
      .db.prepare("INSERT INTO contacts (id, name, created_at, updated_at) VALUES (50, 'Ana Ruíz', ?, ?)")
      .run(clock.toISOString(), clock.toISOString());
    core().db.prepare('INSERT INTO application_contacts (application_id, contact_id) VALUES (?, 50)').run(withContact.id);

    expect(await ids('muller')).toEqual([lisbon.id]);
    expect(await ids('front lis')).toEqual([lisbon.id]);
    expect(await ids('kubernetes')).toEqual([posting.id]);
    expect(await ids('natara')).toEqual([recruiter.id]);
    expect(await ids('ruiz')).toEqual([withContact.id]);
    expect(await ids('ana ruiz')).toEqual([withContact.id]);
    // One character or bare punctuation: the LIKE scan, wildcards taken literally.
    expect(await ids('%')).toEqual([withContact.id]);
    expect(await ids('nowhere')).toEqual([]);
    // The board searches the same way.
    const board = await call<{ columns: { items: { id: number }[] }[] }>('applications:board', { search: 'kubern' });
    expect(board.columns.flatMap((column) => column.items.map((item) => item.id))).toEqual([posting.id]);

    // An edit is found at once (the index follows by trigger); the old words are gone.
    await call('applications:update', { id: posting.id, fields: { posting: 'Terraform, mostly.' } });
    expect(await ids('kubernetes')).toEqual([]);
    expect(await ids('terraform')).toEqual([posting.id]);
  });
});

describe("a search's totals", () => {
  const totals = async (search: string) => {
    const list = await call<{ total: number }>('applications:list', { search });
    const board = await call<{ columns: { status: string; total: number }[] }>('applications:board', { search });
    return {
      list: list.total,
      board: Object.fromEntries(board.columns.filter((column) => column.total > 0).map((column) => [column.status, column.total])),
    };
  };

  it('count each application once, by its own words or its people, and follow deletes and status changes', async () => {
    const own = await call<{ id: number }>('applications:create', { company: 'Cobalt Works', role: 'Designer', status: 'applied' });
    // Matches twice: its own text and a linked person both say "cobalt".
    const both = await call<{ id: number }>('applications:create', { company: 'Cobalt Labs', status: 'saved' });
    const viaPerson = await call<{ id: number }>('applications:create', { company: 'Initech', status: 'applied' });
    await call('applications:create', { company: 'Unrelated', status: 'applied' });
    const person = await call<{ id: number }>('contacts:create', { name: 'Kim Cobalt', applicationId: both.id });
    await call('contacts:link', { applicationId: viaPerson.id, contactId: person.id });

    expect(await totals('cobalt')).toEqual({ list: 3, board: { saved: 1, applied: 2 } });
    // A page past the end still says how many there are; a page of one, too.
    expect(await call('applications:list', { search: 'cobalt', offset: 10 })).toMatchObject({ items: [], total: 3 });
    expect(await call('applications:list', { search: 'cobalt', limit: 1 })).toMatchObject({ items: [{}], total: 3 });
    expect(Object.keys((await call<{ items: object[] }>('applications:list', { search: 'cobalt' })).items[0]!)).not.toContain('matchTotal');
    await call('applications:setStatus', { id: own.id, status: 'interviewing' });
    expect(await totals('cobalt')).toEqual({ list: 3, board: { saved: 1, applied: 1, interviewing: 1 } });
    await call('applications:delete', { id: viaPerson.id });
    expect(await totals('cobalt')).toEqual({ list: 2, board: { saved: 1, interviewing: 1 } });
    expect(await totals('nowhere')).toEqual({ list: 0, board: {} });
  });
});

describe('the applications CSV carries the new fields', () => {
  const header = 'company,role,status,applied_on,deadline_on,posting,salary_min,salary_max,salary_currency';

  it('exports them and imports them back', async () => {
    await call('applications:create', {
      company: 'Acme',
      role: 'Designer',
      deadlineOn: '2026-03-31',
      posting: 'Calm tools, "quoted", two\nlines',
      salaryMin: 50000,
      salaryMax: 60000,
      salaryCurrency: 'EUR',
    });
    const { content } = await call<{ content: string }>('applications:exportCsv');
    const [head, row] = Papa.parse<string[]>(content.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(head?.slice(11)).toEqual(['applied_on', 'deadline_on', 'posting', 'salary_min', 'salary_max', 'salary_currency']);
    expect(row?.slice(12)).toEqual(['2026-03-31', 'Calm tools, "quoted", two\nlines', '50000', '60000', 'EUR']);

    const file = `${header}\nGlobex,QA,applied,2026-03-02,2026-04-15,Own the test plan,40000,,usd\nInitech,,saved,,,,,,\n`;
    expect(await call('applications:importCsv', { content: file })).toEqual({ imported: 2 });
    expect(
      core()
        .db.prepare(
          "SELECT deadline_on, posting, salary_min, salary_max, salary_currency FROM applications WHERE company IN ('Globex', 'Initech') ORDER BY company",
        )
        .all(),
    ).toEqual([
      { deadline_on: '2026-04-15', posting: 'Own the test plan', salary_min: 40000, salary_max: null, salary_currency: 'USD' },
      { deadline_on: null, posting: '', salary_min: null, salary_max: null, salary_currency: '' },
    ]);
  });

  it.each([
    ['Globex,QA,saved,,2029-01-01,,,,', 'deadline'],
    ['Globex,QA,saved,,,,60000,50000,', 'range'],
    ['Globex,QA,saved,,,,55k,,', 'figure'],
    ['Globex,QA,saved,,,,,,euro', 'currency'],
  ])('refuses %s (%s) and imports nothing', async (line) => {
    const result = await core().dispatch('applications:importCsv', { content: `${header}\n${line}\n` }, appCaller);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(result.ok || result.error.message.startsWith('Line 2')).toBe(true);
    expect(core().db.prepare('SELECT count(*) FROM applications').pluck().get()).toBe(0);
  });
});
