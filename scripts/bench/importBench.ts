// The import figures of `npm run bench`: a file of 10,000 and of 40,000 rows, generated here, in Rebound's
// own CSV columns (what Plan's export writes) and as LinkedIn's `Job Applications.csv`, taken through the
// same core path as Settings → Bring your search in: `imports:preview`, then `imports:apply` (which reads
// and checks the file again, then writes every row in one transaction), each through core.dispatch with
// the app's own caller and the file as the page sends it (base64). Each run starts on an empty tracker,
// so every row is added. Machine-bound: shown beside the other absolute figures, never judged.
// The confirm runs twice in the same run, on two fresh trackers: with the write in main's thread, and in
// the built import worker (out/main/importWorker.js, started as main starts it), so the longest the main
// thread's event loop is held still can be compared, the machine as busy for both.
import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { csvColumns } from '../../electron/core/applications/csv';
import { writeCsv } from '../../electron/core/csv';
import type { ImportApplied, ImportPreview } from '../../electron/core/imports/schema';
import { addDaysTo } from '../../electron/core/time/days';
import { appCaller } from '../../tests/support/core';
import { projectDir, seedEndDay } from '../seed';
import { startBenchCore } from './coreBench';

export type ImportKind = 'rebound' | 'linkedin';

export interface ImportFigure {
  kind: ImportKind;
  /** How the file is named when it is brought in; the name picks nothing (the header does). */
  file: string;
  rows: number;
  bytes: number;
  runs: number;
  /** Medians over the runs, in milliseconds. */
  previewMs: number;
  confirmMs: number;
  /** Rows over the confirm's time: reading, checking and writing every row, from the file to the tracker. */
  rowsPerSecond: number;
  /**
   * The longest the main thread's event loop was held still (a slice, or the one write), the worst run's:
   * the preview, the confirm writing in main's thread, and the confirm writing in the import worker.
   */
  longestStallMs: { preview: number; confirm: number; confirmInWorker: number };
  /** Median confirm with the write in the import worker, in milliseconds. */
  workerConfirmMs: number;
  /** `imports:progress` events one preview sent (the shell pushes each to the page). */
  progressEvents: number;
}

const day = (index: number) => addDaysTo(seedEndDay, -1 - (index % 700));

/** Rebound's own export columns (applications/csv.ts), every row a different company. */
function reboundCsv(rows: number): string {
  const lines: string[][] = [[...csvColumns]];
  for (let index = 1; index <= rows; index += 1) {
    const cell: Record<(typeof csvColumns)[number], string> = {
      company: `Bench Company ${index}`,
      role: `Role ${index % 40}`,
      link: `https://jobs.example.com/postings/${index}`,
      source: 'job_board',
      location: index % 3 === 0 ? 'Remote' : 'Lisbon',
      remote: index % 3 === 0 ? 'yes' : 'no',
      salary_note: '',
      recruiter_name: index % 5 === 0 ? `Recruiter ${index}` : '',
      recruiter_email: index % 5 === 0 ? `recruiter${index}@example.com` : '',
      notes: index % 4 === 0 ? 'Met them at a meetup; follow up in a week.' : '',
      status: 'applied',
      applied_on: day(index),
      deadline_on: '',
      posting: index % 10 === 0 ? 'A team building tools for people who cook at home.' : '',
      salary_min: '',
      salary_max: '',
      salary_currency: '',
    };
    lines.push(csvColumns.map((column) => cell[column]));
  }
  return writeCsv(lines);
}

/** LinkedIn's `Job Applications.csv`: its header, its US dates with a time, an answer with a line break in its quotes. */
function linkedInCsv(rows: number): string {
  const header = 'Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers';
  const lines = [header];
  for (let index = 1; index <= rows; index += 1) {
    const [year, month, date] = day(index).split('-');
    lines.push(
      `"${Number(month)}/${Number(date)}/${year?.slice(2)}, 9:${String(index % 60).padStart(2, '0')} AM",,,Bench Company ${index},Role ${index % 40},https://www.linkedin.com/jobs/view/${1_000_000 + index},Resume.pdf,"Why us?:Because\nof the team"`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
};

/** Times one call and the longest the event loop was held still during it. */
async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number; stallMs: number }> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const start = process.hrtime.bigint();
  const result = await run();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // The sampling timer records a stall when it fires late: let it fire once after the call's last stretch.
  await new Promise((resolve) => setTimeout(resolve, 25));
  delay.disable();
  return { result, ms, stallMs: delay.max / 1e6 };
}

/** The built import worker, started as main starts it (`npm run bench` builds first). */
const builtWorker = path.join(projectDir, 'out/main/importWorker.js');

