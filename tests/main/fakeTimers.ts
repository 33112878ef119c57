import type { Timers } from '../../electron/main/oneTimer';

/** Timers that never run by themselves: a test sees every pending one and fires it by hand. */
export function fakeTimers() {
  let nextId = 0;
  const live = new Map<number, { fire: () => void; ms: number }>();
  const timers: Timers & { live: typeof live; fireNext(): number } = {
    live,
    setTimeout(fire, ms) {
      nextId += 1;
      live.set(nextId, { fire, ms });
      return nextId;
    },
    clearTimeout(handle: never) {
      live.delete(handle as unknown as number);
    },
    /** Fires the pending timer (there is at most one) and returns the delay it had. */
    fireNext() {
      const [id, timer] = [...live.entries()][0] ?? [];
      if (id === undefined || !timer) throw new Error('no timer pending');
      live.delete(id);
      timer.fire();
      return timer.ms;
    },
  };
  return timers;
}
