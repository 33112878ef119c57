import type { RenderProcessGoneDetails } from 'electron';

/** More crashes than this within the window and Rebound stops reloading (a page that dies on load would loop). */
export const crashLimit = 3;
export const crashWindowMs = 60_000;

export type RecoveryStep = 'nothing' | 'reload' | 'give-up';

/**
 * What main does when the window's renderer is gone. A clean exit (the
 * window closing as Rebound quits) needs nothing. Any other end reloads the
 * page and tells the person, unless it keeps happening: the third end inside
 * a minute gives up reloading and only says so, rather than spinning.
 */
export function rendererRecovery(reason: RenderProcessGoneDetails['reason'], earlierEnds: readonly number[], now: number): RecoveryStep {
  if (reason === 'clean-exit') return 'nothing';
  const recent = earlierEnds.filter((at) => now - at < crashWindowMs).length;
  return recent + 1 >= crashLimit ? 'give-up' : 'reload';
}

/** An error in main is told at most this often; the log has every one. */
export const tellEveryMs = 10 * 60_000;

/** Whether an error in main is told to the person now: the first one, then one per quiet spell, never a storm of dialogs. */
export function tellAboutMainError(lastToldAt: number | null, now: number): boolean {
  return lastToldAt === null || now - lastToldAt >= tellEveryMs;
}