export async function benchImports(
  work: string,
  options: { sizes: number[]; runs: number },
  log: (line: string) => void,
): Promise<ImportFigure[]> {
  const figures: ImportFigure[] = [];
  for (const rows of options.sizes) {
    for (const kind of ['rebound', 'linkedin'] as const) {
      const text = kind === 'rebound' ? reboundCsv(rows) : linkedInCsv(rows);
      const file = kind === 'rebound' ? 'rebound-applications.csv' : 'Job Applications.csv';
      const input = { name: file, base64: Buffer.from(text, 'utf8').toString('base64') };
      const previews: number[] = [];
      const confirms: number[] = [];
      const workerConfirms: number[] = [];
      const stalls = { preview: 0, confirm: 0, confirmInWorker: 0 };
      let progressEvents = 0;
      for (let run = 0; run < options.runs; run += 1) {
        const dir = path.join(work, `import-${kind}-${rows}-${run}`);
        fs.rmSync(dir, { recursive: true, force: true });
        fs.mkdirSync(dir, { recursive: true });
        let events = 0;
        const core = await startBenchCore(dir, { onImportProgress: () => (events += 1) });
        const preview = await timed(() => core.dispatch('imports:preview', input, appCaller));
        if (!preview.result.ok) throw new Error(`imports:preview (${file}, ${rows} rows): ${preview.result.error.message}`);
        const added = (preview.result.data as ImportPreview).added.length;
        if (added !== rows) throw new Error(`imports:preview (${file}): ${added} of ${rows} rows would be added`);
        progressEvents = events;
        const confirm = await timed(() => core.dispatch('imports:apply', input, appCaller));
        if (!confirm.result.ok) throw new Error(`imports:apply (${file}, ${rows} rows): ${confirm.result.error.message}`);
        const applied = confirm.result.data as ImportApplied;
        if (applied.added !== rows) throw new Error(`imports:apply (${file}): ${applied.added} of ${rows} rows added`);
        core.close();
        fs.rmSync(dir, { recursive: true, force: true });
        const inWorker = await confirmInWorker(`${dir}-worker`, input, rows, file);
        previews.push(preview.ms);
        confirms.push(confirm.ms);
        workerConfirms.push(inWorker.ms);
        stalls.preview = Math.max(stalls.preview, preview.stallMs);
        stalls.confirm = Math.max(stalls.confirm, confirm.stallMs);
        stalls.confirmInWorker = Math.max(stalls.confirmInWorker, inWorker.stallMs);
      }
      const confirmMs = median(confirms);
      const figure: ImportFigure = {
        kind,
        file,
        rows,
        bytes: Buffer.byteLength(text),
        runs: options.runs,
        previewMs: median(previews),
        confirmMs,
        rowsPerSecond: rows / (confirmMs / 1000),
        longestStallMs: stalls,
        workerConfirmMs: median(workerConfirms),
        progressEvents,
      };
      log(
        `  ${file}, ${rows.toLocaleString('en-US')} rows: preview ${figure.previewMs.toFixed(0)} ms, confirm ${confirmMs.toFixed(0)} ms, ${Math.round(figure.rowsPerSecond).toLocaleString('en-US')} rows/s; longest stall ${stalls.preview.toFixed(0)} ms · ${stalls.confirm.toFixed(0)} ms; ${progressEvents} progress events`,
      );
      log(
        `    confirm with the write in the import worker: ${figure.workerConfirmMs.toFixed(0)} ms; main's longest stall ${stalls.confirm.toFixed(0)} ms in-process, ${stalls.confirmInWorker.toFixed(0)} ms with the worker (${stallRatio(figure)} shorter)`,
      );
      figures.push(figure);
    }
  }
  return figures;
}

/** The confirm once more on a fresh tracker, its write in the built import worker. */
async function confirmInWorker(
  dir: string,
  input: { name: string; base64: string },
  rows: number,
  file: string,
): Promise<{ ms: number; stallMs: number }> {
  if (!fs.existsSync(builtWorker))
    throw new Error(`${path.relative(projectDir, builtWorker)} is missing: run \`npx electron-vite build\` first`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const core = await startBenchCore(dir, { startImportWorker: (workerData) => new Worker(builtWorker, { workerData }) });
  const confirm = await timed(() => core.dispatch('imports:apply', input, appCaller));
  if (!confirm.result.ok) throw new Error(`imports:apply in the worker (${file}, ${rows} rows): ${confirm.result.error.message}`);
  const applied = confirm.result.data as ImportApplied;
  if (applied.added !== rows) throw new Error(`imports:apply in the worker (${file}): ${applied.added} of ${rows} rows added`);
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return { ms: confirm.ms, stallMs: confirm.stallMs };
}

/** How many times shorter main's longest stall was with the worker than in-process. */
export function stallRatio(figure: ImportFigure): string {
  return `${(figure.longestStallMs.confirm / figure.longestStallMs.confirmInWorker).toFixed(1)}×`;
}
