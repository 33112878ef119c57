import { app, dialog, type BrowserWindow } from 'electron';
import { content, fillTemplate } from '../../content';
import type { MainLog } from './log';
import { tellAboutMainError } from './recovery';

/**
 * What main does with an error nobody caught: logged always, told to the
 * person now and then (tellAboutMainError), never a silent death. Before
 * `ready` only showErrorBox may be used (on Linux it goes to stderr then).
 */
export function createMainErrorReporter(log: MainLog, window: () => BrowserWindow | null) {
  let lastToldAt: number | null = null;
  const report = (where: string, error: unknown) => {
    log.error(where, error);
    const words = content.desktop.recovery;
    const message = fillTemplate(words.mainError, { path: log.folder });
    if (!app.isReady()) {
      dialog.showErrorBox(words.mainErrorTitle, message);
      return;
    }
    const now = Date.now();
    if (!tellAboutMainError(lastToldAt, now)) return;
    lastToldAt = now;
    const options = { type: 'warning' as const, title: words.mainErrorTitle, message, buttons: [words.gotIt] };
    const parent = window();
    const shown = parent && !parent.isDestroyed() ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options);
    shown.catch(() => undefined);
  };
  return (where: string, error: unknown): void => {
    try {
      report(where, error);
    } catch (failure) {
      // The report itself failed (no display, a dialog refused): stderr is the last place left.
      console.error('[rebound]', where, error, failure);
    }
  };
}
