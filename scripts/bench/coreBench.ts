// The store figures of `npm run bench` that have no pair (the pairs are in storePairs.ts): reads right
// after the writes that change them and the common writes at each synchronous setting, through
// core.dispatch with the app's own caller (origin check, zod validation, handler, Result): what the app
// pays per IPC call, minus Electron's hop. Plus the open of the 10-year file.
import fs from 'node:fs';
import { listBackups } from '../../electron/core/backup/backupFiles';
import { dataPaths } from '../../electron/core/dataDir';
import type Database from 'better-sqlite3';
import { openStore } from '../../electron/core/backup/openStore';
import { closeCleanly, markOpen } from '../../electron/core/db/cleanClose';
import type { Channel, InputOf } from '../../electron/core/ipc/contract';
import type { CoreOptions } from '../../electron/core/startCore';
import type { TestCore } from '../../tests/support/core';
import { appCaller, startTestCore } from '../../tests/support/core';
import { addDaysTo } from '../../electron/core/time/days';
import { seedNow } from '../seed';
import { summarize, time, type Timing } from './measure';

export interface Row {
  name: string;
  timing: Timing;
  total?: true;
}

/** A fresh copy of the seeded file as a data folder (the file named as the app names it). */
export function copyDataDir(seedFile: string, dir: string): string {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(seedFile, dataPaths(dir).database);
  return dir;
}

