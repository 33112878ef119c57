// Rebound's store beside raw SQLite, in the same run on the same connection and file: each read and write
// the views use, through core.dispatch (origin check, zod validation, handler, row shaping, Result), timed
// call by call against the same SQL as bare prepared statements (sqlReplay.ts). Plus mark applied at
// synchronous=FULL against one fsync of a file the size of the WAL frames that write appends.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Channel, InputOf } from '../../electron/core/ipc/contract';
import { appCaller, type TestCore } from '../../tests/support/core';
import { searchPageSql } from '../../electron/core/applications/list';
import { seedNow } from '../seed';
import { pairTime, summarize, type Pair } from './measure';
import { describe, record, replay, type Recording, type Swap } from './sqlReplay';

type Call = <C extends Channel>(channel: C, input?: InputOf<C>) => Promise<unknown>;

export function caller(core: TestCore): Call {
  return async <C extends Channel>(channel: C, input?: InputOf<C>): Promise<unknown> => {
    const result = await core.dispatch(channel, input, appCaller);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.data;
  };
}

export interface StorePair {
  key: string;
  name: string;
  kind: 'read' | 'write';
  pair: Pair;
  statements: number;
}

/** The reads the views make, one call each (a view's several reads are timed one by one). */
export const storeReads: { key: string; name: string; channel: Channel; input?: unknown | ((db: Database.Database) => unknown) }[] = [
  { key: 'planner:today', name: "Today's routine (planner:today)", channel: 'planner:today' },
  { key: 'reflection:today', name: "Today's reflection card (reflection:today)", channel: 'reflection:today' },
  { key: 'wins:summary', name: "Today's wins line (wins:summary)", channel: 'wins:summary' },
  { key: 'planner:week', name: 'Week progress (planner:week)', channel: 'planner:week' },
  {
    key: 'applications:list',
    name: 'Applications list, first page of 50 (applications:list)',
    channel: 'applications:list',
    input: { sort: 'updated' },
  },
  { key: 'applications:board', name: 'Applications board (applications:board)', channel: 'applications:board' },
  { key: 'rejections:insights', name: 'Rejection insights (rejections:insights)', channel: 'rejections:insights' },
  { key: 'wins:list', name: 'Win timeline, first page of 200 (wins:list)', channel: 'wins:list', input: { cursor: null } },
  { key: 'wins:perWeek', name: 'Wins per week, 52 weeks (wins:perWeek)', channel: 'wins:perWeek', input: { weeks: 52 } },
  {
    key: 'search:fts',
    name: 'Search, FTS5 over applications, postings, notes and people, first page and count (applications:list, "river")',
    channel: 'applications:list',
    input: { sort: 'updated', search: 'river' },
  },
  {
    key: 'search:broad',
    name: 'Search for a word in two thirds of all applications, first page and count (applications:list, "en")',
    channel: 'applications:list',
    input: { sort: 'updated', search: 'en' },
  },
  {
    key: 'search:board',
    name: 'Search on the board, every column and its count (applications:board, "river")',
    channel: 'applications:board',
    input: { search: 'river' },
  },
  {
    key: 'interviews:upcoming',
    name: "Next interviews, Today's card and the tray (interviews:upcoming)",
    channel: 'interviews:upcoming',
    input: { limit: 3 },
  },
  {
    key: 'interviews:list',
    name: "One application's interview rounds, its side panel (interviews:list)",
    channel: 'interviews:list',
    input: (db: Database.Database) => ({
      applicationId: (db.prepare('SELECT max(application_id) FROM interviews').pluck().get() as number | null) ?? 1,
    }),
  },
  { key: 'contacts:list', name: 'People, the first page by name (contacts:list)', channel: 'contacts:list', input: { limit: 20 } },
  {
    key: 'contacts:search',
    name: 'People found by a name as it is typed (contacts:list, "dan")',
    channel: 'contacts:list',
    input: { search: 'dan', limit: 20 },
  },
];

/** A read's input: fixed, or looked up in the seeded file (an id that exists there). */
export const inputOf = (read: (typeof storeReads)[number], db: Database.Database): unknown =>
  typeof read.input === 'function' ? (read.input as (db: Database.Database) => unknown)(db) : read.input;

