import type { Core } from '../core/startCore';
import { quitStep, type QuitMoment } from '../core/app/quitSteps';

interface QuitDeps {
  /** Core once started (null before, or when it failed to start). */
  core: () => Core | null;
  /** Releases what main holds besides the store (the companion's timer and shortcut). */
  release: () => void;
  /** app.exit: ends the app without another before-quit or will-quit (app.md). */
  exit: (code: number) => void;
  log: (what: string, error: unknown) => void;
}

/**
 * The glue between Electron's ends and core's close, carrying out core's quitStep: will-quit (every
 * app.quit()) is held while the import worker writes, until core.close() has waited for its thread and
 * closed the store, then the app exits; a session end or shutdown closes there and then.
 */
export function createQuitting(deps: QuitDeps) {
  let closed = false;
  let closing = false;
  const run = (moment: QuitMoment, event?: { preventDefault(): void }) => {
    const core = deps.core();
    const step = quitStep(moment, { closed, closing, importWriting: core?.importWriting() ?? false });
    if (step === 'go-on') return;
    if (step === 'hold') {
      event?.preventDefault();
      return;
    }
    if (step === 'close-now') {
      closed = true;
      deps.release();
      core?.closeNow();
      return;
    }
    event?.preventDefault();
    closing = true;
    deps.release();
    // A close that throws at once still ends the app (the executor turns the throw into a rejection).
    void new Promise<void>((resolve) => resolve(core?.close()))
      .catch((error: unknown) => deps.log('quit: close', error))
      .finally(() => {
        closed = true;
        deps.exit(0);
      });
  };
  return {
    willQuit: (event: { preventDefault(): void }) => run('will-quit', event),
    sessionEnd: () => run('session-end'),
    shutdown: () => run('shutdown'),
    closed: () => closed,
  };
}
