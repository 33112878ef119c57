import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { derivedOf } from '../../electron/core/db/derived';
import { applicationSorts, pageSql, type ApplicationSort } from '../../electron/core/applications/list';
import { followUpsOfSql } from '../../electron/core/applications/rows';
import { todayListSize } from '../../electron/core/planner/schema';
import { applicationStatuses, type ApplicationSummary } from '../../electron/core/applications/schema';
import { reasonIds } from '../../electron/core/reflection/schema';
import { daysBetween } from '../../electron/core/time/days';
import { startPlannerCore } from '../support/plannerCore';

// What migration 0003 and the paged reads promise: derived tallies that stay equal to the rows they
// summarise whatever writes them, caches that are never stale, and pages that add up to the whole list.

const cores: { core: { close: () => void } }[] = [];
afterEach(() => {
  for (const p of cores.splice(0)) p.core.close();
});

async function planner(start = '2026-03-04T09:00:00') {
  const p = await startPlannerCore(start);
  cores.push(p);
  return p;
}

/** A small deterministic random source, so a failure replays. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('win_days, the per-day tally kept by triggers', () => {
  it('equals counting the wins after hundreds of mixed writes, through the app and behind its back', async () => {
    const p = await planner();
    const db = p.core.db;
    const next = random(7);
    const day = () => `2026-02-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const ids: number[] = [];
    const tally = () => db.prepare('SELECT day, wins FROM win_days ORDER BY day').all();
    const truth = () => db.prepare('SELECT day, count(*) AS wins FROM wins WHERE deleted_at IS NULL GROUP BY day ORDER BY day').all();
    for (let step = 0; step < 400; step += 1) {
      const roll = next();
      const id = ids[Math.floor(next() * ids.length)];
      if (roll < 0.4 || id === undefined) {
        ids.push((await p.call('wins:log', { kind: 'learning', title: `Win ${step}`, day: day() })).id);
      } else if (roll < 0.55) {
        await p.call('wins:delete', { id }).catch(() => undefined);
      } else if (roll < 0.65) {
        await p.call('wins:restore', { id }).catch(() => undefined);
      } else if (roll < 0.75) {
        db.prepare('UPDATE wins SET day = ? WHERE id = ?').run(day(), id);
      } else if (roll < 0.85) {
        db.prepare('DELETE FROM wins WHERE id = ?').run(id);
        ids.splice(ids.indexOf(id), 1);
      } else {
        db.prepare('UPDATE wins SET deleted_at = NULL WHERE id = ?').run(id);
      }
    }
    expect(truth().length).toBeGreaterThan(10);
    expect(tally()).toEqual(truth());
    expect(db.prepare('SELECT count(*) FROM win_days WHERE wins = 0').pluck().get()).toBe(0);
  });

  it('is rebuilt when a file is imported over everything', async () => {
    const p = await planner();
    for (const d of ['2026-02-01', '2026-02-01', '2026-02-03']) await p.call('wins:log', { kind: 'learning', title: 'Read', day: d });
    const exported = await p.call('data:exportJson');
    const other = await planner();
    await other.call('wins:log', { kind: 'personal', title: 'Walk', day: '2026-01-09' });
    await other.call('data:importJson', { content: exported.content, mode: 'replace' });
    expect(other.core.db.prepare('SELECT day, wins FROM win_days ORDER BY day').all()).toEqual([
      { day: '2026-02-01', wins: 2 },
      { day: '2026-02-03', wins: 1 },
    ]);
    expect((await other.call('wins:summary')).total).toBe(3);
  });

  it('and the insights tallies too, when a file is imported over everything', async () => {
    const p = await planner('2026-03-10T09:00:00');
    const turnedDown = await p.call('applications:create', { company: 'Acme', status: 'applied', day: '2026-03-01' });
    await p.call('applications:create', { company: 'Beta', status: 'applied', day: '2026-03-06' });
    p.core.db
      .prepare(
        "INSERT INTO rejections (company, received_on, application_id, created_at) VALUES ('Acme', '2026-03-03', ?, '2026-03-03T10:00:00.000Z')",
      )
      .run(turnedDown.id);
    const exported = await p.call('data:exportJson');
    const other = await planner('2026-03-10T09:00:00');
    await other.call('applications:create', { company: 'Gamma', status: 'applied', day: '2026-03-04' });
    await other.call('data:importJson', { content: exported.content, mode: 'replace' });
    const insights = await other.call('rejections:insights');
    expect(insights.bounceBack).toEqual({ samples: 1, medianDays: 3, fastestDays: 3 });
    expect(insights.bounceBack).toEqual(referenceInsights(other.core.db).bounceBack);
  });
});

describe('application_status_counts, the board counts kept by triggers', () => {
  it('equals counting the applications after mixed writes, through the app and behind its back', async () => {
    const p = await planner();
    const db = p.core.db;
    const next = random(3);
    const status = () => applicationStatuses[Math.floor(next() * applicationStatuses.length)] ?? 'saved';
    const ids: number[] = [];
    for (let step = 0; step < 300; step += 1) {
      const roll = next();
      const id = ids[Math.floor(next() * ids.length)];
      if (roll < 0.4 || id === undefined) ids.push((await p.call('applications:create', { company: `Co ${step}`, status: status() })).id);
      else if (roll < 0.65) await p.call('applications:setStatus', { id, status: status() });
      else if (roll < 0.75) await p.call('applications:update', { id, fields: { role: `Role ${step}` } });
      else if (roll < 0.85) db.prepare('UPDATE applications SET status = ? WHERE id = ?').run(status(), id);
      else {
        await p.call('applications:delete', { id });
        ids.splice(ids.indexOf(id), 1);
      }
    }
    const tally = db.prepare('SELECT status, applications FROM application_status_counts WHERE applications > 0 ORDER BY status').all();
    const truth = db.prepare('SELECT status, count(*) AS applications FROM applications GROUP BY status ORDER BY status').all();
    expect(truth.length).toBeGreaterThan(4);
    expect(tally).toEqual(truth);
  });
});

/**
 * The insights as first written, straight from the rows (every application searched for every
 * rejection): the tallies of migration 0003 must always give the same answer.
 */