/**
 * The list's search as the app runs it (the FTS5 index: the first page in the list's order and the count)
 * beside a LIKE scan of the same text and people for the same word, both as bare SQL on the same file.
 */
export async function benchSearchPair(db: Database.Database, runs: number, word = 'river'): Promise<Pair> {
  // The app's own statement, read as the app reads it (arrays): the first page with the count of every match on its rows.
  const { sql, params } = searchPageSql({ search: word, sort: 'updated' }, 0, 50);
  const page = db.prepare(sql).raw();
  const like = `%${word}%`;
  const where = `WHERE a.company LIKE @like OR a.role LIKE @like OR a.location LIKE @like OR a.notes LIKE @like
    OR a.recruiter_name LIKE @like OR a.posting LIKE @like
    OR a.id IN (SELECT l.application_id FROM application_contacts l JOIN contacts c ON c.id = l.contact_id
      WHERE c.name LIKE @like OR c.role LIKE @like OR c.email LIKE @like OR c.company LIKE @like OR c.notes LIKE @like)`;
  const likePage = db.prepare(`SELECT a.id FROM applications a ${where} ORDER BY a.updated_at DESC, a.id DESC LIMIT 50`);
  const likeCount = db.prepare(`SELECT count(*) FROM applications a ${where}`);
  return pairTime(
    runs,
    () => page.all(params),
    () => [likePage.all({ like }), likeCount.pluck().get({ like })],
  );
}

/** Applications still "saved", made untimed beforehand, so that every mark applied is a first one. */
export function savedApplications(db: Database.Database, count: number): number[] {
  const at = seedNow().toISOString();
  const insert = db.prepare(
    `INSERT INTO applications (company, role, status, status_changed_at, created_at, updated_at) VALUES (?, 'Bench role', 'saved', ?, ?, ?)`,
  );
  const ids: number[] = [];
  db.transaction(() => {
    for (let i = 0; i < count; i += 1) ids.push(Number(insert.run(`Bench ${i}`, at, at, at).lastInsertRowid));
  })();
  return ids;
}

/** Swaps one application's id (and the auto-win key built from it) for another's in a recorded write. */
export const applicationSwap = (from: number, to: number): Swap => {
  const fromKey = `application:${from}:`;
  return (value) => {
    if (value === from) return to;
    if (typeof value === 'string' && value.startsWith(fromKey)) return `application:${to}:${value.slice(fromKey.length)}`;
    return value;
  };
};

interface Write {
  key: string;
  name: string;
  /** The app's call for round i. */
  app: (call: Call, i: number) => Promise<unknown>;
  /** The raw side for round i: the recorded write replayed, swapped onto its own rows where it needs them. */
  raw: (recording: Recording, i: number) => void;
}

function writes(db: Database.Database, rounds: number): { list: Write[]; recordCall: Record<string, (call: Call) => Promise<unknown>> } {
  // Each side of mark applied needs its own "saved" applications; the recording needs one more.
  const saved = savedApplications(db, rounds * 2 + 1);
  const recordedId = saved[rounds * 2] as number;
  const rejection = (db.prepare('SELECT max(id) AS id FROM rejections').get() as { id: number }).id;
  const answer = (i: number) => ({
    rejectionId: rejection,
    answers: { step: 1 as const, intensity: 5, freeWriting: `Draft ${i}: it stings, and I am still here.`, recoveryHours: 24 },
  });
  const win = (i: number) => ({ kind: 'learning', title: `Read a chapter (${i})`, day: '2026-11-20' }) as const;
  return {
    list: [
      { key: 'wins:log', name: 'Log a win (wins:log)', app: (call, i) => call('wins:log', win(i)), raw: (recording) => replay(recording) },
      {
        key: 'applications:setStatus',
        name: 'Mark applied, with its follow-up (applications:setStatus)',
        app: (call, i) => call('applications:setStatus', { id: saved[i * 2] as number, status: 'applied', day: '2026-11-20' }),
        raw: (recording, i) => replay(recording, applicationSwap(recordedId, saved[i * 2 + 1] as number)),
      },
      {
        key: 'reflection:saveStep',
        name: 'Save a reflection answer (reflection:saveStep)',
        app: (call, i) => call('reflection:saveStep', answer(i)),
        raw: (recording) => replay(recording),
      },
    ],
    recordCall: {
      'wins:log': (call) => call('wins:log', win(-1)),
      'applications:setStatus': (call) => call('applications:setStatus', { id: recordedId, status: 'applied', day: '2026-11-20' }),
      'reflection:saveStep': (call) => call('reflection:saveStep', answer(-1)),
    },
  };
}

