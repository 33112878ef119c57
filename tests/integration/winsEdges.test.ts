import { afterEach, describe, expect, it } from 'vitest';
import { content } from '../../content';
import { recordAutoWin } from '../../electron/core/wins/recordAutoWin';
import type { Win, WinsPage, WinsSummary } from '../../electron/core/wins/schema';
import type { TestCore } from '../support/core';
import { appCaller, startTestCore, dataOf } from '../support/core';
import { tempDir } from '../support/tempDir';

/**
 * What the wider wins tests stepped over, found by mutation testing (issue 13): links, edits and undo at
 * their edges, the automatic wins' guard, a page that ends exactly at the page size, the oldest week of
 * the chart, the streaks after a change, and the brag sheet's whole layout. Thursday 12 March 2026.
 */
let clock = new Date(2026, 2, 12, 15, 0, 0);
let core: TestCore;
afterEach(() => core?.close());

async function start(): Promise<TestCore> {
  clock = new Date(2026, 2, 12, 15, 0, 0);
  core = await startTestCore(tempDir(), { now: () => clock });
  return core;
}

const call = <T>(channel: string, payload?: unknown) => dataOf<T>(core, channel, payload);

const count = () => core.db.prepare('SELECT count(*) FROM wins').pluck().get();
const words = content.wins.errors;

function addApplication(company: string, role: string, updatedAt: string): number {
  return Number(
    core.db
      .prepare('INSERT INTO applications (company, role, status, status_changed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(company, role, 'applied', updatedAt, updatedAt, updatedAt).lastInsertRowid,
  );
}

describe('links, edits and undo', () => {
  it('links a win to a rejection alone, and refuses one linked to both', async () => {
    await start();
    const applicationId = addApplication('Acme', 'Designer', '2026-03-01T10:00:00.000Z');
    const { id: rejectionId } = await call<{ id: number }>('rejections:create', { company: 'Initech', receivedOn: '2026-03-09' });
    const win = await call<Win>('wins:log', { kind: 'personal', title: 'Took it well', day: '2026-03-10', rejectionId });
    expect(win).toMatchObject({ rejectionId, applicationId: null, linkLabel: 'Initech' });
    const both = await core.dispatch(
      'wins:log',
      { kind: 'personal', title: 'Both', day: '2026-03-10', rejectionId, applicationId },
      appCaller,
    );
    expect(both).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { applicationId: words.bothLinks } } });
    expect(count()).toBe(1);
  });

  it('offers the newest applications and rejections to link to, in words', async () => {
    await start();
    const older = addApplication('Acme', 'Designer', '2026-03-01T10:00:00.000Z');
    const newer = addApplication('Globex', '', '2026-03-05T10:00:00.000Z');
    const { id: rejectionId } = await call<{ id: number }>('rejections:create', {
      company: 'Initech',
      role: 'Analyst',
      receivedOn: '2026-03-09',
    });
    expect(await call('wins:linkOptions')).toEqual({
      applications: [
        { id: newer, label: 'Globex' },
        { id: older, label: 'Acme, Designer' },
      ],
      rejections: [{ id: rejectionId, label: 'Initech, Analyst' }],
    });
  });

  it('edits an automatic win keeping its kind, and says when the win is gone', async () => {
    await start();
    const { id } = recordAutoWin(core.db, {
      kind: 'task_done',
      title: 'Practised answers',
      day: '2026-03-11',
      sourceKey: 'task:1:done',
    });
    const edited = await call<Win>('wins:update', { id, kind: 'task_done', title: 'Practised answers aloud', note: '', day: '2026-03-11' });
    expect(edited).toMatchObject({ id, kind: 'task_done', title: 'Practised answers aloud', sourceKey: 'task:1:done' });
    const gone = await core.dispatch('wins:update', { id: 4242, kind: 'custom', title: 'x', note: '', day: '2026-03-11' }, appCaller);
    expect(gone).toMatchObject({ ok: false, error: { code: 'not_found', message: words.missingWin } });
  });

  it('tells the page which win it removed, and an undo pressed twice still gives the win back', async () => {
    await start();
    const win = await call<Win>('wins:log', { kind: 'learning', title: 'Finished the SQL course', day: '2026-03-11' });
    expect(await call('wins:delete', { id: win.id })).toEqual({ id: win.id });
    expect((await call<Win>('wins:restore', { id: win.id })).id).toBe(win.id);
    expect(await call<Win>('wins:restore', { id: win.id })).toMatchObject({ id: win.id, title: 'Finished the SQL course' });
  });
});

