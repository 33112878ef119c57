// Timing helpers for `npm run bench`: warm up, run n times, report p50 and p99 in milliseconds.
export interface Timing {
  n: number;
  p50: number;
  p99: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
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
