// `npm run bench:compare -- old.json new.json`: two runs' figures (written by `npm run bench` to
// .cache/bench/runs/) side by side, ratio by ratio. A ratio that moved the wrong way by more than its noise
// (the spread between the two repeats of its pair, the larger of the two runs') is flagged, and the
// command exits 1. Absolute times are shown but never judged: they change with the machine and its load.
import fs from 'node:fs';

/** One ratio of a run: `value` is Rebound's side over its limit or rival's (or, for speed-ups, the other way). */
export interface Figure {
  key: string;
  name: string;
  value: number;
  /** The spread of the pair's two repeats, as a share of their mean. */
  noise: number;
  /** 'lower' for "Rebound over its limit" ratios, 'higher' for "times faster than JSON". */
  better: 'lower' | 'higher';
}

export interface RunFile {
  version: 1;
  date: string;
  machine: string;
  years: number;
  figures: Figure[];
  /** Absolute figures (ms, bytes) beside the ratios, for reading; compare never judges them. */
  absolute: Record<string, number>;
}

export interface Verdict {
  key: string;
  name: string;
  old: number;
  new: number;
  /** new over old, minus one: +0.25 is a quarter larger. */
  change: number;
  /** The noise the change is held against. */
  noise: number;
  state: 'worse' | 'better' | 'same' | 'new' | 'gone';
}

/** Judges every figure of `next` against the same key in `previous`. */
export function compareRuns(previous: Pick<RunFile, 'figures'>, next: Pick<RunFile, 'figures'>): Verdict[] {
  const before = new Map(previous.figures.map((figure) => [figure.key, figure]));
  const verdicts: Verdict[] = [];
  for (const figure of next.figures) {
    const old = before.get(figure.key);
    if (!old) {
      verdicts.push({
        key: figure.key,
        name: figure.name,
        old: Number.NaN,
        new: figure.value,
        change: Number.NaN,
        noise: figure.noise,
        state: 'new',
      });
      continue;
    }
    const change = figure.value / old.value - 1;
    const noise = Math.max(old.noise, figure.noise);
    // The change in the direction that is worse for this figure, held against the noise.
    const worsening = figure.better === 'lower' ? change : -change;
    const worse = worsening > noise;
    const better = -worsening > noise;
    verdicts.push({
      key: figure.key,
      name: figure.name,
      old: old.value,
      new: figure.value,
      change,
      noise,
      state: worse ? 'worse' : better ? 'better' : 'same',
    });
  }
  const now = new Set(next.figures.map((figure) => figure.key));
  for (const old of previous.figures) {
    if (!now.has(old.key))
      verdicts.push({ key: old.key, name: old.name, old: old.value, new: Number.NaN, change: Number.NaN, noise: old.noise, state: 'gone' });
  }
  return verdicts;
}

const signed = (share: number) => (Number.isNaN(share) ? '' : `${share >= 0 ? '+' : ''}${(share * 100).toFixed(0)} %`);
const value = (figure: number) =>
  Number.isNaN(figure) ? '–' : figure >= 100 ? Math.round(figure).toLocaleString('en-US') : figure.toFixed(2);

export async function main(args: string[]): Promise<number> {
  const files = args.filter((arg) => !arg.startsWith('--'));
  if (files.length !== 2) {
    console.error('Usage: npm run bench:compare -- old.json new.json (runs are in .cache/bench/runs/)');
    return 2;
  }
  const [previous, next] = files.map((file) => JSON.parse(fs.readFileSync(file as string, 'utf8')) as RunFile) as [RunFile, RunFile];
  console.log(
    `old: ${previous.date}, ${previous.machine}, ${previous.years} years\nnew: ${next.date}, ${next.machine}, ${next.years} years`,
  );
  if (previous.years !== next.years) console.log('The two runs measured different data sizes: their ratios are not like for like.');
  const verdicts = compareRuns(previous, next);
  const mark = { worse: '✗ worse', better: '✓ better', same: '  same', new: '  new', gone: '  gone' } as const;
  for (const verdict of verdicts) {
    console.log(
      `${mark[verdict.state].padEnd(8)} ${verdict.name}: ${value(verdict.old)} → ${value(verdict.new)} (${signed(verdict.change)}, noise ${(verdict.noise * 100).toFixed(0)} %)`,
    );
  }
  const worse = verdicts.filter((verdict) => verdict.state === 'worse').length;
  console.log(worse ? `${worse} ratio(s) got worse by more than their noise.` : 'No ratio got worse by more than its noise.');
  return worse ? 1 : 0;
}
