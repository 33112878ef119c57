import { describe, expect, it } from 'vitest';
import { compareRuns, type Figure } from '../../scripts/bench/compare';
import { pairFrom, percentile, spread, summarize } from '../../scripts/bench/measure';
import { applicationSwap } from '../../scripts/bench/storePairs';
import { substitute } from '../../scripts/bench/sqlReplay';

describe('percentiles of the bench (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, index) => index + 1);
  it.each([
    [50, 50],
    [75, 75],
    [99, 99],
    [100, 100],
    [1, 1],
  ])('p%i of 1..100 is %i', (p, expected) => {
    expect(percentile(hundred, p)).toBe(expected);
  });

  it('takes the rank rounded up, never reading past either end', () => {
    expect(percentile([10, 20, 30], 50)).toBe(20);
    expect(percentile([10, 20, 30], 99)).toBe(30);
    expect(percentile([10, 20, 30], 0)).toBe(10);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('sorts the samples itself and leaves the caller’s array alone', () => {
    const samples = [5, 1, 4, 2, 3];
    expect(summarize(samples)).toEqual({ n: 5, p50: 3, p75: 4, p99: 5 });
    expect(samples).toEqual([5, 1, 4, 2, 3]);
  });
});

describe('a pair of two sides measured twice', () => {
  it('gives the ratio over both repeats and how far the repeats lie apart', () => {
    // Repeat 1: a is twice b; repeat 2: a is three times b. Mean ratio 2.5, spread 1 → 40 %.
    const pair = pairFrom([
      { a: [2, 2, 2, 2], b: [1, 1, 1, 1] },
      { a: [3, 3, 3, 3], b: [1, 1, 1, 1] },
    ]);
    expect(pair.repeats.map((repeat) => repeat.p50)).toEqual([2, 3]);
    expect(pair.noise.p50).toBeCloseTo(0.4, 10);
    // Both repeats together: a's samples 2,2,2,2,3,3,3,3 → p50 2, p99 3; b is 1 throughout.
    expect(pair.ratio).toEqual({ p50: 2, p75: 3, p99: 3 });
  });

  it('has no noise when the repeats agree, or when there is only one', () => {
    expect(
      spread([
        { p50: 1.2, p75: 1.3, p99: 2 },
        { p50: 1.2, p75: 1.3, p99: 2 },
      ]),
    ).toEqual({ p50: 0, p75: 0, p99: 0 });
    expect(spread([{ p50: 1.2, p75: 1.3, p99: 2 }])).toEqual({ p50: 0, p75: 0, p99: 0 });
  });
});

describe('bench:compare flags a ratio that got worse by more than its noise', () => {
  const figure = (key: string, value: number, noise: number, better: Figure['better'] = 'lower'): Figure => ({
    key,
    name: key,
    value,
    noise,
    better,
  });
  const stateOf = (old: Figure, next: Figure) => compareRuns({ figures: [old] }, { figures: [next] })[0]?.state;

  it.each([
    // A ratio to a limit (lower is better): 1.2 → 1.5 is +25 %.
    ['lower, +25 % against 10 % noise', figure('a', 1.2, 0.1), figure('a', 1.5, 0.05), 'worse'],
    ['lower, +25 % against 30 % noise (the larger of the two runs)', figure('a', 1.2, 0.05), figure('a', 1.5, 0.3), 'same'],
    ['lower, exactly at the noise is not worse', figure('a', 1, 0.25), figure('a', 1.25, 0), 'same'],
    ['lower, −25 % against 10 % noise', figure('a', 1.6, 0.1), figure('a', 1.2, 0.1), 'better'],
    // A speed-up over JSON (higher is better): 4,000× → 2,000× is −50 %.
    ['higher, −50 % against 20 % noise', figure('j', 4000, 0.2, 'higher'), figure('j', 2000, 0.2, 'higher'), 'worse'],
    ['higher, +50 % against 20 % noise', figure('j', 2000, 0.2, 'higher'), figure('j', 3000, 0.2, 'higher'), 'better'],
    ['higher, −10 % against 20 % noise', figure('j', 2000, 0.2, 'higher'), figure('j', 1800, 0.1, 'higher'), 'same'],
  ])('%s', (_name, old, next, expected) => {
    expect(stateOf(old, next)).toBe(expected);
  });

  it('lists figures only one run has, without judging them', () => {
    const verdicts = compareRuns({ figures: [figure('gone', 1, 0)] }, { figures: [figure('new', 1, 0)] });
    expect(verdicts.map((verdict) => [verdict.key, verdict.state])).toEqual([
      ['new', 'new'],
      ['gone', 'gone'],
    ]);
  });
});

describe('the raw side of mark applied, moved onto its own application', () => {
  const swap = applicationSwap(17, 42);
  it('swaps the id and the auto-win key built from it, in positional and named values', () => {
    expect(substitute([17, 'applied', 'application:17:applied', 170, 'x17'], swap)).toEqual([
      42,
      'applied',
      'application:42:applied',
      170,
      'x17',
    ]);
    expect(substitute({ applicationId: 17, sourceKey: 'application:17:applied', title: 'Applied at 17 Co' }, swap)).toEqual({
      applicationId: 42,
      sourceKey: 'application:42:applied',
      title: 'Applied at 17 Co',
    });
  });

  it('leaves another application’s key alone', () => {
    expect(substitute(['application:170:applied', 'application:1:applied'], swap)).toEqual([
      'application:170:applied',
      'application:1:applied',
    ]);
  });
});