export async function startBenchCore(dataDir: string, overrides: Partial<CoreOptions> = {}): Promise<TestCore> {
  const core = await startTestCore(dataDir, { now: seedNow, ...overrides });
  // Start writes the day's backup in the background; let it finish so it does not share the timings.
  const backups = dataPaths(dataDir).backups;
  for (let i = 0; i < 600 && !listBackups(backups).some((backup) => backup.kind === 'daily'); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  return core;
}

type Call = <C extends Channel>(channel: C, input?: InputOf<C>) => Promise<unknown>;

function caller(core: TestCore): Call {
  return async <C extends Channel>(channel: C, input?: InputOf<C>): Promise<unknown> => {
    const result = await core.dispatch(channel, input, appCaller);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.data;
  };
}

interface Read {
  name: string;
  calls: { channel: Channel; input?: unknown }[];
  /** A view's several reads together: shown for what the view costs, the budget being per read. */
  total?: true;
}

const todayCalls = [{ channel: 'planner:today' }, { channel: 'reflection:today' }, { channel: 'wins:summary' }] as const;
const boardCall = { channel: 'applications:board' } as const;
const insightsCall = { channel: 'rejections:insights' } as const;

/**
 * Reads as the app makes them: the renderer reads again only after a write (every mutation refreshes
 * the open views), so these time the read right after the write that changes what it shows, with the
 * caches of migration 0003 made stale by it. The write itself is not timed.
 */
/** A win on a day that already has wins: counts change, streaks do not. */
const logWin = (call: Call, i: number) => call('wins:log', { kind: 'learning', title: `Bench win ${i}`, day: '2026-11-20' });

export const readsAfterWrites: (Read & { write: (call: Call, i: number) => Promise<unknown> })[] = [
  ...todayCalls.map((call) => ({
    name: `${call.channel}, right after logging a win`,
    write: logWin,
    calls: [call],
  })),
  {
    // A day's first win changes which days have wins, so the streaks are worked out again (from days
    // before the seeded years, each new).
    name: 'wins:summary, right after the first win of a day',
    write: (api: Call, i: number) => api('wins:log', { kind: 'learning', title: `Bench first win ${i}`, day: addDaysTo('2012-01-01', i) }),
    calls: [todayCalls[2]],
  },
  {
    name: 'Today, its three reads together, right after logging a win',
    write: logWin,
    calls: [...todayCalls],
    total: true,
  },
  {
    name: 'Rejection insights, right after a new application',
    write: (call, i) => call('applications:create', { company: `Bench insight ${i}`, status: 'applied' }),
    calls: [insightsCall],
  },
  {
    name: 'Applications board, right after a new application',
    write: (call, i) => call('applications:create', { company: `Bench board ${i}`, status: 'saved' }),
    calls: [boardCall],
  },
];

export async function benchReadsAfterWrites(core: TestCore, runs: number, log: (line: string) => void): Promise<Row[]> {
  const call = caller(core);
  const rows: Row[] = [];
  for (const read of readsAfterWrites) {
    const samples: number[] = [];
    for (let i = 0; i < runs + 20; i += 1) {
      await read.write(call, i);
      const start = process.hrtime.bigint();
      for (const { channel, input } of read.calls) await call(channel, input as never);
      if (i >= 20) samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const timing = summarize(samples);
    log(`  ${read.name}: p50 ${timing.p50.toFixed(3)} ms, p99 ${timing.p99.toFixed(3)} ms`);
    rows.push({ name: read.name, timing, ...(read.total ? { total: true as const } : {}) });
  }
  return rows;
}

export interface WriteRows {
  logWin: Timing;
  markApplied: Timing;
  saveAnswer: Timing;
}

/** The common writes; each grows the data by at most `runs` rows (wins, and applications made beforehand). */
export async function benchWrites(core: TestCore, runs: number, log: (line: string) => void): Promise<WriteRows> {
  const call = caller(core);
  const warmup = 50;
  const logWin = await time(runs, (i) => call('wins:log', { kind: 'learning', title: `Read a chapter (${i})`, day: '2026-11-20' }), warmup);
  // Mark applied needs applications still "saved": made beforehand, untimed.
  const saved: number[] = [];
  core.db.transaction(() => {
    for (let i = 0; i < runs + warmup; i += 1) {
      saved.push(
        Number(
          core.db
            .prepare(
              `INSERT INTO applications (company, role, status, status_changed_at, created_at, updated_at)
               VALUES (?, 'Bench role', 'saved', ?, ?, ?)`,
            )
            .run(`Bench ${i}`, seedNow().toISOString(), seedNow().toISOString(), seedNow().toISOString()).lastInsertRowid,
        ),
      );
    }
  })();
  const markApplied = await time(
    runs,
    (i) => call('applications:setStatus', { id: saved[i] as number, status: 'applied', day: '2026-11-20' }),
    warmup,
  );
  const rejection = (core.db.prepare('SELECT max(id) AS id FROM rejections').get() as { id: number }).id;
  const saveAnswer = await time(
    runs,
    (i) =>
      call('reflection:saveStep', {
        rejectionId: rejection,
        answers: { step: 1, intensity: 5, freeWriting: `Draft ${i}: it stings, and I am still here.`, recoveryHours: 24 },
      }),
    warmup,
  );
  log(
    `  log a win p99 ${logWin.p99.toFixed(3)} ms; mark applied p99 ${markApplied.p99.toFixed(3)} ms; save answer p99 ${saveAnswer.p99.toFixed(3)} ms`,
  );
  return { logWin, markApplied, saveAnswer };
}

export interface OpenTimes {
  /** The usual start: the file is as Rebound left it at its last clean close, so quick_check is skipped. */
  afterCleanClose: Timing;
  /** A start after a crash or power cut: the full quick_check runs first. */
  afterCrash: Timing;
}

/** The app's own open (openStore: restore check, clean-close check, pragmas, migration check) on the 10-year file. */
export async function benchOpen(dataDir: string, runs: number): Promise<OpenTimes> {
  const file = dataPaths(dataDir).database;
  const now = () => new Date();
  let opened: Database.Database | null = null;
  const open = async () => {
    opened = (await openStore(dataDir, now)).db;
  };
  const timed = async (beforeEach: () => void) => {
    const samples: number[] = [];
    for (let run = 0; run < runs + 2; run += 1) {
      beforeEach();
      const start = process.hrtime.bigint();
      await open();
      const took = Number(process.hrtime.bigint() - start) / 1e6;
      closeCleanly(opened as unknown as Database.Database, file);
      if (run >= 2) samples.push(took);
    }
    return summarize(samples);
  };
  const afterCleanClose = await timed(() => undefined);
  const afterCrash = await timed(() => markOpen(file));
  return { afterCleanClose, afterCrash };
}
