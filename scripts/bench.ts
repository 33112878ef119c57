// `npm run bench`: Rebound at ten years of heavy use, every figure beside its limit in the same run. Seeds
// the dataset when missing (scripts/seed.ts), then times, side by side and call by call: the store through
// core.dispatch against the same SQL as bare prepared statements; the same work on one JSON document; mark
// applied against one fsync; Today and Wins against a bare page in Chromium; each interaction against a
// bare button; the heaps against a fresh start. Prints one table, writes the run's figures to
// .cache/bench/runs/<time>.json (for `npm run bench:compare`) and, for the ten-year run, the table into
// README.md between <!-- bench:start --> and <!-- bench:end -->. Not part of `npm test`: figures, not tests.
// `--years N` measures a smaller seed (for work on the bench itself); `--runs`, `--json-runs`, `--clicks`
// set the rounds; `--only store|renderer|renderer-pairs|memory|dom|imports|pages` runs one part (`dom`: every view's DOM
// elements beside the budget, in a couple of minutes; `pages`: the WAL frames each common write appends, by b-tree). `--import-rows 10000,40000` and `--import-runs 3` set the
// import files' sizes and how many times each is brought in (once by default: a 40,000-row file takes tens of
// seconds on a busy machine, each run on a fresh tracker).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dataPaths } from '../electron/core/dataDir';
import { type Figure, type RunFile } from './bench/compare';
import { benchCoreMemory } from './bench/coreHeap';
import { benchOpen, benchReadsAfterWrites, benchWrites, copyDataDir, startBenchCore } from './bench/coreBench';
import { benchElectron } from './bench/electronBench';
import { benchRendererPairs } from './bench/rendererPairs';
import { benchImports, stallRatio, type ImportFigure } from './bench/importBench';
import { benchFlush, benchJsonPairs, benchSearchPair, benchStorePairs } from './bench/storePairs';
import { benchPagesPerWrite, pagesLines, type PagesOfWrite } from './bench/pagesPerWrite';
import { jsonOperations, jsonStore } from './bench/jsonBaseline';
import { kb, mb, ms, type Pair } from './bench/measure';
import { domBudget, type DomRow } from './bench/domBudget';
import { benchDomOnly, benchRenderer, bundleSizes, median, type BundleSizes, type RenderResult } from './bench/rendererBench';
import { defaultSeedFile, parseArgs, projectDir, rowCounts, seedDatabase } from './seed';

const budget = {
  readP99: 2,
  writeP99: 2,
  openMs: 100,
  initialGzip: 170 * 1024,
  largestChunk: 500 * 1024,
  firstRender: 200,
  domNodes: domBudget,
  winSpeedup: 100,
};
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
  row([
    'renderer: initial JS + CSS, gzip',
    '',
    kb(bundle.initialGzip),
    kb(budget.initialGzip),
    mark(bundle.initialGzip <= budget.initialGzip),
  ]);
  row([
    `renderer: largest chunk, raw (${bundle.largestChunkName.replace(/-[\w]+\.js$/, '')})`,
    '',
    kb(bundle.largestChunk),
    kb(budget.largestChunk),
    mark(bundle.largestChunk <= budget.largestChunk),
  ]);
  const todayMedian = median(render.todayMs);
  const winsMedian = median(render.winsMs);
  row([
    `Chromium: Today, navigation start to its h1 visible (median of ${render.todayMs.length})`,
    ms(todayMedian),
    '',
    `${budget.firstRender} ms`,
    mark(todayMedian <= budget.firstRender),
  ]);
  row([
    `Chromium: Wins, navigation start to its h1 visible (median of ${render.winsMs.length})`,
    ms(winsMedian),
    '',
    `${budget.firstRender} ms`,
    mark(winsMedian <= budget.firstRender),
  ]);
  row([
    `Chromium: Wins, navigation start to the first timeline row (median of ${render.winsRowsMs.length})`,
    ms(median(render.winsRowsMs)),
    '',
    '',
    '',
  ]);
  row(['Chromium: Plan, navigation start to the applications table’s first row (one load)', '', ms(render.applicationsMs), '', '']);
  domRows(row, render.dom);
}

