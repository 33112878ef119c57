import { afterEach, describe, expect, it } from 'vitest';
import { applicationSorts, pageSql, reversedOrder } from '../../electron/core/applications/list';
import {
  applicationSortKeys,
  applicationStatuses,
  type ApplicationSummary,
  type SortDirection,
} from '../../electron/core/applications/schema';
import { startPlannerCore } from '../support/plannerCore';

// What the applications table asks of core (migration 0005): a sort by each of its columns in both
// directions, every page an index walk, and the next-step day the triggers keep equal to the follow-ups.

const cores: { core: { close: () => void } }[] = [];
afterEach(() => {
  for (const p of cores.splice(0)) p.core.close();
});

/** A small deterministic random source, so a failure replays. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const companies = ['Acme', 'beta', 'Cobalt', 'delta', 'Echo'];
const roles = ['Analyst', 'backend dev', 'Designer', 'engineer', ''];

async function seeded() {
  const p = await startPlannerCore('2026-01-05T09:00:00');
  cores.push(p);
  const next = random(5);
  const ids: number[] = [];
  for (let i = 0; i < 90; i += 1) {
    if (i % 9 === 0) p.setDay(`2026-01-${String(5 + i / 9).padStart(2, '0')}T09:00:00`);
    const status = applicationStatuses[Math.floor(next() * applicationStatuses.length)] ?? 'saved';
    const app = await p.call('applications:create', {
      company: companies[i % companies.length] as string,
      role: roles[Math.floor(next() * roles.length)] as string,
      status,
      confirmDuplicate: true,
    });
    ids.push(app.id);
    // About a third wait on a follow-up, several on the same day, so the order must fall back on the id.
    if (next() < 0.35) await p.call('applications:scheduleFollowUp', { applicationId: app.id, dueOn: `2026-02-0${1 + (i % 5)}` });
  }
  return { p, ids };
}

type Planner = Awaited<ReturnType<typeof seeded>>['p'];

async function whole(p: Planner, sort: (typeof applicationSortKeys)[number], direction?: SortDirection, status?: 'applied') {
  return (await p.call('applications:list', { sort, ...(direction ? { direction } : {}), ...(status ? { status } : {}), limit: 200 }))
    .items;
}

const ids = (items: ApplicationSummary[]) => items.map((a) => a.id);
const lower = (text: string) => text.toLowerCase();
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('the table sorts', () => {
  it('orders by role and by the next follow-up as the table reads them', async () => {
    const { p } = await seeded();
    const all = await whole(p, 'updated');
    expect(all).toHaveLength(90);

    const byRole = [...all].sort(
      (a, b) => byText(lower(a.role), lower(b.role)) || byText(lower(a.company), lower(b.company)) || a.id - b.id,
    );
    expect(ids(await whole(p, 'role'))).toEqual(ids(byRole));

    // The pending follow-up day as the store holds it, not as the list reports it.
    const due = new Map(
      p.core.db
        .prepare("SELECT application_id AS id, min(due_on) AS day FROM follow_ups WHERE state = 'pending' GROUP BY application_id")
        .all()
        .map((row) => [(row as { id: number }).id, (row as { day: string }).day]),
    );
    expect(due.size).toBeGreaterThan(10);
    const byNext = [...all].sort((a, b) => {
      const [x, y] = [due.get(a.id), due.get(b.id)];
      if (x === undefined || y === undefined) return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0) || a.id - b.id;
      return byText(x, y) || a.id - b.id;
    });
    const next = await whole(p, 'next');
    expect(ids(next)).toEqual(ids(byNext));
    expect(next[0]?.nextFollowUp?.dueOn).toBe([...due.values()].sort()[0]);
    expect(next.at(-1)?.nextFollowUp).toBeNull();
  });

  it('gives each order the other way round, exactly reversed, page by page, with and without a filter', async () => {
    const { p } = await seeded();
    for (const sort of applicationSortKeys) {
      for (const status of [undefined, 'applied'] as const) {
        const asc = await whole(p, sort, 'asc', status);
        const desc = await whole(p, sort, 'desc', status);
        expect(asc.length, sort).toBeGreaterThan(0);
        expect(ids(desc), `${sort} ${status ?? ''}`).toEqual(ids(asc).reverse());
        const paged: ApplicationSummary[] = [];
        for (let offset = 0; offset < desc.length; offset += 13) {
          paged.push(
            ...(await p.call('applications:list', { sort, direction: 'desc', ...(status ? { status } : {}), offset, limit: 13 })).items,
          );
        }
        expect(ids(paged), `${sort} ${status ?? ''} paged`).toEqual(ids(desc));
      }
    }
    // Without a direction, each order keeps its own: names A to Z, newest dates first.
    expect(ids(await whole(p, 'company'))).toEqual(ids(await whole(p, 'company', 'asc')));
    expect(ids(await whole(p, 'applied'))).toEqual(ids(await whole(p, 'applied', 'desc')));
    expect(ids(await whole(p, 'updated'))).toEqual(ids(await whole(p, 'updated', 'desc')));
  });

  it('sorts a board column the same way', async () => {
    const { p } = await seeded();
    const board = await p.call('applications:board', { sort: 'role', direction: 'desc', perColumn: 200 });
    const list = await whole(p, 'role', 'desc');
    for (const column of board.columns) {
      expect(ids(column.items), column.status).toEqual(ids(list.filter((a) => a.status === column.status)));
    }
  });

  it('walks an index for every order, direction and filter, never sorting every row', async () => {
    const { p } = await seeded();
    for (const sort of applicationSortKeys) {
      for (const direction of ['asc', 'desc'] as const) {
        for (const status of [undefined, 'offer'] as const) {
          const { sql, params } = pageSql({ sort, direction, ...(status ? { status } : {}) }, 0, 50);
          const plan = (p.core.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[])
            .map((row) => row.detail)
            .join(' | ');
          const label = `${sort} ${direction} ${status ?? ''}`;
          expect(plan, label).toMatch(/USING (COVERING )?INDEX/);
          expect(plan, label).not.toMatch(/TEMP B-TREE/);
        }
      }
    }
  });

  it('flips every term of an order, and only that', () => {
    expect(reversedOrder(applicationSorts.company)).toBe('a.company COLLATE NOCASE DESC, a.role COLLATE NOCASE DESC, a.id DESC');
    expect(reversedOrder(applicationSorts.updated)).toBe('a.updated_at, a.id');
    expect(reversedOrder(reversedOrder(applicationSorts.next))).toBe(applicationSorts.next);
  });

  it('refuses a direction it does not know, with a sentence', async () => {
    const { p } = await seeded();
    const refusal = await p.refusal('applications:list', { sort: 'role', direction: 'up' });
    expect(refusal.message).toMatch(/asc or desc/);
  });
});

describe('next_follow_up_on, the next-step day kept by triggers', () => {
  it('equals the earliest pending follow-up after hundreds of mixed writes, through the app and behind its back', async () => {
    const { p, ids: apps } = await seeded();
    const db = p.core.db;
    const next = random(23);
    const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)] as T;
    const day = () => `2026-02-${String(1 + Math.floor(next() * 27)).padStart(2, '0')}`;
    const pendingIds = () => db.prepare("SELECT id FROM follow_ups WHERE state = 'pending'").pluck().all() as number[];
    const anyIds = () => db.prepare('SELECT id FROM follow_ups').pluck().all() as number[];
    const kept = () => db.prepare('SELECT id, next_follow_up_on AS day FROM applications ORDER BY id').all();
    const truth = () =>
      db
        .prepare(
          `SELECT a.id, (SELECT min(f.due_on) FROM follow_ups f WHERE f.application_id = a.id AND f.state = 'pending') AS day
           FROM applications a ORDER BY a.id`,
        )
        .all();
    for (let step = 0; step < 300; step += 1) {
      const roll = next();
      const pending = pendingIds();
      const live = db.prepare('SELECT id FROM applications').pluck().all() as number[];
      if (roll < 0.2) await p.call('applications:scheduleFollowUp', { applicationId: pick(live), dueOn: day() });
      else if (roll < 0.3 && pending.length) await p.call('applications:moveFollowUp', { id: pick(pending), dueOn: day() });
      else if (roll < 0.4 && pending.length) await p.call('applications:cancelFollowUp', { id: pick(pending) });
      else if (roll < 0.5 && pending.length)
        await p.call('applications:sendFollowUp', { id: pick(pending), nextInDays: next() < 0.5 ? 5 : null });
      else if (roll < 0.6) await p.call('applications:setStatus', { id: pick(live), status: pick([...applicationStatuses]) });
      // Behind the app's back: a second pending one, a day or state changed, a row gone, one moved to another application.
      else if (roll < 0.7)
        db.prepare("INSERT INTO follow_ups (application_id, due_on, state, created_at) VALUES (?, ?, 'pending', '2026-01-01')").run(
          pick(live),
          day(),
        );
      else if (roll < 0.8 && anyIds().length)
        db.prepare('UPDATE follow_ups SET due_on = ?, state = ? WHERE id = ?').run(
          day(),
          pick(['pending', 'sent', 'cancelled']),
          pick(anyIds()),
        );
      else if (roll < 0.85 && anyIds().length) db.prepare('DELETE FROM follow_ups WHERE id = ?').run(pick(anyIds()));
      else if (roll < 0.9 && anyIds().length)
        db.prepare('UPDATE follow_ups SET application_id = ? WHERE id = ?').run(pick(live), pick(anyIds()));
      else if (roll < 0.93 && live.length > 20) await p.call('applications:delete', { id: pick(live) });
      else if (roll < 0.96) db.prepare('UPDATE applications SET next_follow_up_on = ? WHERE id = ?').run(day(), pick(live));
      else
        db.prepare(
          `INSERT INTO applications (company, status, status_changed_at, created_at, updated_at, next_follow_up_on)
           VALUES ('Imported', 'saved', '2026-01-01', '2026-01-01', '2026-01-01', ?)`,
        ).run(day());
      expect(kept(), `step ${step}`).toEqual(truth());
    }
    expect(apps.length).toBe(90);
  });

  it('is filled in for the follow-ups already there when the migration runs', async () => {
    const { p } = await seeded();
    const db = p.core.db;
    db.prepare('UPDATE applications SET next_follow_up_on = NULL').run();
    const migration = (await import('../../electron/core/db/migrations')).migrations.find((m) => m.version === 5);
    const backfill = migration?.sql.match(/UPDATE applications SET next_follow_up_on =[\s\S]*?;/)?.[0];
    expect(backfill).toBeDefined();
    db.exec(backfill as string);
    const missing = db
      .prepare(
        `SELECT count(*) FROM applications a WHERE a.next_follow_up_on IS NOT
           (SELECT min(f.due_on) FROM follow_ups f WHERE f.application_id = a.id AND f.state = 'pending')`,
      )
      .pluck()
      .get();
    expect(missing).toBe(0);
    expect(db.prepare('SELECT count(*) FROM applications WHERE next_follow_up_on IS NOT NULL').pluck().get()).toBeGreaterThan(10);
  });
});
