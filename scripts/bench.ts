// `npm run bench`: Rebound at ten years of heavy use. Seeds the dataset when missing (scripts/seed.ts),
// then measures the store through core.dispatch, the open, a JSON-document baseline, the renderer bundle
// and, in Chromium, the first render and DOM sizes; prints one table and writes it into README.md between
// <!-- bench:start --> and <!-- bench:end -->. Not part of `npm test`: timings are figures, not tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dataPaths } from '../electron/core/dataDir';
import { benchOpen, benchReads, benchReadsAfterWrites, benchWrites, copyDataDir, startBenchCore, type Row } from './bench/coreBench';
import { benchElectron } from './bench/electronBench';
import { benchFlush, benchJsonPairs, benchStorePairs } from './bench/storePairs';
import { jsonOperations, jsonStore } from './bench/jsonBaseline';
import { kb, mb, ms, ratio, type Timing } from './bench/measure';
import { benchRenderer, bundleSizes, median, type BundleSizes, type RenderResult } from './bench/rendererBench';
import { defaultSeedFile, parseArgs, projectDir, rowCounts, seedDatabase } from './seed';

const budget = { readP99: 2, writeP99: 2, openMs: 100, initialGzip: 170 * 1024, largestChunk: 500 * 1024, firstRender: 200, domNodes: 1400, winSpeedup: 100 };
/** The Electron binary, as scripts/electron-runtime.mjs finds it; null where it was never downloaded. */
function electronBinary(): string | null {
  const dir = path.join(projectDir, 'node_modules/electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

const mark = (ok: boolean) => (ok ? '✓' : '✗');

type RowWriter = (cells: string[]) => void;

/** The renderer's rows of the table: the full run and `--only renderer` print the same ones. */
function rendererRows(row: RowWriter, bundle: BundleSizes, render: RenderResult): void {
  row(['renderer: initial JS + CSS, gzip', '', kb(bundle.initialGzip), kb(budget.initialGzip), mark(bundle.initialGzip <= budget.initialGzip)]);
  row([`renderer: largest chunk, raw (${bundle.largestChunkName.replace(/-[\w]+\.js$/, '')})`, '', kb(bundle.largestChunk), kb(budget.largestChunk), mark(bundle.largestChunk <= budget.largestChunk)]);
  const todayMedian = median(render.todayMs);
  const winsMedian = median(render.winsMs);
  row([`Chromium: Today, navigation start to its h1 visible (median of ${render.todayMs.length})`, ms(todayMedian), '', `${budget.firstRender} ms`, mark(todayMedian <= budget.firstRender)]);
  row([`Chromium: Wins, navigation start to its h1 visible (median of ${render.winsMs.length})`, ms(winsMedian), '', `${budget.firstRender} ms`, mark(winsMedian <= budget.firstRender)]);
  row([`Chromium: Wins, navigation start to the first timeline row (median of ${render.winsRowsMs.length})`, ms(median(render.winsRowsMs)), '', '', '']);
  row([`Chromium: DOM elements, Wins timeline (${render.winsListRows.toLocaleString('en-US')} wins)`, '', String(render.winsNodes), String(budget.domNodes), mark(render.winsNodes <= budget.domNodes)]);
  row([`Chromium: DOM elements, Plan applications list (${render.applicationsRows.toLocaleString('en-US')} applications; ${ms(render.applicationsMs)} to show)`, '', String(render.applicationsNodes), String(budget.domNodes), mark(render.applicationsNodes <= budget.domNodes)]);
}

/**
 * `npm run bench -- --only renderer [--loads 10]`: the bundle and the Chromium figures alone, in about a
 * minute instead of ten, for work on the renderer. Prints the renderer rows; leaves README.md alone.
 */
async function renderOnly(seedFile: string, work: string, args: string[], log: (line: string) => void): Promise<number> {
  const loads = args.includes('--loads') ? Number(args[args.indexOf('--loads') + 1]) : 10;
  if (!Number.isInteger(loads) || loads < 1) throw new Error('--loads takes a whole number of page loads (at least 1)');
  log('Renderer …');
  const bundle = bundleSizes();
  const render = await benchRenderer(copyDataDir(seedFile, path.join(work, 'render')), loads, log);
  fs.rmSync(work, { recursive: true, force: true });
  const each = (values: number[]) => values.map((value) => value.toFixed(0)).join(' ');
  log(`  every load, in order (ms): Today h1 ${each(render.todayMs)}; Wins h1 ${each(render.winsMs)}; Wins first row ${each(render.winsRowsMs)}`);
  const phases = (name: string, loadsPhases: Record<string, number>[]) => {
    const names = [...new Set(loadsPhases.flatMap((phase) => Object.keys(phase)))];
    const medians = names.map((phase) => [phase, median(loadsPhases.flatMap((load) => (phase in load ? [load[phase] as number] : [])))] as const);
    log(`  ${name}, median ms from navigation start: ${medians.sort((a, b) => a[1] - b[1]).map(([phase, value]) => `${phase} ${value.toFixed(0)}`).join(' · ')}`);
  };
  phases('Today', render.todayPhases);
  phases('Wins', render.winsPhases);
  const table: string[] = [];
  const row: RowWriter = (cells) => table.push(`| ${cells.join(' | ')} |`);
  row(['figure', 'p50', 'p99 / value', 'budget', '']);
  row(['---', '---:', '---:', '---:', ':---:']);
  rendererRows(row, bundle, render);
  console.log(`\n${table.join('\n')}\n\n(--only renderer: README.md left as it is)`);
  return 0;
}

export async function main(args: string[]): Promise<number> {
  const { years, out } = parseArgs(args);
  const runs = Number(args[args.indexOf('--runs') + 1] ?? 0) || 1000;
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  if (only !== undefined && only !== 'renderer' && only !== 'store') throw new Error('--only takes "renderer" (the bundle and Chromium figures) or "store" (the store pairs)');
  const log = (line: string) => console.log(line);
  const seedFile = path.resolve(out ?? defaultSeedFile(years));
  let seedLine = `reused ${path.relative(projectDir, seedFile)}`;
  if (!fs.existsSync(seedFile)) {
    log(`No ${years}-year dataset yet: seeding it (npm run seed -- --years ${years}) …`);
    const seeded = await seedDatabase({ years, file: seedFile, log });
    seedLine = `seeded in ${(seeded.milliseconds / 1000).toFixed(1)} s`;
  }
  const work = path.join(projectDir, '.cache/bench/work');
  if (only === 'renderer') return renderOnly(seedFile, work, args, log);
  if (only === 'store') {
    const core = await startBenchCore(copyDataDir(seedFile, path.join(work, 'store')));
    await benchStorePairs(core, runs, log, args.includes('--show-sql'));
    const { store } = jsonStore(core.db, path.join(work, 'json'));
    await benchJsonPairs(core, jsonOperations(store), 10, log);
    core.close();
    const flushDir = copyDataDir(seedFile, path.join(work, 'flush'));
    const flushCore = await startBenchCore(flushDir);
    await benchFlush(flushCore, dataPaths(flushDir).database, runs, log);
    flushCore.close();
    fs.rmSync(work, { recursive: true, force: true });
    return 0;
  }

  log('Open (the app’s openStore on the 10-year file) …');
  const openDir = copyDataDir(seedFile, path.join(work, 'open'));
  const open = await benchOpen(openDir, 30);
  // The file as the app leaves it: migrated to the current schema (its indexes and tallies) and closed cleanly.
  const fileBytes = fs.statSync(dataPaths(openDir).database).size;

  log(`Reads through core.dispatch (${runs} runs each) …`);
  const fullDir = copyDataDir(seedFile, path.join(work, 'full'));
  const core = await startBenchCore(fullDir);
  const counts = rowCounts(core.db);
  const reads = await benchReads(core, runs, log);
  log(`Reads right after the writes that change them (${runs} runs each) …`);
  const afterWrites = await benchReadsAfterWrites(core, runs, log);
  log('Writes with synchronous=FULL (the app’s setting) …');
  const writesFull = await benchWrites(core, runs, log);

  log('JSON baseline (conf, one document) …');
  const baseline = await benchJsonBaseline(core.db, path.join(work, 'json'), { reads: 20, writes: 20 });
  core.close();

  log('Writes with synchronous=NORMAL, on a fresh copy …');
  const normalCore = await startBenchCore(copyDataDir(seedFile, path.join(work, 'normal')));
  normalCore.db.pragma('synchronous = NORMAL');
  const writesNormal = await benchWrites(normalCore, runs, log);
  normalCore.close();

  // Never the app's setting: shown so the part of a write's time that is the disk flush can be told apart.
  log('Writes with synchronous=OFF (no flush at all), on a fresh copy …');
  const offCore = await startBenchCore(copyDataDir(seedFile, path.join(work, 'off')));
  offCore.db.pragma('synchronous = OFF');
  const writesOff = await benchWrites(offCore, runs, log);
  offCore.close();

  log('Renderer …');
  const bundle = bundleSizes();
  const render = await benchRenderer(copyDataDir(seedFile, path.join(work, 'render')), 10, log);
  const binary = electronBinary();
  log(binary ? 'Electron …' : 'Electron: no binary on this machine; its figures are skipped.');
  const electronFigures = binary ? await benchElectron(binary, seedFile, work, { launches: 5, clicks: 10, idleMs: 5_000 }, log) : null;
  fs.rmSync(work, { recursive: true, force: true });

  const readNamed = (channel: string) => reads.find((read) => read.name.includes(`(${channel}`)) as Row;
  const table: string[] = [];
  const row = (cells: string[]) => table.push(`| ${cells.join(' | ')} |`);
  const timingCells = (timing: Timing, limit: number) => [ms(timing.p50), ms(timing.p99), `${limit} ms`, mark(timing.p99 <= limit)];
  row(['figure', 'p50', 'p99 / value', 'budget', '']);
  row(['---', '---:', '---:', '---:', ':---:']);
  const nNote = (timing: Timing) => (timing.n < runs ? ` (stopped after n=${timing.n}: too slow for ${runs.toLocaleString('en-US')} runs)` : '');
  // A view's reads together are shown for what the view costs; the budget is per read.
  const readRow = (read: Row, suffix: string) =>
    read.total
      ? row([`${read.name}${suffix}`, ms(read.timing.p50), ms(read.timing.p99), '(the sum of the reads above)', ''])
      : row([`read: ${read.name}${suffix}${nNote(read.timing)}`, ...timingCells(read.timing, budget.readP99)]);
  for (const read of reads) readRow(read, '');
  for (const read of afterWrites) readRow(read, ' (the write untimed)');
  const writes: [string, keyof typeof writesFull][] = [
    ['write: log a win (wins:log)', 'logWin'],
    ['write: mark applied, with its follow-up (applications:setStatus)', 'markApplied'],
    ['write: save a reflection answer (reflection:saveStep)', 'saveAnswer'],
  ];
  for (const [name, key] of writes) {
    row([`${name}, synchronous=FULL${nNote(writesFull[key])}`, ...timingCells(writesFull[key], budget.writeP99)]);
    row([`${name}, synchronous=NORMAL`, ms(writesNormal[key].p50), ms(writesNormal[key].p99), '(for comparison)', '']);
    row([`${name}, synchronous=OFF: no flush, never used by the app`, ms(writesOff[key].p50), ms(writesOff[key].p99), '(what the flush costs)', '']);
  }
  row(['open + migration check, the usual start (after a clean close: no quick_check needed)', ms(open.afterCleanClose.p50), ms(open.afterCleanClose.p99), `${budget.openMs} ms`, mark(open.afterCleanClose.p99 <= budget.openMs)]);
  row(['open + migration check after a crash (full quick_check first)', ms(open.afterCrash.p50), ms(open.afterCrash.p99), '(for comparison)', '']);
  row(['database file at 10 years', '', mb(fileBytes), '', '']);
  row([`JSON baseline (conf): file size`, '', mb(baseline.fileBytes), '', '']);
  const winRatio = baseline.logWin.p50 / writesFull.logWin.p50;
  row([`JSON baseline: win timeline page (n=${baseline.timelinePage.n})`, ms(baseline.timelinePage.p50), ms(baseline.timelinePage.p99), `SQLite ${ratio(baseline.timelinePage.p50, readNamed('wins:list').timing.p50)} faster`, '']);
  row([`JSON baseline: wins per week, 52 weeks (n=${baseline.perWeek.n})`, ms(baseline.perWeek.p50), ms(baseline.perWeek.p99), `SQLite ${ratio(baseline.perWeek.p50, readNamed('wins:perWeek').timing.p50)} faster`, '']);
  row([`JSON baseline: log a win (n=${baseline.logWin.n})`, ms(baseline.logWin.p50), ms(baseline.logWin.p99), `SQLite ${ratio(baseline.logWin.p50, writesFull.logWin.p50)} faster (≥ ${budget.winSpeedup}×)`, mark(winRatio >= budget.winSpeedup)]);
  row([`JSON baseline: save a reflection answer (n=${baseline.saveAnswer.n})`, ms(baseline.saveAnswer.p50), ms(baseline.saveAnswer.p99), `SQLite ${ratio(baseline.saveAnswer.p50, writesFull.saveAnswer.p50)} faster`, '']);
  rendererRows(row, bundle, render);
  if (electronFigures) {
    row([`Electron: launch to tray ready, 10-year data (median of ${electronFigures.trayReadyMs.length} launches)`, ms(median(electronFigures.trayReadyMs)), '', '', '']);
    row([`Electron: tray click to window shown (median of ${electronFigures.showMs.length})`, ms(median(electronFigures.showMs)), '', '', '']);
    row([`Electron: memory at idle, window hidden (working set of all ${electronFigures.processes} processes, app.getAppMetrics)`, '', mb(electronFigures.idleKb * 1024), '', '']);
  } else {
    row(['Electron: launch to tray ready, tray click to window visible, RSS at idle', '', 'need the Electron binary (not on this machine)', '', '']);
  }

  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const header = [
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpu}, ${os.cpus().length} cores, ${mb(os.totalmem())} RAM, ${os.type()} ${os.release()}, Node ${process.version}.`,
    `Dataset (\`npm run seed -- --years ${years}\`, ${seedLine}): ${Object.entries(counts).map(([table, n]) => `${n.toLocaleString('en-US')} ${table}`).join(', ')}.`,
    `Reads and writes go through \`core.dispatch\` (origin check, zod validation, handler), ${runs.toLocaleString('en-US')} timed runs each after a warm-up; writes grow the data by one row per run.`,
    'Absolute times vary by machine; the ratios are what compare.',
  ];
  const text = [...header.map((line) => `${line}\n`), '', ...table].join('\n');
  console.log(`\n${text}\n`);
  const readme = path.join(projectDir, 'README.md');
  const current = fs.readFileSync(readme, 'utf8');
  const block = `<!-- bench:start -->\n${text}\n<!-- bench:end -->`;
  const updated = current.includes('<!-- bench:start -->')
    ? current.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, block)
    : current.replace('## How it is built', `## Performance\n\n${block}\n\n## How it is built`);
  fs.writeFileSync(readme, updated);
  console.log('README.md: Performance table updated.');
  return 0;
}
