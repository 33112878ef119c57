// Timing helpers for `npm run bench`: warm up, run n times, report p50 and p99 in milliseconds.
export interface Timing {
  n: number;
  p50: number;
  p75: number;
  p99: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p75: percentile(sorted, 75), p99: percentile(sorted, 99) };
}

/**
 * Runs `run(i)` `warmup` times untimed, then `n` times timed with process.hrtime.bigint(). An operation
 * far over its budget would take hours at n runs: after `capMs` of timed runs (and at least 20 of them)
 * it stops early, and the Timing's n says how many ran.
 */
export async function time(n: number, run: (i: number) => unknown, warmup = Math.min(100, n), capMs = 20_000): Promise<Timing> {
  const warmStart = process.hrtime.bigint();
  for (let i = 0; i < warmup; i += 1) {
    await run(i);
    if (i >= 2 && Number(process.hrtime.bigint() - warmStart) / 1e6 > capMs / 4) break;
  }
  const samples: number[] = [];
  let total = 0;
  for (let i = 0; i < n; i += 1) {
    const start = process.hrtime.bigint();
    await run(warmup + i);
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    samples.push(elapsed);
    total += elapsed;
    if (total > capMs && samples.length >= 20) break;
  }
  return summarize(samples);
}

export const ms = (value: number) => (Number.isNaN(value) ? 'n/a' : value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(0)} ms`);
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const ratio = (slow: number, fast: number) => `${Math.round(slow / fast).toLocaleString('en-US')}×`;

/** One half of a pair measured side by side: Rebound's way (a) against its limit or its rival (b). */
export interface Pair {
  a: Timing;
  b: Timing;
  /** a over b at p50, p75 and p99, over both repeats' samples together. */
  ratio: { p50: number; p75: number; p99: number };
  /** The same ratios in each repeat of the pair; their spread is the pair's noise. */
  repeats: { p50: number; p75: number; p99: number }[];
  /** How far the repeats' ratios lie apart, as a share of their mean (0.1 = 10 %). */
  noise: { p50: number; p75: number; p99: number };
}

type Sides = { p50: number; p75: number; p99: number };
const ratios = (a: Timing, b: Timing): Sides => ({ p50: a.p50 / b.p50, p75: a.p75 / b.p75, p99: a.p99 / b.p99 });

/** The spread of two or more repeats' ratios: (largest - smallest) / mean, per percentile. */
export function spread(repeats: readonly Sides[]): Sides {
  const of = (key: keyof Sides) => {
    const values = repeats.map((repeat) => repeat[key]);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    return values.length < 2 || mean === 0 ? 0 : (Math.max(...values) - Math.min(...values)) / mean;
  };
  return { p50: of('p50'), p75: of('p75'), p99: of('p99') };
}

/** Builds a Pair from each repeat's samples of a and b. */
export function pairFrom(samples: { a: number[]; b: number[] }[]): Pair {
  const a = summarize(samples.flatMap((repeat) => repeat.a));
  const b = summarize(samples.flatMap((repeat) => repeat.b));
  const repeats = samples.map((repeat) => ratios(summarize(repeat.a), summarize(repeat.b)));
  return { a, b, ratio: ratios(a, b), repeats, noise: spread(repeats) };
}

const elapsedMs = async (run: () => unknown) => {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

/**
 * Times `a(i)` and `b(i)` call by call, A, B, A, B…, after `warmup` untimed rounds, `n` rounds per repeat,
 * `repeats` times over (twice by default, so each pair carries its own noise). Interleaving puts both
 * sides under the same load from the neighbours, which is what lets their ratio hold from run to run.
 * Like `time`, a repeat stops early after `capMs` of timed work (and at least 10 rounds).
 */
export async function pairTime(
  n: number,
  a: (i: number) => unknown,
  b: (i: number) => unknown,
  options: { warmup?: number; repeats?: number; capMs?: number } = {},
): Promise<Pair> {
  const warmup = options.warmup ?? Math.min(50, n);
  const capMs = options.capMs ?? 20_000;
  let i = 0;
  for (let w = 0; w < warmup; w += 1, i += 1) {
    await a(i);
    await b(i);
  }
  const samples: { a: number[]; b: number[] }[] = [];
  for (let repeat = 0; repeat < (options.repeats ?? 2); repeat += 1) {
    const sample = { a: [] as number[], b: [] as number[] };
    let total = 0;
    for (let k = 0; k < n; k += 1, i += 1) {
      const ta = await elapsedMs(() => a(i));
      const tb = await elapsedMs(() => b(i));
      sample.a.push(ta);
      sample.b.push(tb);
      total += ta + tb;
      if (total > capMs && k >= 10) break;
    }
    samples.push(sample);
  }
  return pairFrom(samples);
}

export const times = (value: number) => (value >= 100 ? `${Math.round(value).toLocaleString('en-US')}×` : `${value.toFixed(2)}×`);
export const percent = (share: number) => `${(share * 100).toFixed(0)} %`;

/**
 * Like `pairTime`, for figures a side measures itself (a page's own clock, a heap size): `a(i)` and `b(i)`
 * return their value, A, B, A, B…, `n` rounds per repeat after `warmup` rounds.
 */
export async function pairSamples(
  n: number,
  a: (i: number) => Promise<number>,
  b: (i: number) => Promise<number>,
  options: { warmup?: number; repeats?: number } = {},
): Promise<Pair> {
  let i = 0;
  for (let w = 0; w < (options.warmup ?? 1); w += 1, i += 1) {
    await a(i);
    await b(i);
  }
  const samples: { a: number[]; b: number[] }[] = [];
  for (let repeat = 0; repeat < (options.repeats ?? 2); repeat += 1) {
    const sample = { a: [] as number[], b: [] as number[] };
    for (let k = 0; k < n; k += 1, i += 1) {
      sample.a.push(await a(i));
      sample.b.push(await b(i));
    }
    samples.push(sample);
  }
  return pairFrom(samples);
}