/** One row per view: its DOM elements at ten years beside the budget. */
function domRows(row: RowWriter, dom: DomRow[]): void {
  for (const view of dom) {
    row([
      `Chromium: DOM elements, ${view.name}`,
      '',
      String(view.elements),
      String(budget.domNodes),
      mark(view.elements <= budget.domNodes),
    ]);
  }
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
  log(
    `  every load, in order (ms): Today h1 ${each(render.todayMs)}; Wins h1 ${each(render.winsMs)}; Wins first row ${each(render.winsRowsMs)}`,
  );
  const phases = (name: string, loadsPhases: Record<string, number>[]) => {
    const names = [...new Set(loadsPhases.flatMap((phase) => Object.keys(phase)))];
    const medians = names.map(
      (phase) => [phase, median(loadsPhases.flatMap((load) => (phase in load ? [load[phase] as number] : [])))] as const,
    );
    log(
      `  ${name}, median ms from navigation start: ${medians
        .sort((a, b) => a[1] - b[1])
        .map(([phase, value]) => `${phase} ${value.toFixed(0)}`)
        .join(' · ')}`,
    );
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

/** The import rows: a table of their own, since an import has three figures and no budget (issue 17 asks only how many). */
function importTable(figures: readonly ImportFigure[]): string[] {
  const lines = [
    '| import through core.dispatch, onto an empty tracker | rows/s | preview | confirm (write in main · in the worker) | longest event-loop stall (preview · confirm writing in main · in the worker) | stall ratio, main ÷ worker | progress events |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const figure of figures) {
    lines.push(
      `| ${figure.rows.toLocaleString('en-US')} rows, ${figure.kind === 'rebound' ? "Rebound's own CSV columns" : 'LinkedIn Job Applications.csv'} (${mb(figure.bytes)}; ${figure.runs === 1 ? 'one run' : `median of ${figure.runs}`}) | ${Math.round(figure.rowsPerSecond).toLocaleString('en-US')} | ${ms(figure.previewMs)} | ${both(ms(figure.confirmMs), ms(figure.workerConfirmMs))} | ${both(both(ms(figure.longestStallMs.preview), ms(figure.longestStallMs.confirm)), ms(figure.longestStallMs.confirmInWorker))} | ${stallRatio(figure)} | ${figure.progressEvents} |`,
    );
  }
  return lines;
}

/** The import figures as absolute figures of the run file (machine-bound; bench:compare shows, never judges them). */
function importAbsolute(figures: readonly ImportFigure[], into: Record<string, number>): void {
  for (const figure of figures) {
    const key = `import:${figure.kind}:${figure.rows}`;
    into[`${key}:rowsPerSecond`] = figure.rowsPerSecond;
    into[`${key}:previewMs`] = figure.previewMs;
    into[`${key}:confirmMs`] = figure.confirmMs;
    into[`${key}:stallPreviewMs`] = figure.longestStallMs.preview;
    into[`${key}:stallConfirmMs`] = figure.longestStallMs.confirm;
    into[`${key}:workerConfirmMs`] = figure.workerConfirmMs;
    into[`${key}:stallConfirmInWorkerMs`] = figure.longestStallMs.confirmInWorker;
  }
}

function importOptions(args: string[]): { sizes: number[]; runs: number } {
  const sizes = args.includes('--import-rows') ? (args[args.indexOf('--import-rows') + 1] ?? '').split(',').map(Number) : [10_000, 40_000];
  const runs = args.includes('--import-runs') ? Number(args[args.indexOf('--import-runs') + 1]) : 1;
  if (sizes.some((size) => !Number.isInteger(size) || size < 1))
    throw new Error('--import-rows takes whole numbers of rows, like 10000,40000');
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--import-runs takes a whole number of runs (at least 1)');
  return { sizes, runs };
}

/** The goals of the ratios (issue "fast as ratios to the limit"); printed pass or fail, never tuned to. */
const goals = { storeP50: 1.5, storeP99: 2, flush: 2, jsonSpeedup: 1000, heading: 1.5, interactionP75: 2, heap: 1.5, searchP99Ms: 2 };

const x = (value: number) =>
  Number.isNaN(value) ? 'n/a' : value >= 100 ? `${Math.round(value).toLocaleString('en-US')}×` : `${value.toFixed(2)}×`;
const noiseOf = (share: number) => `${(share * 100).toFixed(0)} %`;
const both = (a: string, b: string) => `${a} · ${b}`;

export async function main(args: string[]): Promise<number> {
  const { years, out } = parseArgs(args);
  const runs = Number(args[args.indexOf('--runs') + 1] ?? 0) || 1000;
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  if (only !== undefined && !['renderer', 'store', 'renderer-pairs', 'memory', 'dom', 'imports', 'pages'].includes(only)) {
    throw new Error(
      '--only takes "renderer" (the bundle and Chromium figures), "dom" (every view\'s DOM elements), "renderer-pairs" (Chromium beside a bare page), "memory", "store" (the store pairs), "imports" (the import rows) or "pages" (the pages each write touches)',
    );
  }
  const log = (line: string) => console.log(line);
  const imports = importOptions(args);
  if (only === 'imports') {
    // Needs no seeded dataset: every import starts on an empty tracker.
    const work = path.join(projectDir, '.cache/bench/work-imports');
    log('Imports …');
    const figures = await benchImports(work, imports, log);
    fs.rmSync(work, { recursive: true, force: true });
    console.log(`\n${importTable(figures).join('\n')}\n\n(--only imports: README.md left as it is)`);
    return 0;
  }
  const seedFile = path.resolve(out ?? defaultSeedFile(years));
  let seedLine = `reused ${path.relative(projectDir, seedFile)}`;
  if (!fs.existsSync(seedFile)) {
    log(`No ${years}-year dataset yet: seeding it (npm run seed -- --years ${years}) …`);
    const seeded = await seedDatabase({ years, file: seedFile, log });
    seedLine = `seeded in ${(seeded.milliseconds / 1000).toFixed(1)} s`;
  }
  const work = path.join(projectDir, '.cache/bench/work');
  const jsonRuns = Number(args[args.indexOf('--json-runs') + 1] ?? 0) || 5;
  const clicks = Number(args[args.indexOf('--clicks') + 1] ?? 0) || 10;
  if (only === 'renderer') return renderOnly(seedFile, work, args, log);
  if (only === 'dom') {
    log('Every view’s DOM elements …');
    const dom = await benchDomOnly(copyDataDir(seedFile, path.join(work, 'dom')), log);
    fs.rmSync(work, { recursive: true, force: true });
    const table = ['| figure | p50 | p99 / value | budget |  |', '| --- | ---: | ---: | ---: | :---: |'];
    domRows((cells) => table.push(`| ${cells.join(' | ')} |`), dom);
    console.log(`\n${table.join('\n')}\n\n(--only dom: README.md left as it is)`);
    return dom.every((view) => view.elements <= budget.domNodes) ? 0 : 1;
  }
  if (only === 'pages') {
    const pagesDir = copyDataDir(seedFile, path.join(work, 'pages'));
    const pagesCore = await startBenchCore(pagesDir);
    const pages = await benchPagesPerWrite(pagesCore, dataPaths(pagesDir).database);
    pagesCore.close();
    fs.rmSync(work, { recursive: true, force: true });
    console.log(`\n${pagesLines(pages).join('\n')}\n\n(--only pages: README.md left as it is)`);
    return 0;
  }
  if (only === 'renderer-pairs') {
    await benchRendererPairs(copyDataDir(seedFile, path.join(work, 'render')), work, { loads: clicks, clicks }, log);
    fs.rmSync(work, { recursive: true, force: true });
    return 0;
  }
  if (only === 'memory') {
    const memory = benchCoreMemory(seedFile, work);
    for (const [name, pair] of Object.entries(memory))
      log(
        `  core ${name}: ${mb(pair.a.p50)} after every view vs ${mb(pair.b.p50)} ${name === 'heapBesideEmptyVisited' ? 'after every view on empty data' : 'fresh on empty data'} (${pair.ratio.p50.toFixed(2)}×, repeats ${pair.repeats.map((r) => r.p50.toFixed(2)).join(', ')})`,
      );
    fs.rmSync(work, { recursive: true, force: true });
    return 0;
  }
  if (only === 'store') {
    const core = await startBenchCore(copyDataDir(seedFile, path.join(work, 'store')));
    await benchStorePairs(core, runs, log, args.includes('--show-sql'));
    const search = await benchSearchPair(core.db, runs);
    log(
      `  Search "river": FTS5 p50 ${search.a.p50.toFixed(3)} · p99 ${search.a.p99.toFixed(3)} ms; LIKE p50 ${search.b.p50.toFixed(3)} · p99 ${search.b.p99.toFixed(3)} ms`,
    );
    const { store } = jsonStore(core.db, path.join(work, 'json'));
    await benchJsonPairs(core, jsonOperations(store), jsonRuns, log);
    core.close();
    const flushDir = copyDataDir(seedFile, path.join(work, 'flush'));
    const flushCore = await startBenchCore(flushDir);
    await benchFlush(flushCore, dataPaths(flushDir).database, runs, log);
    flushCore.close();
    fs.rmSync(work, { recursive: true, force: true });
    return 0;
  }

  log('Open (the app’s openStore on the seeded file) …');
  const openDir = copyDataDir(seedFile, path.join(work, 'open'));
  const open = await benchOpen(openDir, 30);
  // The file as the app leaves it: migrated to the current schema (its indexes and tallies) and closed cleanly.
  const fileBytes = fs.statSync(dataPaths(openDir).database).size;

  log(`Store beside raw SQLite, call by call (${runs} rounds per repeat, two repeats) …`);
  const core = await startBenchCore(copyDataDir(seedFile, path.join(work, 'full')));
  const counts = rowCounts(core.db);
  // The search reads postings most of all: say how many the seed holds, beside the row counts.
  const postings = core.db
    .prepare("SELECT count(*) AS n, coalesce(avg(length(posting)), 0) AS chars FROM applications WHERE posting <> ''")
    .get() as {
    n: number;
    chars: number;
  };
  const store = await benchStorePairs(core, runs, log);
  log('Search: the FTS5 index beside a LIKE scan of the same text, as bare SQL …');
  const search = await benchSearchPair(core.db, runs);
  log(`Reads right after the writes that change them (${runs} runs each) …`);
  const afterWrites = await benchReadsAfterWrites(core, runs, log);
  log(`Store beside one JSON document (conf), call by call (${jsonRuns} rounds per repeat, two repeats) …`);
  const json = jsonStore(core.db, path.join(work, 'json'));
  const jsonPairs = await benchJsonPairs(core, jsonOperations(json.store), jsonRuns, log);
  core.close();

  log('Mark applied at synchronous=FULL beside one fsync of its WAL frames, on a fresh copy …');
  const flushDir = copyDataDir(seedFile, path.join(work, 'flush'));
  const flushCore = await startBenchCore(flushDir);
  const flush = await benchFlush(flushCore, dataPaths(flushDir).database, runs, log);
  flushCore.close();

  log('The pages each common write touches, by b-tree (a count, the same on every machine), on a fresh copy …');
  const pagesDir = copyDataDir(seedFile, path.join(work, 'pages'));
  const pagesCore = await startBenchCore(pagesDir);
  const pages: PagesOfWrite[] = await benchPagesPerWrite(pagesCore, dataPaths(pagesDir).database);
  pagesCore.close();
  for (const line of pagesLines(pages)) log(line);

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

  log('Core heap after every view, against a fresh start on empty data …');
  const coreMemory = benchCoreMemory(seedFile, work);

  log(
    `Imports of ${imports.sizes.map((size) => size.toLocaleString('en-US')).join(' and ')} rows, each ${imports.runs === 1 ? 'once' : `${imports.runs} times`} …`,
  );
  const importFigures = await benchImports(work, imports, log);

  log('Renderer …');
  const bundle = bundleSizes();
  const render = await benchRenderer(copyDataDir(seedFile, path.join(work, 'render')), 5, log);
  log('Renderer beside a bare page …');
  const pairs = await benchRendererPairs(copyDataDir(seedFile, path.join(work, 'render-pairs')), work, { loads: 10, clicks }, log);
  const binary = electronBinary();
  log(binary ? 'Electron …' : 'Electron: no binary on this machine; its figures are skipped.');
  const electronFigures = binary ? await benchElectron(binary, seedFile, work, { launches: 5, clicks: 10, idleMs: 5_000 }, log) : null;
  fs.rmSync(work, { recursive: true, force: true });

  // The figures that compare across runs and machines: each ratio with its noise, for bench:compare.
  const figures: Figure[] = [];
  const absolute: Record<string, number> = {};
  const figure = (key: string, name: string, value: number, noise: number, better: Figure['better'] = 'lower') =>
    figures.push({ key, name, value, noise, better });

  const table: string[] = [];
  const row = (cells: string[]) => table.push(`| ${cells.join(' | ')} |`);
  row(['figure', 'Rebound', 'beside it', 'ratio', 'noise', 'goal', '']);
  row(['---', '---:', '---:', '---:', '---:', '---:', ':---:']);
  const section = (title: string) => row([`**${title}**`, '', '', '', '', '', '']);

  section('Store through core.dispatch, beside the same SQL as bare prepared statements (p50 · p99)');
  for (const item of store) {
    const { a, b, ratio: r, noise } = item.pair;
    const ok = r.p50 <= goals.storeP50 && r.p99 <= goals.storeP99;
    row([
      `${item.kind}: ${item.name} (${item.statements} statements)`,
      both(ms(a.p50), ms(a.p99)),
      both(ms(b.p50), ms(b.p99)),
      both(x(r.p50), x(r.p99)),
      both(noiseOf(noise.p50), noiseOf(noise.p99)),
      `≤ ${goals.storeP50}× · ≤ ${goals.storeP99}×`,
      mark(ok),
    ]);
    figure(`store:${item.key}:p50`, `store ${item.name}, p50`, r.p50, noise.p50);
    figure(`store:${item.key}:p99`, `store ${item.name}, p99`, r.p99, noise.p99);
    absolute[`store:${item.key}:p50`] = a.p50;
    absolute[`store:${item.key}:p99`] = a.p99;
  }
  {
    // The LIKE scan over the FTS5 index (higher is better for the index); the index's own p99 has a budget in ms.
    const { a, b, noise } = search;
    row([
      'read: search "river", first page and count as bare SQL: FTS5 index (Rebound) beside a LIKE scan of the same text and people',
      both(ms(a.p50), ms(a.p99)),
      both(ms(b.p50), ms(b.p99)),
      both(x(b.p50 / a.p50), x(b.p99 / a.p99)),
      both(noiseOf(noise.p50), noiseOf(noise.p99)),
      `FTS p99 ≤ ${goals.searchP99Ms} ms`,
      mark(a.p99 <= goals.searchP99Ms),
    ]);
    figure('search:likeOverFts:p50', 'LIKE scan over the FTS5 search, p50', b.p50 / a.p50, noise.p50, 'higher');
    absolute['search:fts:p99'] = a.p99;
    absolute['search:like:p99'] = b.p99;
  }
  const f = flush.pair;
  row([
    `write: mark applied at synchronous=FULL, beside one write + fsync of ${flush.frames} WAL frames (${kb(flush.frames * (flush.pageSize + 24))}) in the same folder`,
    both(ms(f.a.p50), ms(f.a.p99)),
    both(ms(f.b.p50), ms(f.b.p99)),
    both(x(f.ratio.p50), x(f.ratio.p99)),
    both(noiseOf(f.noise.p50), noiseOf(f.noise.p99)),
    `≤ ${goals.flush}× (p50)`,
    mark(f.ratio.p50 <= goals.flush),
  ]);
  figure('flush:markApplied:p50', 'mark applied over one fsync, p50', f.ratio.p50, f.noise.p50);
  absolute['flush:fsync:p50'] = f.b.p50;
  for (const write of pages) absolute[`pages:${write.key}`] = write.frames;

  section(`Store beside one JSON document (conf, as electron-store keeps it; ${mb(json.fileBytes)}), p50: how many times faster`);
  for (const item of jsonPairs) {
    const { a, b, ratio: r, noise } = item.pair;
    row([
      `${item.kind}: ${item.name}`,
      ms(b.p50),
      `JSON ${ms(a.p50)}`,
      x(r.p50),
      noiseOf(noise.p50),
      `≥ ${goals.jsonSpeedup.toLocaleString('en-US')}×`,
      mark(r.p50 >= goals.jsonSpeedup),
    ]);
    figure(`json:${item.key}`, `${item.name}, times faster than JSON`, r.p50, noise.p50, 'higher');
    absolute[`json:${item.key}:p50`] = a.p50;
  }

  section('Chromium: Rebound beside a bare one-heading page served the same way, loads interleaved (p50)');
  for (const [key, name, pair] of [
    ['today', 'Today', pairs.today],
    ['wins', 'Wins', pairs.wins],
  ] as const) {
    row([
      `navigation start to ${name}'s heading visible (n=${pair.a.n})`,
      ms(pair.a.p50),
      `bare ${ms(pair.b.p50)}`,
      x(pair.ratio.p50),
      noiseOf(pair.noise.p50),
      `≤ ${goals.heading}×`,
      mark(pair.ratio.p50 <= goals.heading),
    ]);
    figure(`render:${key}`, `${name}'s heading over the bare page's`, pair.ratio.p50, pair.noise.p50);
    absolute[`render:${key}:p50`] = pair.a.p50;
  }
  section(`Chromium: input event to the next paint, ${years} years of data, beside a bare button that updates one line (p75)`);
  for (const interaction of pairs.interactions) {
    if (!interaction.pair) {
      row([
        interaction.name,
        '',
        '',
        `not measured: ${interaction.error ?? ''}`.replace(/\|/g, '/'),
        '',
        `≤ ${goals.interactionP75}×`,
        '✗',
      ]);
      continue;
    }
    const { a, b, ratio: r, noise } = interaction.pair;
    row([
      `${interaction.name} (n=${a.n})`,
      ms(a.p75),
      `bare ${ms(b.p75)}`,
      x(r.p75),
      noiseOf(noise.p75),
      `≤ ${goals.interactionP75}×`,
      mark(r.p75 <= goals.interactionP75),
    ]);
    figure(`interaction:${interaction.name}`, `${interaction.name}, p75 over the bare button's`, r.p75, noise.p75);
    absolute[`interaction:${interaction.name}:p75`] = a.p75;
  }
  section('Memory after visiting every view with this data, beside a fresh start on empty data');
  const h = pairs.heap;
  row([
    'renderer JS heap (CDP Runtime.getHeapUsage after a full collection)',
    mb(h.a.p50),
    `fresh ${mb(h.b.p50)}`,
    x(h.ratio.p50),
    noiseOf(h.noise.p50),
    `≤ ${goals.heap}×`,
    mark(h.ratio.p50 <= goals.heap),
  ]);
  figure('heap:renderer', 'renderer JS heap over a fresh start', h.ratio.p50, h.noise.p50);
  const coreRow = (key: string, name: string, pair: Pair) => {
    // A fresh core adds next to nothing to some measures; a ratio to a few kilobytes would be noise.
    const measurable = pair.b.p50 >= 256 * 1024;
    row([
      name,
      mb(pair.a.p50),
      `fresh ${mb(pair.b.p50)}`,
      measurable ? x(pair.ratio.p50) : "fresh start's change under 0.25 MB: no ratio",
      measurable ? noiseOf(pair.noise.p50) : '',
      `≤ ${goals.heap}×`,
      measurable ? mark(pair.ratio.p50 <= goals.heap) : '',
    ]);
    if (measurable) figure(key, `${name} over a fresh start`, pair.ratio.p50, pair.noise.p50);
  };
  coreRow(
    'heap:core',
    "core's JS heap added to its process (heapUsed after gc, open and read minus before; a process each)",
    coreMemory.heap,
  );
  coreRow('rss:core', "core's resident memory added, SQLite's own allocations included (rss after gc, likewise)", coreMemory.rss);
  {
    // Not the goal's comparison (that is the fresh start above): the same reads on empty data, so the part of
    // the heap the ten years themselves keep shows apart from the code that each read leaves compiled.
    const v = coreMemory.heapBesideEmptyVisited;
    row([
      "core's JS heap after every view, beside every view read on empty data (what the data itself keeps)",
      mb(v.a.p50),
      `empty, visited ${mb(v.b.p50)}`,
      x(v.ratio.p50),
      noiseOf(v.noise.p50),
      '(for comparison)',
      '',
    ]);
    figure('heap:core:data', "core's JS heap over the same reads on empty data", v.ratio.p50, v.noise.p50);
  }
  row([`database file at ${years} years (migrated, cleanly closed)`, mb(fileBytes), `JSON ${mb(json.fileBytes)}`, '', '', '', '']);
  absolute['file:bytes'] = fileBytes;
  if (electronFigures) {
    const { rebound, empty: bare } = electronFigures;
    const pairRow = (name: string, a: number, b: number, format: (value: number) => string) =>
      row([name, format(a), `empty app ${format(b)}`, x(a / b), '', '', '']);
    pairRow(
      `Electron: launch to tray ready (median of ${rebound.trayReadyMs.length} launches each, in turn)`,
      median(rebound.trayReadyMs),
      median(bare.trayReadyMs),
      ms,
    );
    pairRow(`Electron: tray click to window shown (median of ${rebound.showMs.length})`, median(rebound.showMs), median(bare.showMs), ms);
    pairRow(
      `Electron: working set of all processes at idle (${rebound.processes} and ${bare.processes})`,
      rebound.idleKb * 1024,
      bare.idleKb * 1024,
      mb,
    );
  } else {
    row([
      'Electron: launch to tray ready, tray click to window shown, working set at idle, each beside an empty Electron app with a tray',
      '',
      '',
      'need the Electron binary (not on this machine)',
      '',
      '',
      '',
    ]);
  }

  // The absolute figures of their own: machine-bound, no pair.
  const abs: string[] = [];
  const arow = (cells: string[]) => abs.push(`| ${cells.join(' | ')} |`);
  arow(['figure', 'p50', 'p99 / value', 'budget', '']);
  arow(['---', '---:', '---:', '---:', ':---:']);
  for (const read of afterWrites) {
    arow([
      `${read.total ? '' : 'read: '}${read.name} (the write untimed)`,
      ms(read.timing.p50),
      ms(read.timing.p99),
      read.total ? '(the sum of the reads)' : `${budget.readP99} ms`,
      read.total ? '' : mark(read.timing.p99 <= budget.readP99),
    ]);
  }
  const writeNames: [string, keyof typeof writesNormal][] = [
    ['log a win', 'logWin'],
    ['mark applied', 'markApplied'],
    ['save a reflection answer', 'saveAnswer'],
  ];
  for (const [name, key] of writeNames) {
    arow([`write: ${name}, synchronous=NORMAL`, ms(writesNormal[key].p50), ms(writesNormal[key].p99), '(for comparison)', '']);
    arow([
      `write: ${name}, synchronous=OFF: no flush, never used by the app`,
      ms(writesOff[key].p50),
      ms(writesOff[key].p99),
      '(what the flush costs)',
      '',
    ]);
  }
  arow([
    'open + migration check, the usual start (after a clean close)',
    ms(open.afterCleanClose.p50),
    ms(open.afterCleanClose.p99),
    `${budget.openMs} ms`,
    mark(open.afterCleanClose.p99 <= budget.openMs),
  ]);
  arow([
    'open + migration check after a crash (full quick_check first)',
    ms(open.afterCrash.p50),
    ms(open.afterCrash.p99),
    '(for comparison)',
    '',
  ]);
  rendererRows(arow, bundle, render);
  importAbsolute(importFigures, absolute);
  for (const view of render.dom) absolute[`dom:${view.key}`] = view.elements;

  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const date = new Date().toISOString();
  const machine = `${cpu}, ${os.cpus().length} cores, ${mb(os.totalmem())} RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
  const header = [
    `Measured by \`npm run bench\` on ${date.slice(0, 10)}: ${machine}.`,
    `Dataset (\`npm run seed -- --years ${years}\`, ${seedLine}): ${Object.entries(counts)
      .map(([name, n]) => `${n.toLocaleString('en-US')} ${name}`)
      .join(
        ', ',
      )}; ${postings.n.toLocaleString('en-US')} applications carry a posting (${Math.round(postings.chars).toLocaleString('en-US')} characters on average).`,
    `Each pair is timed side by side in this run, call by call (A, B, A, B…), twice over; "noise" is how far the two repeats' ratios lie apart. The ratios compare across runs and machines; the absolute columns are this machine under this load.`,
  ];
  const text = [
    ...header.map((line) => `${line}\n`),
    '',
    ...table,
    '',
    'Absolute figures (machine-bound, no pair):',
    '',
    ...abs,
    '',
    'WAL frames each common write appends at ten years, by the table or index that owns the page (a count: the same on every machine):',
    '',
    ...pagesLines(pages).map((line) => `-${line.slice(1)}`),
    '',
    "Imports (machine-bound, no pair): Settings' preview, then its confirm (which reads and checks the file again, then writes every row in one transaction); rows/s is the rows over the confirm's time.",
    '',
    ...importTable(importFigures),
  ].join('\n');
  console.log(`\n${text}\n`);
  const runFile: RunFile = { version: 1, date, machine, years, figures, absolute };
  const runsDir = path.join(projectDir, '.cache/bench/runs');
  fs.mkdirSync(runsDir, { recursive: true });
  const runPath = path.join(runsDir, `${date.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(runPath, `${JSON.stringify(runFile, null, 2)}\n`);
  console.log(`Figures written to ${path.relative(projectDir, runPath)} (npm run bench:compare -- old.json new.json).`);
  if (years !== 10 || runs !== 1000) {
    console.log('README.md left as it is: its table is the ten-year run at the default 1,000 rounds.');
    return 0;
  }
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
