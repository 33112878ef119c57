// The baseline: the same ten years kept the way many small Electron apps keep their data, as one JSON
// document in electron-store. Stored with `conf` (electron-store's engine: read and parse the whole file
// on every access, serialize and atomically rewrite the whole file on every change).
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import Conf from 'conf';

interface JsonWin {
  id: number;
  kind: string;
  title: string;
  note: string;
  day: string;
  applicationId: number | null;
  rejectionId: number | null;
  sourceKey: string | null;
  deletedAt: string | null;
  createdAt: string;
}

interface Document {
  applications: Record<string, unknown>[];
  activities: Record<string, unknown>[];
  weeks: Record<string, unknown>[];
  rejections: { id: number; reflection: { steps: Record<string, unknown> } & Record<string, unknown> }[];
  wins: JsonWin[];
}

const camel = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).map(([key, value]) => [key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), value]));

/** The whole store as arrays of objects, each application carrying its status history and follow-ups. */
export function documentFrom(db: Database.Database): Document {
  const history = new Map<number, unknown[]>();
  for (const row of db.prepare('SELECT * FROM application_status_history ORDER BY id').all() as { application_id: number }[]) {
    const list = history.get(row.application_id) ?? [];
    list.push(camel(row));
    history.set(row.application_id, list);
  }
  const followUps = new Map<number, unknown[]>();
  for (const row of db.prepare('SELECT * FROM follow_ups ORDER BY id').all() as { application_id: number }[]) {
    const list = followUps.get(row.application_id) ?? [];
    list.push(camel(row));
    followUps.set(row.application_id, list);
  }
  const answers = new Map<number, Record<string, unknown>>();
  for (const row of db.prepare('SELECT * FROM reflection_answers').all() as { rejection_id: number; step: number; answers: string }[]) {
    const steps = answers.get(row.rejection_id) ?? {};
    steps[String(row.step)] = JSON.parse(row.answers);
    answers.set(row.rejection_id, steps);
  }
  const reflections = new Map(
    (db.prepare('SELECT * FROM reflections').all() as { rejection_id: number }[]).map((row) => [row.rejection_id, camel(row)]),
  );
  return {
    applications: (db.prepare('SELECT * FROM applications ORDER BY id').all() as { id: number }[]).map((row) => ({
      ...camel(row),
      statusHistory: history.get(row.id) ?? [],
      followUps: followUps.get(row.id) ?? [],
    })),
    activities: (db.prepare('SELECT * FROM activities ORDER BY id').all() as Record<string, unknown>[]).map(camel),
    weeks: (db.prepare('SELECT * FROM weeks ORDER BY week_start').all() as Record<string, unknown>[]).map(camel),
    rejections: (db.prepare('SELECT * FROM rejections ORDER BY id').all() as { id: number }[]).map((row) => ({
      ...camel(row),
      id: row.id,
      reflection: { ...(reflections.get(row.id) ?? {}), steps: answers.get(row.id) ?? {} },
    })),
    wins: (db.prepare('SELECT * FROM wins ORDER BY id').all() as Record<string, unknown>[]).map(camel) as unknown as JsonWin[],
  };
}

type Json = Record<string, unknown>;
type App = Json & {
  id: number;
  status: string;
  updatedAt: string;
  company: string;
  role: string;
  location: string;
  notes: string;
  statusHistory: Json[];
  followUps: (Json & { state: string; dueOn: string })[];
};

