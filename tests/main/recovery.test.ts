import { describe, expect, it } from 'vitest';
import { rendererRecovery, tellAboutMainError } from '../../electron/main/recovery';

const t0 = Date.parse('2026-12-02T09:00:00Z');

describe('when the renderer is gone', () => {
  it.each([
    ['a clean exit (quitting)', 'clean-exit', [], 'nothing'],
    ['a first crash', 'crashed', [], 'reload'],
    ['killed by the system', 'killed', [], 'reload'],
    ['out of memory', 'oom', [], 'reload'],
    ['a second crash inside a minute', 'crashed', [t0 - 30_000], 'reload'],
    ['a third crash inside a minute', 'crashed', [t0 - 50_000, t0 - 20_000], 'give-up'],
    ['a third crash, the first long ago', 'crashed', [t0 - 61_000, t0 - 20_000], 'reload'],
    ['crashes an hour apart', 'crashed', [t0 - 7_200_000, t0 - 3_600_000], 'reload'],
    ['a clean exit after crashes', 'clean-exit', [t0 - 2_000, t0 - 1_000], 'nothing'],
  ] as const)('%s → %s', (_name, reason, earlier, step) => {
    expect(rendererRecovery(reason, earlier, t0)).toBe(step);
  });
});

describe('telling the person about an error in main', () => {
  it.each([
    ['the first one', null, t0, true],
    ['one a minute later', t0 - 60_000, t0, false],
    ['one nine minutes later', t0 - 9 * 60_000, t0, false],
    ['one ten minutes later', t0 - 10 * 60_000, t0, true],
  ] as const)('%s', (_name, last, now, tell) => {
    expect(tellAboutMainError(last, now)).toBe(tell);
  });
});
