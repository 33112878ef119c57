import { afterEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../support/core';
import { recordAutoWin } from '../../electron/core/wins/recordAutoWin';
import type { Win, WinsPage, WinsSummary } from '../../electron/core/wins/schema';
import { appCaller, startTestCore, dataOf } from '../support/core';
import { tempDir } from '../support/tempDir';

// Thursday 12 March 2026, mid-afternoon local time.
const now = () => new Date(2026, 2, 12, 15, 0, 0);

let core: TestCore;
afterEach(() => core?.close());

async function start(): Promise<TestCore> {
  core = await startTestCore(tempDir(), { now });
  return core;
}

const call = <T>(channel: string, payload?: unknown) => dataOf<T>(core, channel, payload);

const count = () => core.db.prepare('SELECT count(*) FROM wins').pluck().get();

function addApplication(company = 'Acme', role = 'Designer'): number {
  const at = now().toISOString();
  return Number(
    core.db
      .prepare('INSERT INTO applications (company, role, status, status_changed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(company, role, 'applied', at, at, at).lastInsertRowid,
  );
}

describe('logging a win by hand', () => {
  it('saves it, trimmed, with its week and link, and lists it', async () => {
    await start();
    const applicationId = addApplication();
    const win = await call<Win>('wins:log', {
      kind: 'followup',
      title: '  Nudged Acme about the role  ',
      note: 'Short and friendly.',
      day: '2026-03-10',
      applicationId,
    });
    expect(win).toMatchObject({
      kind: 'followup',
      title: 'Nudged Acme about the role',
      day: '2026-03-10',
      weekStart: '2026-03-09',
      applicationId,
      linkLabel: 'Acme, Designer',
      sourceKey: null,
    });
    const page = await call<WinsPage>('wins:list', {});
    expect(page.items.map((item) => item.id)).toEqual([win.id]);
    expect(page.total).toBe(1);
  });

  it.each([
    ['an empty title', { title: '   ' }, 'title', 'Give your win a short title'],
    ['a 100 KB title', { title: 'x'.repeat(100_000) }, 'title', 'under 200 characters'],
    ['a day still to come', { day: '2026-03-13' }, 'day', 'today or an earlier day'],
    ['a day that does not exist', { day: '2026-02-30' }, 'day', 'real date'],
    ['an unknown kind', { kind: 'bragging' }, 'kind', 'kinds in the list'],
    ['a kind only recorded automatically', { kind: 'week_met' }, 'kind', 'kinds in the list'],
    ['a link to a missing application', { applicationId: 999 }, 'applicationId', 'no longer in Rebound'],
    ['a link to a missing rejection', { rejectionId: 999 }, 'rejectionId', 'no longer in Rebound'],
    ['an unknown field', { extra: 1 }, '_', ''],
  ])('refuses %s with a clear message and saves nothing', async (_name, change, field, message) => {
    await start();
    const result = await core.dispatch('wins:log', { kind: 'custom', title: 'A win', day: '2026-03-12', ...change }, appCaller);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    if (field !== '_') expect(result.error.fields?.[field]).toContain(message);
    expect(count()).toBe(0);
  });

  it('edits a win and refuses to turn a hand-logged one into an automatic kind', async () => {
    await start();
    const win = await call<Win>('wins:log', { kind: 'custom', title: 'Coffee chat', day: '2026-03-12' });
    const editable = (w: Win) => ({
      id: w.id,
      kind: w.kind,
      title: w.title,
      note: w.note,
      day: w.day,
      applicationId: w.applicationId,
      rejectionId: w.rejectionId,
    });
    const edited = await call<Win>('wins:update', {
      ...editable(win),
      kind: 'networking',
      title: 'Coffee chat with Sam',
      note: 'Intro to Lena',
    });
    expect(edited).toMatchObject({ kind: 'networking', title: 'Coffee chat with Sam', note: 'Intro to Lena' });
    const refused = await core.dispatch('wins:update', { ...editable(edited), kind: 'task_done' }, appCaller);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { kind: expect.any(String) } } });
    const future = await core.dispatch('wins:update', { ...editable(edited), day: '2027-01-01' }, appCaller);
    expect(future).toMatchObject({ ok: false, error: { fields: { day: expect.stringContaining('earlier day') } } });
  });

  it('removes a win softly and brings it back on undo', async () => {
    await start();
    const win = await call<Win>('wins:log', { kind: 'learning', title: 'Finished the SQL course', day: '2026-03-11' });
    await call('wins:delete', { id: win.id });
    expect((await call<WinsPage>('wins:list', {})).items).toEqual([]);
    expect(core.db.prepare('SELECT deleted_at FROM wins WHERE id = ?').pluck().get(win.id)).toBe(now().toISOString());
    expect(await core.dispatch('wins:delete', { id: win.id }, appCaller)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const back = await call<Win>('wins:restore', { id: win.id });
    expect(back.title).toBe('Finished the SQL course');
    expect((await call<WinsPage>('wins:list', {})).items.map((item) => item.id)).toEqual([win.id]);
    expect(await core.dispatch('wins:restore', { id: 4242 }, appCaller)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('wins recorded by themselves', () => {
  it('are recorded once, show their source, and stay removed once removed', async () => {
    await start();
    const applicationId = addApplication('Globex', '');
    const auto = {
      kind: 'applied' as const,
      title: 'Applied to Globex',
      day: '2026-03-12',
      sourceKey: `application:${applicationId}:applied`,
      applicationId,
    };
    const first = core.db.transaction(() => recordAutoWin(core.db, auto, now()))();
    expect(recordAutoWin(core.db, auto, now())).toEqual({ id: first.id, created: false });
    const [listed] = (await call<WinsPage>('wins:list', {})).items;
    expect(listed).toMatchObject({ sourceKey: auto.sourceKey, linkLabel: 'Globex', applicationId });

    await call('wins:delete', { id: first.id });
    expect(recordAutoWin(core.db, auto, now())).toEqual({ id: first.id, created: false });
    expect((await call<WinsPage>('wins:list', {})).items).toEqual([]);
  });

  it('roll back with the cause when the caller made a mistake', async () => {
    await start();
    const cause = core.db.transaction(() => {
      core.db.prepare("INSERT INTO tasks (title, week_start, created_at) VALUES ('Practise answers', '2026-03-09', 'x')").run();
      recordAutoWin(core.db, { kind: 'task_done', title: 'Done', day: '2026-13-01', sourceKey: 'task:1:done' });
    });
    expect(cause).toThrow(RangeError);
    expect(core.db.prepare('SELECT count(*) FROM tasks').pluck().get()).toBe(0);
    expect(() => recordAutoWin(core.db, { kind: 'task_done', title: 'x', day: '2026-03-12', sourceKey: ' ' })).toThrow(RangeError);
    expect(() => recordAutoWin(core.db, { kind: 'nope' as 'task_done', title: 'x', day: '2026-03-12', sourceKey: 'task:1:done' })).toThrow(
      RangeError,
    );
    expect(count()).toBe(0);
  });

  it('use the kind as the title when the caller gave a blank one', async () => {
    await start();
    recordAutoWin(core.db, { kind: 'week_met', title: '   ', day: '2026-03-08', sourceKey: 'week:2026-03-02:met' });
    expect(core.db.prepare('SELECT title FROM wins').pluck().get()).toBe("Week's targets met");
  });
});

describe('the timeline', () => {
  function seed(total: number) {
    const insert = core.db.prepare('INSERT INTO wins (kind, title, note, day, created_at) VALUES (?, ?, ?, ?, ?)');
    core.db.transaction(() => {
      for (let index = 0; index < total; index += 1) {
        // Several wins a day, going back in time.
        const day = new Date(2026, 2, 12 - Math.floor(index / 3));
        const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
        insert.run(index % 2 ? 'applied' : 'learning', `Win ${index}`, index % 50 === 0 ? 'with 100% effort' : '', iso, 'x');
      }
    })();
  }

  it('pages through every win newest first, none twice, 200 at a time', async () => {
    await start();
    seed(450);
    const seen: Win[] = [];
    let page = await call<WinsPage>('wins:list', {});
    const sizes = [page.items.length];
    seen.push(...page.items);
    while (page.nextCursor) {
      page = await call<WinsPage>('wins:list', { cursor: page.nextCursor });
      sizes.push(page.items.length);
      seen.push(...page.items);
    }
    expect(sizes).toEqual([200, 200, 50]);
    // 3 wins a day: a week split across two pages is still counted whole in its heading.
    expect(Object.values(page.weekCounts).every((weekCount) => weekCount <= 21)).toBe(true);
    expect(page.total).toBe(450);
    expect(new Set(seen.map((win) => win.id)).size).toBe(450);
    const keys = seen.map((win) => [win.day, win.id] as const);
    const sorted = [...keys].sort((a, b) => (a[0] === b[0] ? b[1] - a[1] : a[0] < b[0] ? 1 : -1));
    expect(keys).toEqual(sorted);
  });

  it('filters by kind and by words, taking % and _ literally', async () => {
    await start();
    seed(100);
    const learning = await call<WinsPage>('wins:list', { kind: 'learning' });
    expect(learning.total).toBe(50);
    expect(learning.items.every((win) => win.kind === 'learning')).toBe(true);
    expect((await call<WinsPage>('wins:list', { search: '100%' })).total).toBe(2);
    expect((await call<WinsPage>('wins:list', { search: 'Win 4_' })).total).toBe(0);
    expect((await call<WinsPage>('wins:list', { search: 'win 42' })).items.map((win) => win.title)).toEqual(['Win 42']);
  });

  it('gives each win the week it belongs to under the week-start setting', async () => {
    await start();
    await call('wins:log', { kind: 'custom', title: 'Sunday win', day: '2026-03-08' });
    await call('wins:log', { kind: 'custom', title: 'Monday win', day: '2026-03-02' });
    await call('wins:log', { kind: 'custom', title: 'Thursday win', day: '2026-03-12' });
    const monday = await call<WinsPage>('wins:list', {});
    expect(monday.items.map((win) => win.weekStart)).toEqual(['2026-03-09', '2026-03-02', '2026-03-02']);
    expect(monday.weekCounts).toEqual({ '2026-03-09': 1, '2026-03-02': 2 });
    await call('settings:update', { weekStartsOn: 0 });
    const sunday = await call<WinsPage>('wins:list', {});
    expect(sunday.items.map((win) => win.weekStart)).toEqual(['2026-03-08', '2026-03-08', '2026-03-01']);
    expect(sunday.weekCounts).toEqual({ '2026-03-08': 2, '2026-03-01': 1 });
  });
});

describe('the numbers', () => {
  it('compares this week with last week and counts the streaks', async () => {
    await start();
    for (const day of ['2026-03-12', '2026-03-11', '2026-03-10', '2026-03-06', '2026-03-05', '2026-02-20']) {
      await call('wins:log', { kind: 'custom', title: `Win on ${day}`, day });
    }
    const removed = await call<Win>('wins:log', { kind: 'custom', title: 'Removed', day: '2026-03-09' });
    await call('wins:delete', { id: removed.id });
    const summary = await call<WinsSummary>('wins:summary');
    expect(summary.latest?.title).toBe('Win on 2026-02-20');
    expect(summary).toMatchObject({
      today: '2026-03-12',
      weekStart: '2026-03-09',
      thisWeek: 3,
      lastWeek: 2,
      dayStreak: 3,
      weekStreak: 2,
      total: 6,
    });
    const perWeek = await call<{ weekStart: string; count: number }[]>('wins:perWeek', { weeks: 12 });
    expect(perWeek).toHaveLength(12);
    expect(perWeek.slice(-4)).toEqual([
      { weekStart: '2026-02-16', count: 1 },
      { weekStart: '2026-02-23', count: 0 },
      { weekStart: '2026-03-02', count: 2 },
      { weekStart: '2026-03-09', count: 3 },
    ]);
    expect(await core.dispatch('wins:perWeek', { weeks: 13 }, appCaller)).toMatchObject({ ok: false });
  });
});

describe('the brag sheet', () => {
  it('exports a period as Markdown grouped by kind, escaping what the person typed', async () => {
    await start();
    const applicationId = addApplication('Initech', 'Analyst');
    await call('wins:log', { kind: 'applied', title: 'Applied to Initech', day: '2026-03-02', applicationId });
    await call('wins:log', { kind: 'learning', title: 'Finished *Advanced* SQL', note: 'Two weeks,\nevery evening', day: '2026-03-04' });
    await call('wins:log', { kind: 'applied', title: 'Applied to Hooli', day: '2026-03-05' });
    await call('wins:log', { kind: 'personal', title: 'Outside the period', day: '2026-02-27' });
    const sheet = await call<{ fileName: string; content: string; count: number }>('wins:bragSheet', {
      from: '2026-03-01',
      to: '2026-03-12',
    });
    expect(sheet.fileName).toBe('rebound-wins-2026-03-01-to-2026-03-12.md');
    expect(sheet.count).toBe(3);
    expect(sheet.content).toContain('# My wins, Mar 1, 2026 to Mar 12, 2026');
    expect(sheet.content).toContain(
      '## Applications sent (2)\n\n- **Applied to Initech**, Mar 2, 2026 (Initech, Analyst)\n- **Applied to Hooli**, Mar 5, 2026',
    );
    expect(sheet.content).toContain(
      '## Learning and certifications (1)\n\n- **Finished \\*Advanced\\* SQL**, Mar 4, 2026\n  Two weeks, every evening',
    );
    expect(sheet.content).toContain('3 wins in this period.');
    expect(sheet.content).not.toContain('Outside the period');
    const one = await call<{ content: string; count: number }>('wins:bragSheet', { from: '2026-02-27', to: '2026-02-27' });
    expect(one.count).toBe(1);
    expect(one.content).toContain('1 win in this period.');
    expect(one.content).not.toContain('1 wins');
    expect(sheet.content.indexOf('Applications sent')).toBeLessThan(sheet.content.indexOf('Learning'));
    expect(await core.dispatch('wins:bragSheet', { from: '2026-03-12', to: '2026-03-01' }, appCaller)).toMatchObject({
      ok: false,
      error: { fields: { to: expect.any(String) } },
    });
  });
});

describe('hostile input on every wins channel', () => {
  const huge = 'x'.repeat(10 * 1024 * 1024);
  let deep: unknown = 'bottom';
  for (let level = 0; level < 2000; level += 1) deep = { deep };
  const payloads: [string, unknown][] = [
    ['wins:log', { kind: 'custom', title: huge, day: '2026-03-12' }],
    ['wins:log', { kind: 'custom', title: 'ok', note: huge, day: '2026-03-12' }],
    ['wins:log', { kind: 'custom', title: 'ok', day: huge }],
    ['wins:log', { kind: huge, title: 'ok', day: '2026-03-12' }],
    ['wins:log', { kind: 'custom', title: 'ok', day: '2026-03-12', applicationId: Number.NaN }],
    ['wins:log', JSON.parse('{"kind":"custom","title":"ok","day":"2026-03-12","__proto__":{"admin":true}}')],
    ['wins:log', { kind: 'custom', title: 'ok', day: '2026-03-12', note: deep }],
    ['wins:log', [1, 2, 3]],
    ['wins:update', { id: 1.5, kind: 'custom', title: 'ok', day: '2026-03-12' }],
    ['wins:delete', { id: Number.POSITIVE_INFINITY }],
    ['wins:restore', { id: -1 }],
    ['wins:list', { search: huge }],
    ['wins:list', { cursor: { day: '2026-03-12', id: Number.NaN } }],
    ['wins:list', { cursor: deep }],
    ['wins:summary', { weeks: 12 }],
    ['wins:perWeek', { weeks: 1e9 }],
    ['wins:bragSheet', { from: huge, to: '2026-03-12' }],
    ['wins:linkOptions', JSON.parse('{"__proto__":{}}')],
  ];

  it.each(payloads.map(([channel, payload], index) => [`${index}: ${channel}`, channel, payload] as const))(
    'refuses %s with invalid_input and changes nothing',
    async (_name, channel, payload) => {
      await start();
      const result = await core.dispatch(channel, payload, appCaller);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      if (!result.ok) expect(result.error.message.length).toBeLessThan(500);
      expect(count()).toBe(0);
    },
  );
});

describe.each(['UTC', 'America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Pacific/Auckland', 'Asia/Kolkata'])(
  'weeks and streaks through the real store in %s',
  (zone) => {
    const originalTz = process.env.TZ;
    afterEach(() => {
      process.env.TZ = originalTz;
    });

    it('groups by week and counts streaks across the EU spring DST change', async () => {
      process.env.TZ = zone;
      // Tuesday 31 March 2026, just after Europe moved its clocks (29 March).
      core = await startTestCore(tempDir(), { now: () => new Date(2026, 2, 31, 9, 30) });
      for (const day of ['2026-03-31', '2026-03-30', '2026-03-29', '2026-03-28', '2026-03-22']) {
        await call('wins:log', { kind: 'custom', title: `Win ${day}`, day });
      }
      const page = await call<WinsPage>('wins:list', {});
      expect(page.items.map((win) => win.weekStart)).toEqual(['2026-03-30', '2026-03-30', '2026-03-23', '2026-03-23', '2026-03-16']);
      expect(await call<WinsSummary>('wins:summary')).toMatchObject({
        today: '2026-03-31',
        weekStart: '2026-03-30',
        thisWeek: 2,
        lastWeek: 2,
        dayStreak: 4,
        weekStreak: 3,
      });
      expect(await core.dispatch('wins:log', { kind: 'custom', title: 'Tomorrow', day: '2026-04-01' }, appCaller)).toMatchObject({
        ok: false,
      });
    });
  },
);
