/** setTimeout's longest delay (2^31 - 1 ms, about 24.8 days); a longer one would fire at once. */
export const maxTimerDelay = 2 ** 31 - 1;

export interface Timers {
  setTimeout(fire: () => void, ms: number): unknown;
  clearTimeout(handle: never): void;
}

/** How long to wait for `target`: never negative, never past what setTimeout can hold (a clamped wait just recomputes). */
export function timerDelay(target: Date, now: Date): number {
  const delay = target.getTime() - now.getTime();
  if (!Number.isFinite(delay) || delay <= 0) return 0;
  return Math.min(delay, maxTimerDelay);
}

export interface OneTimer {
  /** Replaces any pending wait with one for `target`; returns the delay used. */
  set(target: Date, now: Date, fire: () => void): number;
  cancel(): void;
  readonly pending: boolean;
}

/** At most one pending timeout, ever: setting a new one clears the old. Timers are injected for tests. */
export function createOneTimer(timers: Timers = globalThis as unknown as Timers): OneTimer {
  let handle: unknown = null;
  const cancel = () => {
    if (handle !== null) timers.clearTimeout(handle as never);
    handle = null;
  };
  return {
    set(target, now, fire) {
      cancel();
      const delay = timerDelay(target, now);
      handle = timers.setTimeout(() => {
        handle = null;
        fire();
      }, delay);
      return delay;
    },
    cancel,
    get pending() {
      return handle !== null;
    },
  };
}