/** The same work as each store read and write, done the JSON-document way; keyed as storePairs.ts keys its pairs. */
export function jsonOperations(store: Conf<Document>): Record<string, (i: number) => unknown> {
  const today = '2026-11-20';
  const weekStart = '2026-11-16';
  const weekEnd = '2026-11-22';
  const apps = () => store.get('applications') as App[];
  const byUpdated = (a: App, b: App) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : b.id - a.id);
  const live = (wins: JsonWin[]) => wins.filter((win) => win.deletedAt === null);
  const weekCounts = () => {
    const counts: Record<string, number> = {};
    for (const activity of store.get('activities') as (Json & { kind: string; day: string })[]) {
      if (activity.day >= weekStart && activity.day <= weekEnd) counts[activity.kind] = (counts[activity.kind] ?? 0) + 1;
    }
    return { week: (store.get('weeks') as Json[]).find((week) => week['weekStart'] === weekStart), counts };
  };
  return {
    // The routine: this week's targets and counts, and the follow-ups due.
    'planner:today': () => ({
      ...weekCounts(),
      due: apps()
        .flatMap((app) => app.followUps.filter((f) => f.state === 'pending' && f.dueOn <= today))
        .slice(0, 5),
    }),
    // The reflection card: a reflection still in its recovery time.
    'reflection:today': () =>
      store.get('rejections').find((r) => !r.reflection['finishedAt'] && String(r.reflection['recoveryUntil'] ?? '') > `${today}T20:00`) ??
      null,
    // The wins line: this week, last week, all time.
    'wins:summary': () => {
      const wins = live(store.get('wins'));
      return {
        week: wins.filter((w) => w.day >= weekStart && w.day <= weekEnd).length,
        last: wins.filter((w) => w.day >= '2026-11-09' && w.day <= '2026-11-15').length,
        total: wins.length,
      };
    },
    'planner:week': () => weekCounts(),
    'applications:list': () => apps().sort(byUpdated).slice(0, 50),
    'applications:board': () => {
      const columns = new Map<string, App[]>();
      for (const app of apps()) columns.set(app.status, [...(columns.get(app.status) ?? []), app]);
      return [...columns].map(([status, list]) => ({ status, count: list.length, first: list.sort(byUpdated).slice(0, 10) }));
    },
    'rejections:insights': () => {
      const stages: Record<string, number> = {};
      for (const rejection of store.get('rejections') as unknown as { stage: string }[])
        stages[rejection.stage] = (stages[rejection.stage] ?? 0) + 1;
      return stages;
    },
    // The timeline's first page: read the document, drop removed wins, newest first, 200 of them.
    'wins:list': () =>
      live(store.get('wins'))
        .sort((a, b) => (a.day === b.day ? b.id - a.id : a.day < b.day ? 1 : -1))
        .slice(0, 200),
    // Wins per week over the last 52 weeks (weeks starting Monday).
    'wins:perWeek': () => {
      const counts = new Map<string, number>();
      for (const win of store.get('wins')) {
        if (win.deletedAt !== null || win.day < '2025-11-24') continue;
        const date = new Date(`${win.day}T00:00:00Z`);
        date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
        const week = date.toISOString().slice(0, 10);
        counts.set(week, (counts.get(week) ?? 0) + 1);
      }
      return counts;
    },
    'search:fts': () =>
      apps()
        .filter((app) =>
          [app.company, app.role, app.location, app.notes].some((text) =>
            String(text ?? '')
              .toLowerCase()
              .includes('river'),
          ),
        )
        .sort(byUpdated)
        .slice(0, 50),
    // Adding a win: read the document, push, write the whole file (conf writes atomically).
    'wins:log': (i) => {
      const wins = store.get('wins');
      const id = (wins[wins.length - 1]?.id ?? 0) + 1;
      wins.push({
        id,
        kind: 'learning',
        title: `Read a chapter (${i})`,
        note: '',
        day: today,
        applicationId: null,
        rejectionId: null,
        sourceKey: null,
        deletedAt: null,
        createdAt: new Date().toISOString(),
      });
      store.set('wins', wins);
    },
    // Mark applied: the status, its history, a follow-up, an activity and a win, then the whole file.
    'applications:setStatus': (i) => {
      const document = store.store;
      const app = document.applications[i % document.applications.length] as App;
      const at = new Date().toISOString();
      app.status = 'applied';
      app.updatedAt = at;
      app.statusHistory.push({ status: 'applied', day: today, changedAt: at });
      app.followUps.push({ state: 'pending', dueOn: '2026-11-27', createdAt: at });
      document.activities.push({ kind: 'apply', day: today, applicationId: app.id, createdAt: at });
      document.wins.push({
        id: (document.wins[document.wins.length - 1]?.id ?? 0) + 1,
        kind: 'applied',
        title: `Applied (${i})`,
        note: '',
        day: today,
        applicationId: app.id,
        rejectionId: null,
        sourceKey: `application:${app.id}:applied`,
        deletedAt: null,
        createdAt: at,
      });
      store.store = document;
    },
    // Saving one reflection answer: read, change one step of one rejection, write the whole file.
    'reflection:saveStep': (i) => {
      const rejections = store.get('rejections');
      const last = rejections[rejections.length - 1];
      if (last)
        last.reflection.steps['1'] = {
          step: 1,
          intensity: 5,
          freeWriting: `Draft ${i}: it stings, and I am still here.`,
          recoveryHours: 24,
        };
      store.set('rejections', rejections);
    },
  };
}

/** The same ten years in one JSON document (conf, electron-store's engine), in `dir`. */
export function jsonStore(db: Database.Database, dir: string): { store: Conf<Document>; fileBytes: number } {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const store = new Conf<Document>({ cwd: dir, configName: 'rebound', projectName: 'rebound-baseline' });
  store.store = documentFrom(db);
  return { store, fileBytes: fs.statSync(path.join(dir, 'rebound.json')).size };
}