const logPair = (log: (line: string) => void, name: string, pair: Pair) =>
  log(
    `  ${name}: app p50 ${pair.a.p50.toFixed(3)} / raw ${pair.b.p50.toFixed(3)} ms (${pair.ratio.p50.toFixed(2)}×), p99 ${pair.a.p99.toFixed(3)} / ${pair.b.p99.toFixed(3)} ms (${pair.ratio.p99.toFixed(2)}×); noise ${(pair.noise.p50 * 100).toFixed(0)} % / ${(pair.noise.p99 * 100).toFixed(0)} %`,
  );

/** Every store pair; `showSql` prints what each raw side runs. */
export async function benchStorePairs(core: TestCore, runs: number, log: (line: string) => void, showSql = false): Promise<StorePair[]> {
  const call = caller(core);
  const out: StorePair[] = [];
  for (const read of storeReads) {
    const input = inputOf(read, core.db) as never;
    await call(read.channel, input);
    const recording = await record(core.db, () => call(read.channel, input));
    if (showSql) for (const line of describe(recording)) log(`    ${line}`);
    if (recording.execs.length) throw new Error(`${read.key} runs db.exec, which a replay cannot stand in for`);
    const pair = await pairTime(
      runs,
      () => call(read.channel, input),
      () => replay(recording),
    );
    logPair(log, read.name, pair);
    out.push({ key: read.key, name: read.name, kind: 'read', pair, statements: recording.steps.length });
  }
  const warmup = 50;
  // Two repeats of `runs` rounds plus the warm-up, each round one app write and one raw write.
  const { list, recordCall } = writes(core.db, (runs * 2 + warmup) * 1);
  for (const write of list) {
    const recording = await record(core.db, () => (recordCall[write.key] as (call: Call) => Promise<unknown>)(call));
    if (showSql) for (const line of describe(recording)) log(`    ${line}`);
    const pair = await pairTime(
      runs,
      (i) => write.app(call, i),
      (i) => write.raw(recording, i),
      { warmup },
    );
    logPair(log, write.name, pair);
    out.push({ key: write.key, name: write.name, kind: 'write', pair, statements: recording.steps.length });
  }
  return out;
}

export interface FlushPair {
  /** WAL frames one mark applied appends (pages it writes, plus the commit frame's page). */
  frames: number;
  pageSize: number;
  /** Mark applied through dispatch (a) against one fsync of a file of `frames` frames in the same folder (b). */
  pair: Pair;
}

/** How many WAL frames one write appends: the WAL is emptied first, then its size read after the write. */
async function framesOf(
  db: Database.Database,
  walFile: string,
  write: () => Promise<unknown>,
): Promise<{ frames: number; pageSize: number }> {
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.pragma('wal_checkpoint(TRUNCATE)');
  await write();
  const bytes = fs.statSync(walFile).size;
  // A WAL file is a 32-byte header and, per frame, a 24-byte frame header and one page.
  return { frames: Math.round((bytes - 32) / (pageSize + 24)), pageSize };
}

/**
 * Mark applied at synchronous=FULL, interleaved with one fsync of a file as large as the WAL frames that
 * write appends, in the database's own folder: the floor a durable click cannot go under on this disk.
 */