describe('the guard on automatic wins', () => {
  const win = { kind: 'task_done' as const, title: 'Done', day: '2026-03-12', sourceKey: 'task:1:done' };

  it('refuses a day that is not on the calendar, saying which', async () => {
    await start();
    expect(() => recordAutoWin(core.db, { ...win, day: '2026-02-30' })).toThrow(/Not a calendar day: 2026-02-30/);
    expect(() => recordAutoWin(core.db, { ...win, kind: 'nope' as 'task_done' })).toThrow(/Not a kind of win: nope/);
    expect(count()).toBe(0);
  });

  it('takes a source key of 200 characters, refuses 201, and keeps the message short', async () => {
    await start();
    const key = (length: number) => `task:${'1'.repeat(length - 10)}:done`;
    expect(key(200)).toHaveLength(200);
    expect(recordAutoWin(core.db, { ...win, sourceKey: key(200) }).created).toBe(true);
    expect(() => recordAutoWin(core.db, { ...win, sourceKey: key(201) })).toThrow(RangeError);
    let message = '';
    try {
      recordAutoWin(core.db, { ...win, sourceKey: key(10_000) });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Not a source key like/);
    expect(message.length).toBeLessThan(300);
    expect(() => recordAutoWin(core.db, { ...win, sourceKey: 42 as unknown as string })).toThrow(RangeError);
    expect(count()).toBe(1);
  });

  it('names a win without a title after its kind, and cuts a long title to 200 characters without a space at either end', async () => {
    await start();
    recordAutoWin(core.db, { ...win, title: undefined as unknown as string, sourceKey: 'task:1:done' });
    recordAutoWin(core.db, { ...win, title: 'a'.repeat(250), sourceKey: 'task:2:done' });
    recordAutoWin(core.db, { ...win, title: `${'b'.repeat(199)} cut here`, sourceKey: 'task:3:done' });
    recordAutoWin(core.db, { ...win, title: `   ${'c'.repeat(250)}`, sourceKey: 'task:4:done' });
    expect(core.db.prepare('SELECT title FROM wins ORDER BY id').pluck().all()).toEqual([
      content.wins.kinds.task_done.label,
      'a'.repeat(200),
      'b'.repeat(199),
      'c'.repeat(200),
    ]);
  });
});

describe('the timeline, the chart and the streaks at their edges', () => {
  it('offers no further page when the wins fill exactly one', async () => {
    await start();
    const insert = core.db.prepare("INSERT INTO wins (kind, title, day, created_at) VALUES ('custom', ?, '2026-03-11', 'x')");
    core.db.transaction(() => {
      for (let index = 0; index < 200; index += 1) insert.run(`Win ${index}`);
    })();
    const page = await call<WinsPage>('wins:list', {});
    expect(page.items).toHaveLength(200);
    expect(page.nextCursor).toBeNull();
  });

  it('counts the wins of the oldest week on the chart', async () => {
    await start();
    // Monday weeks: the twelve ending this week start on 22 December 2025 (eleven weeks before 9 March).
    await call('wins:log', { kind: 'custom', title: 'Before the chart', day: '2025-12-15' });
    await call('wins:log', { kind: 'custom', title: 'Oldest week', day: '2025-12-22' });
    const weeks = await call<{ weekStart: string; count: number }[]>('wins:perWeek', { weeks: 12 });
    expect(weeks[0]).toEqual({ weekStart: '2025-12-22', count: 1 });
    expect(weeks.reduce((sum, week) => sum + week.count, 0)).toBe(1);
  });

  it('moves the streaks on when a new day gains a win, when the days go by, and when the week starts on another day', async () => {
    await start();
    for (const day of ['2026-03-07', '2026-03-11', '2026-03-12']) await call('wins:log', { kind: 'custom', title: day, day });
    expect(await call<WinsSummary>('wins:summary')).toMatchObject({ dayStreak: 2, weekStreak: 2 });
    await call('wins:log', { kind: 'custom', title: 'Tuesday', day: '2026-03-10' });
    expect(await call<WinsSummary>('wins:summary')).toMatchObject({ dayStreak: 3, weekStreak: 2 });
    // Weeks from Saturday: 7 to 13 March holds every win, so one week in a row.
    await call('settings:update', { weekStartsOn: 6 });
    expect(await call<WinsSummary>('wins:summary')).toMatchObject({ dayStreak: 3, weekStreak: 1 });
    await call('settings:update', { weekStartsOn: 1 });
    // Saturday 14 March: Friday the 13th passed without a win.
    clock = new Date(2026, 2, 14, 9, 0, 0);
    expect(await call<WinsSummary>('wins:summary')).toMatchObject({ today: '2026-03-14', dayStreak: 0, weekStreak: 2 });
  });
});

describe('the brag sheet as a whole', () => {
  it('lays out one win in readable Markdown, leaving a # inside a title as typed', async () => {
    await start();
    await call('wins:log', { kind: 'learning', title: 'C# for analysts', day: '2026-03-03' });
    const sheet = await call<{ content: string }>('wins:bragSheet', { from: '2026-03-02', to: '2026-03-04' });
    expect(sheet.content).toBe(
      [
        '# My wins, Mar 2, 2026 to Mar 4, 2026',
        '',
        '1 win in this period. Every bit of it is effort I put in.',
        '',
        '## Learning and certifications (1)',
        '',
        '- **C# for analysts**, Mar 3, 2026',
        '',
        '_Kept with Rebound._',
        '',
      ].join('\n'),
    );
  });
});
