import { useState } from 'react';

/**
 * Rows and cards stay where they are after a change: a status change must not
 * send an application to the top of the list while the person is working
 * through it. The order shown is kept in the client until the person sorts
 * again (or filters, or searches); fresh data only updates what each item
 * says, and places items it had not shown before.
 */

/**
 * The order after fresh data arrives: every id already shown keeps its place
 * (even one the fresh page no longer holds: the caller decides whether it is
 * still shown), and each new id goes right after the furthest-down shown id
 * that comes before it in the fresh order, or first when none does (a new
 * application, sorted by last activity, lands on top; the next page lands at
 * the bottom, even when the rows above it were kept out of the fresh order).
 */
export function nextOrder(shown: readonly number[], fresh: readonly number[]): number[] {
  const order = [...shown];
  const placed = new Set(shown);
  let after = -1;
  for (const id of fresh) {
    if (placed.has(id)) {
      after = Math.max(after, order.indexOf(id));
    } else {
      order.splice(after + 1, 0, id);
      placed.add(id);
      after += 1;
    }
  }
  return order;
}

/** What the order leads to: each id as `find` has it now; `null` (gone, or no longer its place's) leaves it out. */
export function itemsInOrder<T>(order: readonly number[], find: (id: number) => T | null): T[] {
  const items: T[] = [];
  for (const id of order) {
    const item = find(id);
    if (item !== null) items.push(item);
  }
  return items;
}

/** True when the kept order differs from the fresh one among the ids both hold. */
export function differsFrom(order: readonly number[], fresh: readonly number[]): boolean {
  const inFresh = new Set(fresh);
  const shared = order.filter((id) => inFresh.has(id));
  const inOrder = new Set(shared);
  const freshShared = fresh.filter((id) => inOrder.has(id));
  return shared.some((id, index) => freshShared[index] !== id);
}

/**
 * The kept order of a list whose fresh items are `fresh` (a new array only
 * when new data arrived), with the last version of each item seen. `key`
 * names the query (search, filter, sort, a "sort again"): a new key starts
 * from the fresh order; `null` (placeholder data of the previous query while
 * the next one loads) shows the fresh order and keeps nothing.
 */
export function useKeptOrder<T extends { id: number }>(
  key: string | null,
  fresh: readonly T[] | undefined,
): { order: readonly number[]; seen: ReadonlyMap<number, T> } {
  const [kept, setKept] = useState<{ key: string; fresh: readonly T[]; order: readonly number[]; seen: Map<number, T> } | null>(null);
  if (key === null || fresh === undefined) return { order: fresh?.map((item) => item.id) ?? [], seen: new Map() };
  if (kept && kept.key === key && kept.fresh === fresh) return kept;
  // Worked out while rendering (React's pattern for state that follows props), so no frame shows the jump.
  const same = kept !== null && kept.key === key;
  const ids = fresh.map((item) => item.id);
  const seen = new Map(same ? kept.seen : []);
  for (const item of fresh) seen.set(item.id, item);
  const next = { key, fresh, order: same ? nextOrder(kept.order, ids) : ids, seen };
  setKept(next);
  return next;
}
