import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { content } from '../../content';
import type { ImportApplied, ImportProgress } from '../../electron/core/imports/schema';
import type { ImportWorkerData } from '../../electron/core/imports/workerSide';
import type { StartImportWorker } from '../../electron/core/imports/workerWriter';
import type { Result } from '../../electron/core/ipc/result';
import { contentHash } from '../support/contentHash';
import { appCaller, dataOf, startTestCore, type TestCore } from '../support/core';
import { tempDir } from '../support/tempDir';
import { eventWireName } from '../../electron/core/ipc/contract';
import { loadBuiltMain, projectDir, type SimulatedMain } from './loadBuilt';
import { lateDuplicate } from '../support/lateDuplicate';

/*
 * A SIMULATION, never an Electron run: the BUILT import worker (out/main/importWorker.js, what
 * `npx electron-vite build` emits beside main's index.js) started with node:worker_threads' Worker exactly
 * as main starts it, wired through core's own `startImportWorker` option into a real core on a temp data
 * folder. The worker runs under Node 20 with better-sqlite3 built for Node, not inside Electron's asar.
 * Nothing here waits on time: a write is held mid-way by the worker's test-only hold (an Atomics.wait on
 * a SharedArrayBuffer at a row count), and every wait is for a message or an event.
 */

const builtWorker = path.join(projectDir, 'out/main/importWorker.js');
const clock = () => new Date('2026-03-10T10:00:00Z');
const header = 'Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers\n';
/** LinkedIn's `Job Applications.csv` with `rows` applications, each a company of its own. */
function linkedInFile(rows: number) {
  const lines: string[] = [];
  for (let index = 1; index <= rows; index += 1) lines.push(`"1/${(index % 28) + 1}/25, 9:00 AM",,,Company ${index},Role ${index},,,`);
  return { name: 'Job Applications.csv', text: header + lines.join('\n') + '\n' };
}
const rows = 2_500;
/** Two stores compared: app_meta holds when each file was made (the real clock, not the test's), left out. */
const sameContent = (db: TestCore['db']) => contentHash(db, ['app_meta']);
const file = linkedInFile(rows);

beforeAll(() => {
  if (!fs.existsSync(builtWorker)) throw new Error('The simulation runs the built worker: run `npx electron-vite build` first.');
});

const cores: TestCore[] = [];
const workers: Worker[] = [];
const mains: SimulatedMain[] = [];
afterEach(async () => {
  // will-quit closes the database (and ends a worker still writing), as quitting would.
  for (const sim of mains.splice(0)) sim.app.emit('will-quit', { preventDefault: () => undefined });
  await Promise.all(cores.splice(0).map((core) => core.close()));
  await Promise.all(workers.splice(0).map((worker) => worker.terminate()));
});

interface Started {
  core: TestCore;
  dir: string;
  progress: ImportProgress[];
  /** Resolves once the write has said it reached `rows` rows. */
  written(rows: number): Promise<void>;
  /** The workers this core started, in order. */
  started: Worker[];
}

/** A real core whose confirm writes in the built worker, started as main starts it; `extra` is added to its workerData. */
async function startWithWorker(
  options: { dir?: string; extra?: () => Partial<ImportWorkerData>; onProgress?: (step: ImportProgress) => void } = {},
): Promise<Started> {
  const dir = options.dir ?? tempDir('rebound-worker-');
  const progress: ImportProgress[] = [];
  const waiting: { rows: number; resolve: () => void }[] = [];
  const started: Worker[] = [];
  const startImportWorker: StartImportWorker = (workerData) => {
    const worker = new Worker(builtWorker, { workerData: { ...workerData, ...options.extra?.() } });
    started.push(worker);
    workers.push(worker);
    return worker;
  };
  const core = await startTestCore(dir, {
    now: clock,
    startImportWorker,
    onImportProgress: (step) => {
      progress.push(step);
      options.onProgress?.(step);
      for (const one of waiting.filter((wait) => step.phase === 'writing' && step.rows >= wait.rows)) one.resolve();
    },
  });
  cores.push(core);
  return {
    core,
    dir,
    progress,
    started,
    written: (count) => new Promise((resolve) => waiting.push({ rows: count, resolve })),
  };
}

/** The worker's test-only hold: it waits after `atRow` rows, inside its transaction, until `release()`. */
function hold(atRow: number) {
  const flag = new SharedArrayBuffer(4);
  return {
    extra: () => ({ holdForTest: { atRow, flag } }),
    release: () => {
      Atomics.store(new Int32Array(flag), 0, 1);
      Atomics.notify(new Int32Array(flag), 0);
    },
  };
}

const dispatch = (core: TestCore, channel: string, payload?: unknown) =>
  core.dispatch(channel, payload, appCaller) as Promise<Result<unknown>>;
