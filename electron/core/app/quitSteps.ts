/**
 * How the app ends, decided without Electron (main only carries it out): whether the database is closed
 * there and then, or the end is held until the import worker's thread has ended.
 *
 * What it rests on (Electron's app.md and powerMonitor.md; see README "Verified where"):
 * - `will-quit` (every app.quit(): the tray's Quit, Cmd+Q on macOS, a relaunch) may be held with
 *   event.preventDefault(); Electron does not wait for a promise its handler returns, so the wait is
 *   done by preventing once and ending the app with app.exit() when the close is done. app.exit() emits
 *   neither before-quit nor will-quit again, so there is no second round (and no re-entrant app.quit()
 *   inside will-quit, which electron/electron#33643 shows can be ignored).
 * - Windows' shutdown, restart and log-off emit no before-quit, will-quit or quit at all: the window's
 *   `session-end` is the last word, and nothing after it can be waited for. So is the system's shutdown
 *   on Linux and macOS (powerMonitor `shutdown`): the close is done there and then, as before, and a
 *   write still running is ended with it (SQLite's busy timeout covers the thread's last moments).
 */
export type QuitMoment = 'will-quit' | 'session-end' | 'shutdown';

export interface QuitState {
  /** The database is closed already (a session end closed it, or the held close finished). */
  closed: boolean;
  /** A held close is under way (core.close() awaited), its end not reached yet. */
  closing: boolean;
  /** The import worker is writing a confirmed import. */
  importWriting: boolean;
}

export type QuitStep =
  /** Nothing left to close: let the quit go on. */
  | 'go-on'
  /** Close now, synchronously, and let the quit go on. */
  | 'close-now'
  /** Hold the quit (preventDefault), wait for core.close() (the worker ended first), then app.exit(0). */
  | 'hold-close-exit'
  /** Hold the quit: the close already under way ends the app. */
  | 'hold';

export function quitStep(moment: QuitMoment, state: QuitState): QuitStep {
  if (state.closed) return 'go-on';
  // The system is ending the session: nothing can be waited for, not even a close already under way.
  if (moment !== 'will-quit') return 'close-now';
  if (state.closing) return 'hold';
  return state.importWriting ? 'hold-close-exit' : 'close-now';
}