function referenceInsights(db: Database.Database) {
  const applied = db
    .prepare(
      `SELECT applied_on AS day, id AS app FROM applications WHERE applied_on IS NOT NULL
       UNION ALL SELECT day, application_id FROM application_status_history WHERE status = 'applied' ORDER BY day`,
    )
    .all() as { day: string; app: number }[];
  const gaps: number[] = [];
  for (const r of db.prepare('SELECT received_on AS received, application_id AS app FROM rejections').all() as {
    received: string;
    app: number | null;
  }[]) {
    const next = applied.find((entry) => entry.day >= r.received && entry.app !== r.app);
    if (next) gaps.push(daysBetween(r.received, next.day));
  }
  gaps.sort((a, b) => a - b);
  const middle = Math.floor(gaps.length / 2);
  const reasons = new Map<string, number>();
  for (const answers of db.prepare('SELECT answers FROM reflection_answers WHERE step = 2').pluck().all() as string[]) {
    for (const reason of (JSON.parse(answers) as { reasons?: string[] }).reasons ?? []) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  return {
    reasons: Object.fromEntries([...reasons].filter(([, n]) => n > 0).sort()),
    bounceBack: {
      samples: gaps.length,
      medianDays: gaps.length === 0 ? null : gaps.length % 2 ? gaps[middle] : ((gaps[middle - 1] as number) + (gaps[middle] as number)) / 2,
      fastestDays: gaps.length ? gaps[0] : null,
    },
  };
}

describe('the insights tallies (applied_days, rejection_bounce, reason_counts)', () => {
  it('give what searching every row gives, after hundreds of mixed writes by any path', async () => {
    const p = await planner('2026-06-30T09:00:00');
    const db = p.core.db;
    const next = random(21);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const day = () => `2026-0${1 + Math.floor(next() * 5)}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const apps: number[] = [];
    const rejections: number[] = [];
    const at = '2026-06-30T09:00:00.000Z';
    const compare = async () => {
      const got = await p.call('rejections:insights');
      const want = referenceInsights(db);
      expect(got.bounceBack).toEqual(want.bounceBack);
      expect(Object.fromEntries(got.byReason.map((row) => [row.id, row.count]).sort())).toEqual(want.reasons);
    };
    for (let step = 0; step < 500; step += 1) {
      const roll = next();
      const app = apps.length ? pick(apps) : undefined;
      const rejection = rejections.length ? pick(rejections) : undefined;
      if (roll < 0.2 || app === undefined) {
        apps.push(
          (await p.call('applications:create', { company: `Co ${step}`, status: next() < 0.6 ? 'applied' : 'saved', day: day() })).id,
        );
      } else if (roll < 0.3) {
        await p.call('applications:setStatus', {
          id: app,
          status: pick(['applied', 'interviewing', 'saved', 'rejected'] as const),
          day: day(),
        });
      } else if (roll < 0.36) {
        db.prepare('UPDATE applications SET applied_on = ? WHERE id = ?').run(next() < 0.2 ? null : day(), app);
      } else if (roll < 0.42) {
        db.prepare("INSERT INTO application_status_history (application_id, status, day, changed_at) VALUES (?, 'applied', ?, ?)").run(
          app,
          day(),
          at,
        );
      } else if (roll < 0.46) {
        db.prepare(
          'UPDATE application_status_history SET day = ? WHERE id = (SELECT max(id) FROM application_status_history WHERE application_id = ?)',
        ).run(day(), app);
      } else if (roll < 0.5) {
        await p.call('applications:delete', { id: app });
        apps.splice(apps.indexOf(app), 1);
      } else if (roll < 0.7) {
        const linked = next() < 0.7 ? app : null;
        const row = db
          .prepare("INSERT INTO rejections (company, received_on, application_id, created_at) VALUES ('Co', ?, ?, ?) RETURNING id")
          .get(day(), linked, at) as { id: number };
        rejections.push(row.id);
      } else if (roll < 0.76 && rejection !== undefined) {
        db.prepare('UPDATE rejections SET received_on = ?, application_id = ? WHERE id = ?').run(
          day(),
          next() < 0.5 ? app : null,
          rejection,
        );
      } else if (roll < 0.8 && rejection !== undefined) {
        db.prepare('DELETE FROM rejections WHERE id = ?').run(rejection);
        rejections.splice(rejections.indexOf(rejection), 1);
      } else if (rejection !== undefined) {
        const reasons = reasonIds.filter(() => next() < 0.4);
        db.prepare(
          `INSERT INTO reflection_answers (rejection_id, step, answers, updated_at) VALUES (?, 2, ?, ?)
           ON CONFLICT (rejection_id, step) DO UPDATE SET answers = excluded.answers`,
        ).run(rejection, JSON.stringify({ reasons }), at);
        if (next() < 0.1) db.prepare('DELETE FROM reflection_answers WHERE rejection_id = ?').run(rejection);
      }
      if (step % 50 === 49) await compare();
    }
    expect(referenceInsights(db).bounceBack.samples).toBeGreaterThan(10);
    expect(Object.keys(referenceInsights(db).reasons).length).toBeGreaterThan(2);
  });
});

describe('the derived cache', () => {
  it('computes again exactly when a source table changes, by any path, and never inside a transaction', async () => {
    const p = await planner();
    const db = p.core.db;
    const cache = derivedOf(db);
    let computed = 0;
    const read = () => cache.get('test', ['wins'], 'k', () => ({ n: ++computed }));
    expect(read()).toEqual({ n: 1 });
    expect(read()).toEqual({ n: 1 });
    expect(Object.isFrozen(read())).toBe(true);
    // A change to a table it does not read leaves it be.
    await p.call('applications:create', { company: 'Acme' });
    expect(read()).toEqual({ n: 1 });
    // A change made with plain SQL, not through the app, still counts.
    db.prepare("INSERT INTO wins (kind, title, day, created_at) VALUES ('learning', 'x', '2026-03-01', 'now')").run();
    expect(read()).toEqual({ n: 2 });
    db.prepare("UPDATE wins SET title = 'y'").run();
    expect(read()).toEqual({ n: 3 });
    db.prepare('DELETE FROM wins').run();
    expect(read()).toEqual({ n: 4 });
    expect(cache.get('test', ['wins'], 'other key', () => ({ n: ++computed }))).toEqual({ n: 5 });
    db.transaction(() => {
      expect(read()).toEqual({ n: 6 });
      expect(read()).toEqual({ n: 7 });
    })();
  });

  it('keeps the wins summary and the insights true after each kind of write', async () => {
    const p = await planner('2026-03-04T09:00:00');
    expect((await p.call('wins:summary')).total).toBe(0);
    await p.call('wins:log', { kind: 'learning', title: 'Walk', day: '2026-03-03' });
    expect(await p.call('wins:summary')).toMatchObject({ total: 1, thisWeek: 1, dayStreak: 1 });
    // A second win on a day that has one: the streaks are kept, the counts are not.
    const win = await p.call('wins:log', { kind: 'learning', title: 'Read', day: '2026-03-04' });
    expect(await p.call('wins:summary')).toMatchObject({ total: 2, thisWeek: 2, dayStreak: 2 });
    const again = await p.call('wins:log', { kind: 'learning', title: 'Read more', day: '2026-03-04' });
    expect(await p.call('wins:summary')).toMatchObject({ total: 3, thisWeek: 3, dayStreak: 2, latest: { id: again.id } });
    await p.call('wins:delete', { id: again.id });
    await p.call('wins:delete', { id: win.id });
    // Yesterday's win still carries the streak while today has none yet.
    expect(await p.call('wins:summary')).toMatchObject({ total: 1, thisWeek: 1, dayStreak: 1 });
    await p.call('wins:restore', { id: win.id });
    expect((await p.call('wins:summary')).latest?.id).toBe(win.id);

    expect((await p.call('rejections:insights')).total).toBe(0);
    await p.call('rejections:create', { company: 'Acme', receivedOn: '2026-03-03' });
    expect((await p.call('rejections:insights')).total).toBe(1);
  });
});

describe('the applications list, a page at a time', () => {
  async function seeded() {
    const p = await planner('2026-01-05T09:00:00');
    const next = random(11);
    // Many share a moment (created in the same clock tick), so order must fall back on the id.
    for (let i = 0; i < 130; i += 1) {
      if (i % 10 === 0) p.setDay(`2026-01-${String(5 + i / 10).padStart(2, '0')}T09:00:00`);
      const status = applicationStatuses[Math.floor(next() * applicationStatuses.length)] ?? 'saved';
      await p.call('applications:create', {
        company: ['Acme', 'beta', 'Cobalt', 'delta'][i % 4] as string,
        role: `Role ${i % 7}`,
        status,
        confirmDuplicate: true,
      });
    }
    return p;
  }

  it('adds up, page by page, to the whole list in every order, with and without a filter', async () => {
    const p = await seeded();
    for (const sort of Object.keys(applicationSorts) as ApplicationSort[]) {
      for (const status of [undefined, 'applied'] as const) {
        const whole = (await p.call('applications:list', { sort, ...(status ? { status } : {}), limit: 200 })).items;
        const paged: ApplicationSummary[] = [];
        let offset = 0;
        for (;;) {
          const page = await p.call('applications:list', { sort, ...(status ? { status } : {}), offset, limit: 17 });
          expect(page.total).toBe(whole.length);
          paged.push(...page.items);
          offset += page.items.length;
          if (page.items.length < 17) break;
        }
        expect(paged.map((a) => a.id)).toEqual(whole.map((a) => a.id));
        expect(new Set(paged.map((a) => a.id)).size).toBe(paged.length);
      }
    }
    const bySort = (await p.call('applications:list', { sort: 'company', limit: 200 })).items;
    const expected = [...bySort].sort(
      (a, b) => a.company.toLowerCase().localeCompare(b.company.toLowerCase()) || a.role.localeCompare(b.role) || a.id - b.id,
    );
    expect(bySort.map((a) => a.id)).toEqual(expected.map((a) => a.id));
  });

  it('walks an index for every order and filter, never sorting every row', async () => {
    const p = await seeded();
    for (const sort of Object.keys(applicationSorts) as ApplicationSort[]) {
      for (const status of [undefined, 'offer'] as const) {
        const { sql, params } = pageSql({ sort, ...(status ? { status } : {}) }, 0, 50);
        const plan = (p.core.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[])
          .map((row) => row.detail)
          .join(' | ');
        expect(plan, `${sort} ${status ?? ''}`).toMatch(/USING (COVERING )?INDEX/);
        expect(plan, `${sort} ${status ?? ''}`).not.toMatch(/TEMP B-TREE/);
      }
    }
  });

  it("finds a page's follow-ups by seeking each card's, never walking every pending one", async () => {
    const p = await seeded();
    const plan = (p.core.db.prepare(`EXPLAIN QUERY PLAN ${followUpsOfSql}`).all('[1, 2]') as { detail: string }[])
      .map((row) => row.detail)
      .join(' | ');
    expect(plan).toMatch(/SEARCH f USING INDEX follow_ups_app \(application_id=\? AND state=\?\)/);
    expect(plan).not.toMatch(/follow_ups_due/);
    // And each card still gets its earliest pending follow-up.
    const page = (await p.call('applications:list', { sort: 'updated', limit: 200 })).items.filter((a) => a.nextFollowUp);
    expect(page.length).toBeGreaterThan(0);
    for (const application of page) {
      const earliest = p.core.db
        .prepare("SELECT min(due_on) FROM follow_ups WHERE application_id = ? AND state = 'pending'")
        .pluck()
        .get(application.id);
      expect(application.nextFollowUp?.dueOn).toBe(earliest);
    }
  });

  it('draws the board as columns holding only their status, counted whole', async () => {
    const p = await seeded();
    const all = (await p.call('applications:list', { limit: 200 })).items;
    const board = await p.call('applications:board', { sort: 'company', perColumn: 3 });
    expect(board.columns.map((column) => column.status)).toEqual([...applicationStatuses]);
    for (const column of board.columns) {
      const inColumn = all.filter((a) => a.status === column.status);
      expect(column.total).toBe(inColumn.length);
      expect(column.items.length).toBe(Math.min(3, inColumn.length));
      expect(column.items.every((a) => a.status === column.status)).toBe(true);
    }
    const searched = await p.call('applications:board', { search: 'cobalt' });
    expect(searched.columns.reduce((sum, column) => sum + column.total, 0)).toBe(all.filter((a) => a.company === 'Cobalt').length);
    expect(searched.columns.flatMap((column) => column.items).every((a) => a.company === 'Cobalt')).toBe(true);
    // A status change moves the card and its count at once (the counts are cached until applications change).
    const moved = board.columns.find((column) => column.status === 'saved')?.items[0] as ApplicationSummary;
    await p.call('applications:setStatus', { id: moved.id, status: 'offer' });
    const after = await p.call('applications:board', { sort: 'company', perColumn: 3 });
    const total = (status: string, of = after) => of.columns.find((column) => column.status === status)?.total;
    expect(total('saved')).toBe((total('saved', board) as number) - 1);
    expect(total('offer')).toBe((total('offer', board) as number) + 1);
  });

  it('says whether any application exists apart from what matches', async () => {
    const p = await planner();
    expect(await p.call('applications:list')).toEqual({ items: [], offset: 0, total: 0, hasAny: false });
    await p.call('applications:create', { company: 'Acme' });
    expect(await p.call('applications:list', { search: 'nothing like it' })).toMatchObject({ items: [], total: 0, hasAny: true });
  });

  it('refuses a page size over 200 or a negative offset, with a sentence', async () => {
    const p = await planner();
    expect((await p.refusal('applications:list', { limit: 5000 })).message).toMatch(/at most 200/);
    expect((await p.refusal('applications:list', { offset: -1 })).message).toMatch(/not understood/);
  });
});

describe("Today's lists", () => {
  it('show the first few follow-ups due and quiet applications, with how many there are, and all on request', async () => {
    const p = await planner('2026-03-02T09:00:00');
    for (let i = 0; i < todayListSize + 3; i += 1) {
      const app = await p.call('applications:create', { company: `Co ${i}`, status: 'applied' });
      await p.call('applications:scheduleFollowUp', { applicationId: app.id, dueOn: `2026-03-${String(3 + i).padStart(2, '0')}` });
    }
    p.setDay('2026-04-02T09:00:00');
    const today = await p.call('planner:today');
    expect(today.dueCount).toBe(todayListSize + 3);
    expect(today.dueFollowUps.map((f) => f.dueOn)).toEqual(
      Array.from({ length: todayListSize }, (_, i) => `2026-03-${String(3 + i).padStart(2, '0')}`),
    );
    expect(today.silentCount).toBe(todayListSize + 3);
    expect(today.silent).toHaveLength(todayListSize);
    const all = await p.call('planner:today', { all: true });
    expect(all.dueFollowUps).toHaveLength(todayListSize + 3);
    expect(all.silent).toHaveLength(todayListSize + 3);
  });
});
