import type Database from 'better-sqlite3';

/** Tables whose every change is counted by a trigger (migration 0003). */
export type CountedTable =
  | 'applications'
  | 'application_status_history'
  | 'rejections'
  | 'reflection_answers'
  | 'feedback_requests'
  | 'wins'
  /** Only when a day gains its first win or loses its last. */
  | 'win_days';

export interface DerivedCache {
  /**
   * `compute()`'s result, worked out again only when one of `sources` changed
   * since (by any code path: the counters are kept by triggers) or `key`
   * (today, a setting) differs. Never cached inside a transaction, whose
   * changes could still be rolled back.
   */
  get<T>(name: string, sources: readonly CountedTable[], key: string, compute: () => T): T;
}

/**
 * Figures derived from years of rows (insights, streaks, totals), kept until
 * their sources change. What is returned is frozen: one object serves many reads.
 */
export function derivedCache(db: Database.Database): DerivedCache {
  const entries = new Map<string, { key: string; counts: number[]; value: unknown }>();
  const counters = db.prepare('SELECT source, changes FROM change_counters').raw();
  // Each source's count of changes, -1 for a source with no counter; compared number by number, since
  // building a text of them (and a map of every counter) was most of a cached read's own cost.
  const countsOf = (sources: readonly CountedTable[]): number[] => {
    const rows = counters.all() as [string, number][];
    return sources.map((source) => rows.find((row) => row[0] === source)?.[1] ?? -1);
  };
  const same = (kept: readonly number[], now: readonly number[]) =>
    kept.length === now.length && kept.every((count, at) => count === now[at]);
  return {
    get<T>(name: string, sources: readonly CountedTable[], key: string, compute: () => T): T {
      if (db.inTransaction) return compute();
      const counts = countsOf(sources);
      const entry = entries.get(name);
      if (entry && entry.key === key && same(entry.counts, counts)) return entry.value as T;
      const value = deepFreeze(compute());
      entries.set(name, { key, counts, value });
      return value;
    },
  };
}

const caches = new WeakMap<Database.Database, DerivedCache>();

/** The cache of one open database (made on first use, gone with the connection). */
export function derivedOf(db: Database.Database): DerivedCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = derivedCache(db);
    caches.set(db, cache);
  }
  return cache;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
