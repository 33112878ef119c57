import type { WinKind } from '../../../electron/core/wins/schema';

export interface EncouragementLines {
  byKind: Record<string, string[]>;
  general: string[];
}

/**
 * The line a celebration shows: one written for this kind of win, never the
 * line shown just before. Falls back to the general lines when a kind has
 * none to offer. `random` is in [0, 1), injectable so tests are exact.
 */
export function pickEncouragement(
  lines: EncouragementLines,
  kind: WinKind,
  previous: string | null,
  random: () => number = Math.random,
): string {
  const fresh = (pool: string[] | undefined) => (pool ?? []).filter((line) => line !== previous);
  const pool = fresh(lines.byKind[kind]).length ? fresh(lines.byKind[kind]) : fresh(lines.general);
  if (!pool.length) return previous ?? '';
  const index = Math.min(pool.length - 1, Math.floor(random() * pool.length));
  return pool[index] as string;
}