export async function benchFlush(core: TestCore, databaseFile: string, runs: number, log: (line: string) => void): Promise<FlushPair> {
  const call = caller(core);
  core.db.pragma('synchronous = FULL');
  const saved = savedApplications(core.db, runs * 2 + 20 + 1);
  const mark = (id: number) => call('applications:setStatus', { id, status: 'applied', day: '2026-11-20' });
  const { frames, pageSize } = await framesOf(core.db, `${databaseFile}-wal`, () => mark(saved[saved.length - 1] as number));
  const file = path.join(path.dirname(databaseFile), 'bench-fsync.bin');
  const bytes = Buffer.alloc(Math.max(1, frames) * (pageSize + 24), 7);
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, bytes, 0, bytes.length, 0);
  fs.fsyncSync(fd);
  let flushes = 0;
  try {
    const pair = await pairTime(
      runs,
      (i) => mark(saved[i] as number),
      // The write and its fsync, as SQLite's commit does with the WAL's new frames.
      (i) => {
        bytes[0] = i % 256;
        fs.writeSync(fd, bytes, 0, bytes.length, 0);
        fs.fsyncSync(fd);
        flushes += 1;
      },
      { warmup: 10 },
    );
    log(
      `  mark applied ${pair.a.p50.toFixed(3)} ms p50 vs write + fsync of ${frames} frames (${(bytes.length / 1024).toFixed(0)} KB) ${pair.b.p50.toFixed(3)} ms: ${pair.ratio.p50.toFixed(2)}× (${flushes} flushes)`,
    );
    return { frames, pageSize, pair };
  } finally {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
  }
}

export { summarize };

export interface JsonPair {
  key: string;
  name: string;
  kind: 'read' | 'write';
  /** The JSON document's way (a) against Rebound's call through dispatch (b): the ratio is how many times faster. */
  pair: Pair;
}

/**
 * Every store read and write against the same work on one JSON document (conf: the whole file read and
 * parsed on every access, rewritten on every change), interleaved call by call. The JSON side takes tens
 * of milliseconds at ten years, so `runs` is small.
 */
export async function benchJsonPairs(
  core: TestCore,
  operations: Record<string, (i: number) => unknown>,
  runs: number,
  log: (line: string) => void,
): Promise<JsonPair[]> {
  const call = caller(core);
  const warmup = 2;
  const saved = savedApplications(core.db, runs * 2 + warmup);
  const app: Record<string, (i: number) => Promise<unknown>> = {
    ...Object.fromEntries(storeReads.map((read) => [read.key, () => call(read.channel, inputOf(read, core.db) as never)])),
    'wins:log': (i) => call('wins:log', { kind: 'learning', title: `Read a chapter (${i})`, day: '2026-11-20' }),
    'applications:setStatus': (i) => call('applications:setStatus', { id: saved[i] as number, status: 'applied', day: '2026-11-20' }),
    'reflection:saveStep': (i) => {
      const rejectionId = (core.db.prepare('SELECT max(id) AS id FROM rejections').get() as { id: number }).id;
      return call('reflection:saveStep', {
        rejectionId,
        answers: { step: 1 as const, intensity: 5, freeWriting: `Draft ${i}.`, recoveryHours: 24 },
      });
    },
  };
  const names: Record<string, string> = Object.fromEntries(storeReads.map((read) => [read.key, read.name]));
  names['wins:log'] = 'Log a win';
  names['applications:setStatus'] = 'Mark applied';
  names['reflection:saveStep'] = 'Save a reflection answer';
  const out: JsonPair[] = [];
  for (const [key, json] of Object.entries(operations)) {
    const appCall = app[key];
    if (!appCall) throw new Error(`no app call for the JSON operation ${key}`);
    const pair = await pairTime(runs, json, appCall, { warmup, capMs: 60_000 });
    const kind = ['wins:log', 'applications:setStatus', 'reflection:saveStep'].includes(key) ? 'write' : 'read';
    log(
      `  ${names[key]}: JSON p50 ${pair.a.p50.toFixed(2)} ms / Rebound ${pair.b.p50.toFixed(3)} ms: ${Math.round(pair.ratio.p50)}× (noise ${(pair.noise.p50 * 100).toFixed(0)} %)`,
    );
    out.push({ key, name: names[key] ?? key, kind, pair });
  }
  return out;
}
