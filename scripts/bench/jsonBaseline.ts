// The baseline: the same ten years kept the way many small Electron apps keep their data, as one JSON
// document in electron-store. Stored with `conf` (electron-store's engine: read and parse the whole file
// on every access, serialize and atomically rewrite the whole file on every change).
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import Conf from 'conf';
import { time, type Timing } from './measure';

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
  const reflections = new Map((db.prepare('SELECT * FROM reflections').all() as { rejection_id: number }[]).map((row) => [row.rejection_id, camel(row)]));
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

export interface BaselineResult {
  fileBytes: number;
  timelinePage: Timing;
  perWeek: Timing;
  logWin: Timing;
  saveAnswer: Timing;
}

export async function benchJsonBaseline(db: Database.Database, dir: string, runs: { reads: number; writes: number }): Promise<BaselineResult> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const store = new Conf<Document>({ cwd: dir, configName: 'rebound', projectName: 'rebound-baseline' });
  store.store = documentFrom(db);
  const fileBytes = fs.statSync(path.join(dir, 'rebound.json')).size;

  // The timeline's first page: read the document, drop removed wins, newest first, 200 of them.
  const timelinePage = await time(runs.reads, () => {
    const wins = store.get('wins');
    return wins
      .filter((win) => win.deletedAt === null)
      .sort((a, b) => (a.day === b.day ? b.id - a.id : a.day < b.day ? 1 : -1))
      .slice(0, 200);
  }, 2);
  // Wins per week over the last 52 weeks (weeks starting Monday).
  const perWeek = await time(runs.reads, () => {
    const from = '2025-11-24';
    const counts = new Map<string, number>();
    for (const win of store.get('wins')) {
      if (win.deletedAt !== null || win.day < from) continue;
      const date = new Date(`${win.day}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
      const week = date.toISOString().slice(0, 10);
      counts.set(week, (counts.get(week) ?? 0) + 1);
    }
    return counts;
  }, 2);
  // Adding a win: read the document, push, write the whole file (conf writes atomically).
  const logWin = await time(runs.writes, (i) => {
    const wins = store.get('wins');
    const id = (wins[wins.length - 1]?.id ?? 0) + 1;
    wins.push({ id, kind: 'learning', title: `Read a chapter (${i})`, note: '', day: '2026-11-20', applicationId: null, rejectionId: null, sourceKey: null, deletedAt: null, createdAt: new Date().toISOString() });
    store.set('wins', wins);
  }, 2);
  // Saving one reflection answer: read, change one step of one rejection, write the whole file.
  const saveAnswer = await time(runs.writes, (i) => {
    const rejections = store.get('rejections');
    const last = rejections[rejections.length - 1];
    if (last) last.reflection.steps['1'] = { step: 1, intensity: 5, freeWriting: `Draft ${i}: it stings, and I am still here.`, recoveryHours: 24 };
    store.set('rejections', rejections);
  }, 2);
  return { fileBytes, timelinePage, perWeek, logWin, saveAnswer };
}