const applicationCount = (core: TestCore) => core.db.prepare('SELECT count(*) FROM applications').pluck().get() as number;
const exited = (worker: Worker) => new Promise<number>((resolve) => worker.once('exit', resolve));
const writingSteps = (progress: ImportProgress[]) => progress.filter((step) => step.phase === 'writing').map((step) => step.rows);

/**
 * A store with one application of its own, and the file's import held by the worker at row 1,000: those rows
 * are in the worker's open transaction, which waits there until `held.release()`.
 */
async function importHeldAtRow1000() {
  const held = hold(1000);
  const sim = await startWithWorker({ extra: held.extra });
  await dataOf(sim.core, 'applications:create', { company: 'Kept Before', role: 'Designer' });
  const before = contentHash(sim.core.db);
  const applying = dispatch(sim.core, 'imports:apply', file);
  await sim.written(1000);
  const [worker] = sim.started;
  if (!worker) throw new Error('no worker started');
  return { held, sim, before, applying, worker };
}

describe('simulation: the built import worker, started as main starts it, under Node (not Electron)', () => {
  it(
    'simulation: writes what the in-process writer writes (same answer, same progress, same database content)',
    { timeout: 60_000 },
    async () => {
      const inProcessProgress: ImportProgress[] = [];
      const here = await startTestCore(tempDir('rebound-inprocess-'), {
        now: clock,
        onImportProgress: (step) => inProcessProgress.push(step),
      });
      cores.push(here);
      const there = await startWithWorker();
      const empty = sameContent(there.core.db);
      expect(sameContent(here.db)).toBe(empty);

      const inProcess = await dataOf<ImportApplied>(here, 'imports:apply', file);
      const inWorker = await dataOf<ImportApplied>(there.core, 'imports:apply', file);
      expect(inWorker).toEqual({ added: rows, alreadyTracked: 0, refused: 0, contacts: 0 });
      expect(inWorker).toEqual(inProcess);
      // The write ran in the one worker, and its progress crossed back: every 1,000 rows, then the last.
      expect(there.started).toHaveLength(1);
      expect(writingSteps(there.progress)).toEqual([0, 1000, 2000, 2500]);
      expect(writingSteps(there.progress)).toEqual(writingSteps(inProcessProgress));
      // Main's own connection reads what the worker's committed, row for row the in-process write's.
      expect(applicationCount(there.core)).toBe(rows);
      expect(sameContent(there.core.db)).not.toBe(empty);
      expect(sameContent(there.core.db)).toBe(sameContent(here.db));
    },
  );

  it(
    'simulation: a LinkedIn archive with connections: the worker keeps the same contacts, linked the same way',
    { timeout: 60_000 },
    async () => {
      const { zipSync } = await import('fflate');
      const fixtures = path.resolve(import.meta.dirname, '../fixtures/imports');
      const archive = zipSync({
        'Jobs/Job Applications.csv': fs.readFileSync(path.join(fixtures, 'Job Applications.csv')),
        'Connections.csv': fs.readFileSync(path.join(fixtures, 'Connections.csv')),
      });
      const input = { name: 'export.zip', base64: Buffer.from(archive).toString('base64') };
      const here = await startTestCore(tempDir('rebound-inprocess-'), { now: clock });
      cores.push(here);
      const there = await startWithWorker();
      const inProcess = await dataOf<ImportApplied>(here, 'imports:apply', input);
      const inWorker = await dataOf<ImportApplied>(there.core, 'imports:apply', input);
      expect(inWorker.contacts).toBeGreaterThan(0);
      expect(inWorker).toEqual(inProcess);
      expect(sameContent(there.core.db)).toBe(sameContent(here.db));
    },
  );

  it(
    'simulation: while the worker is held mid-write, a change is refused in words, a read answers and sees none of the import',
    { timeout: 60_000 },
    async () => {
      const { held, sim, before, applying } = await importHeldAtRow1000();
      // 1,000 rows are in the worker's open transaction now, and it waits there until released.
      expect(await dispatch(sim.core, 'applications:create', { company: 'Typed Meanwhile', role: 'Lead' })).toEqual({
        ok: false,
        error: { code: 'conflict', message: content.imports.errors.stillWriting },
      });
      // A second confirm is refused the same way.
      expect(await dispatch(sim.core, 'imports:apply', linkedInFile(3))).toEqual({
        ok: false,
        error: { code: 'conflict', message: content.imports.errors.stillWriting },
      });
      const page = await dataOf<{ total: number; items: { company: string }[] }>(sim.core, 'applications:list', {});
      expect(page.total).toBe(1);
      expect(page.items.map((item) => item.company)).toEqual(['Kept Before']);
      expect(contentHash(sim.core.db)).toBe(before);

      held.release();
      expect(await applying).toEqual({ ok: true, data: { added: rows, alreadyTracked: 0, refused: 0, contacts: 0 } });
      expect(applicationCount(sim.core)).toBe(rows + 1);
      // Free again: the change typed meanwhile goes through now.
      await dataOf(sim.core, 'applications:create', { company: 'Typed Meanwhile', role: 'Lead' });
    },
  );

  it(
    'simulation: a row the store refuses late in the file rolls every row back; the person is told; writes work again',
    { timeout: 60_000 },
    async () => {
      const sim = await startWithWorker();
      // Planted: the store refuses the 2,400th application, after 2,000 rows were written and reported.
      sim.core.db.exec(
        "CREATE TRIGGER planted BEFORE INSERT ON applications WHEN NEW.company = 'Company 2400' BEGIN SELECT RAISE(ABORT, 'planted'); END",
      );
      const before = contentHash(sim.core.db);
      expect(await dispatch(sim.core, 'imports:apply', file)).toEqual({
        ok: false,
        error: { code: 'internal', message: content.views.errors.internal },
      });
      expect(writingSteps(sim.progress)).toEqual([0, 1000, 2000]);
      expect(contentHash(sim.core.db)).toBe(before);
      expect(applicationCount(sim.core)).toBe(0);
      // The gate is free again: a change and then the whole import go through.
      await dataOf(sim.core, 'applications:create', { company: 'After The Failure', role: 'Designer' });
      sim.core.db.exec('DROP TRIGGER planted');
      expect(await dataOf<ImportApplied>(sim.core, 'imports:apply', file)).toMatchObject({ added: rows });
    },
  );

  it('simulation: a store the worker cannot reach gives the storage message, not a bug', { timeout: 60_000 }, async () => {
    // Planted: the worker is pointed at a file that is not there (moved away between the preview and the confirm).
    const sim = await startWithWorker({ extra: () => ({ file: path.join(tempDir('rebound-gone-'), 'rebound.db') }) });
    const before = contentHash(sim.core.db);
    expect(await dispatch(sim.core, 'imports:apply', file)).toEqual({
      ok: false,
      error: { code: 'storage', message: content.data.storage.missing },
    });
    expect(contentHash(sim.core.db)).toBe(before);
  });

  it(
    'simulation: the worker terminated mid-write leaves the store as it was; the next import goes through',
    { timeout: 60_000 },
    async () => {
      const { held, sim, before, applying, worker } = await importHeldAtRow1000();
      await worker.terminate();
      expect(await applying).toEqual({ ok: false, error: { code: 'internal', message: content.views.errors.internal } });
      expect(contentHash(sim.core.db)).toBe(before);
      held.release();
      expect(await dataOf<ImportApplied>(sim.core, 'imports:apply', file)).toMatchObject({ added: rows });
    },
  );

  it(
    'simulation: quitting mid-write (core.close) ends the worker and closes the store only once its thread has ended; the next start has none of the import and opens clean',
    { timeout: 60_000 },
    async () => {
      const { sim, before, applying, worker } = await importHeldAtRow1000();
      // What happened, in order: the thread's end (and whether main's store was still open then), and the close's end.
      const order: string[] = [];
      const gone = new Promise<number>((resolve) =>
        worker.once('exit', (code) => {
          order.push(`worker exited, store open: ${String(sim.core.db.open)}`);
          resolve(code);
        }),
      );
      cores.splice(cores.indexOf(sim.core), 1);
      expect(sim.core.importWriting()).toBe(true);
      const closing = sim.core.close();
      // The checkpoint waits for the thread: the store is still open when close() returns.
      expect(sim.core.db.open).toBe(true);
      expect(sim.core.close()).toBe(closing);
      await closing.then(() => order.push(`closed, store open: ${String(sim.core.db.open)}`));
      expect(order).toEqual(['worker exited, store open: true', 'closed, store open: false']);
      expect(await gone).not.toBe(0);
      expect((await applying).ok).toBe(false);
      expect(sim.core.importWriting()).toBe(false);

      const next = await startWithWorker({ dir: sim.dir });
      expect(next.core.notices).toEqual([]);
      expect(next.core.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(contentHash(next.core.db)).toBe(before);
      expect(await dataOf<ImportApplied>(next.core, 'imports:apply', file)).toMatchObject({ added: rows });
    },
  );

  it(
    'simulation: a row added by hand after the preview, and one added inside the confirm after its check, are not added twice by the worker; the answer counts both',
    { timeout: 60_000 },
    async () => {
      // The scenario of tests/integration/importLateChange.test.ts; here the write's own check runs in the worker.
      const late = lateDuplicate();
      const sim = await startWithWorker({ onProgress: late.onProgress });
      await late.run(sim.core);
      expect(sim.started).toHaveLength(1);
    },
  );

  it('simulation: the same file twice through the worker adds nothing the second time', { timeout: 60_000 }, async () => {
    const sim = await startWithWorker();
    expect(await dataOf<ImportApplied>(sim.core, 'imports:apply', file)).toEqual({
      added: rows,
      alreadyTracked: 0,
      refused: 0,
      contacts: 0,
    });
    const once = contentHash(sim.core.db);
    sim.progress.length = 0;
    expect(await dataOf<ImportApplied>(sim.core, 'imports:apply', file)).toEqual({
      added: 0,
      alreadyTracked: rows,
      refused: 0,
      contacts: 0,
    });
    expect(sim.started).toHaveLength(2);
    expect(writingSteps(sim.progress)).toEqual([0]);
    expect(contentHash(sim.core.db)).toBe(once);
  });
});

/** The BUILT main bundle under the strict electron double (loadBuilt.ts), started and ready. */
async function launchMain(dataDir: string, workerData?: () => Record<string, unknown>): Promise<SimulatedMain> {
  const sim = await loadBuiltMain({ dataDir, ...(workerData ? { workerData } : {}) });
  mains.push(sim);
  sim.becomeReady();
  await sim.started();
  return sim;
}

const untilProgress = (worker: Worker, rows: number) =>
  new Promise<void>((resolve) =>
    worker.on('message', (message: { kind: string; rows?: number }) => {
      if (message.kind === 'progress' && message.rows === rows) resolve();
    }),
  );

describe('simulation: the built main bundle starts the built import worker (strict electron double, Node, not Electron)', () => {
  it(
    'simulation: a confirm through ipcMain runs in out/main/importWorker.js and its progress reaches the page',
    { timeout: 60_000 },
    async () => {
      const sim = await launchMain(tempDir('rebound-sim-worker-'));
      expect(sim.workers).toEqual([]);
      expect(await sim.invoke('imports:apply', file)).toEqual({
        ok: true,
        data: { added: rows, alreadyTracked: 0, refused: 0, contacts: 0 },
      });
      expect(sim.workers.map((one) => one.file)).toEqual([builtWorker]);
      const sent = sim.windows[0]?.webContents.sent ?? [];
      const writing = sent
        .filter(([channel]) => channel === eventWireName('imports:progress'))
        .map(([, progress]) => progress as ImportProgress)
        .filter((progress) => progress.phase === 'writing');
      expect(writing.map((progress) => progress.rows)).toEqual([0, 1000, 2000, 2500]);
      expect(await sim.invoke('applications:list', {})).toMatchObject({ ok: true, data: { total: rows } });
    },
  );

  it(
    'simulation: quitting mid-import (app.quit): will-quit is held until the worker has ended and the store is closed, then app.exit(0); the next start has none of it',
    { timeout: 60_000 },
    async () => {
      const dataDir = tempDir('rebound-sim-worker-');
      const held = hold(1000);
      const sim = await launchMain(dataDir, held.extra);
      expect(await sim.invoke('applications:create', { company: 'Kept Before', role: 'Designer' })).toMatchObject({ ok: true });
      const applying = sim.invoke('imports:apply', file);
      // The worker starts once the file is read and checked again; then it is waited on at 1,000 rows.
      while (sim.workers.length === 0) await new Promise((resolve) => setImmediate(resolve));
      const [started] = sim.workers;
      if (!started) throw new Error('no worker started');
      await untilProgress(started.worker, 1000);
      const gone = exited(started.worker);
      mains.splice(mains.indexOf(sim), 1);
      const ends = () => sim.calls.filter((entry) => entry.api === 'app.exit' || entry.api === 'app.ended').map((entry) => entry.api);
      const appExited = new Promise((resolve) => sim.app.once('simulation:exit', resolve));
      sim.app.quit();
      // will-quit was held (preventDefault): the app has not ended while the worker's thread runs.
      expect(ends()).toEqual([]);
      expect(await gone).not.toBe(0);
      expect(await applying).toMatchObject({ ok: false });
      // Once the thread has ended and the store is closed, main ends the app with app.exit(0), once.
      expect(await appExited).toBe(0);
      expect(ends()).toEqual(['app.exit']);
      expect(sim.calls.find((entry) => entry.api === 'app.exit')?.args).toEqual([0]);

      const next = await startTestCore(dataDir, { now: clock });
      cores.push(next);
      expect(next.notices).toEqual([]);
      expect(next.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(next.db.prepare('SELECT company FROM applications').pluck().all()).toEqual(['Kept Before']);
    },
  );
});
