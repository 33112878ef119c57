import { BrowserWindow, Menu, dialog, screen, type WebContents } from 'electron';
import { content } from '../../content';
import type { Core } from '../core/startCore';
import { appEntryUrl, recoveryUrl } from './appProtocol';
import { contextMenuTemplate } from './contextMenu';
import type { MainLog } from './log';
import type { NavQueue } from './navQueue';
import { rendererRecovery } from './recovery';
import { isAppUrl } from './security';
import { mainWindowOptions, restorableBounds } from './windowOptions';

export interface MainWindowOptions {
  preload: string;
  icon: string;
  core: Core;
  log: MainLog;
  navQueue: NavQueue;
  /** Whether this launch shows the window once it has painted (launchShowsWindow). */
  showWhenReady: boolean;
  /** True once Quit was chosen: closing then really closes. */
  quitting: () => boolean;
  /** Windows is ending the session (log off, shut down): before-quit and will-quit will not come. */
  onSessionEnd: () => void;
}

/** Loads the page (again), logging instead of leaving a rejected promise in main. */
export function loadPage(window: BrowserWindow, log: MainLog, url = appEntryUrl): void {
  window.loadURL(url).catch((error: unknown) => log.error('window.loadURL', error));
}

function tell(window: BrowserWindow, message: string): void {
  const words = content.desktop.recovery;
  dialog.showMessageBox(window, { type: 'info', title: 'Rebound', message, buttons: [words.gotIt] }).catch(() => undefined);
}

function attachContextMenu(window: BrowserWindow, contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(
      params,
      { menu: content.desktop.menu, context: content.desktop.contextMenu },
      {
        replaceMisspelling: (word) => contents.replaceMisspelling(word),
        learnSpelling: (word) => contents.session.addWordToSpellCheckerDictionary(word),
      },
    );
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window });
  });
}

/**
 * The one window: built hidden, shown once painted when the launch asks for
 * it; closing hides it to the tray; a renderer that dies is reloaded where it
 * was and the person told (see rendererRecovery).
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { core, log, navQueue } = options;
  const saved = core.settings.get().windowBounds;
  const bounds = restorableBounds(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  // electronegativity-justified: AUXCLICK_JS_CHECK, CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK, PRELOAD_JS_CHECK — the options come from
  // mainWindowOptions (contextIsolation and sandbox on, Node off: asserted in tests/main/windowOptions.test.ts); every new window,
  // middle-click included, is denied by hardenContents; the preload exposes only the contract's named methods.
  const window = new BrowserWindow(mainWindowOptions({ preload: options.preload, icon: options.icon, bounds }));
  const saveBounds = () => {
    if (!window.isDestroyed() && !window.isMinimized() && !window.isMaximized()) {
      core.settings.update({ windowBounds: window.getBounds() });
    }
  };
  window.on('close', (event) => {
    saveBounds();
    // Closing the window hides it to the tray; only Quit ends the app.
    if (!options.quitting()) {
      event.preventDefault();
      window.hide();
    }
  });
  if (options.showWhenReady) window.once('ready-to-show', () => window.show());
  window.on('session-end', options.onSessionEnd);

  const contents = window.webContents;
  const ends: number[] = [];
  contents.on('render-process-gone', (_event, details) => {
    const now = Date.now();
    const step = rendererRecovery(details.reason, ends, now);
    ends.push(now);
    log.info(`renderer gone (${details.reason}, exit ${details.exitCode}): ${step}`);
    if (step === 'nothing' || window.isDestroyed()) return;
    navQueue.pageGone();
    if (step === 'reload') {
      // Back where the person was (the view lives in the hash), marked so the page puts back what was being typed.
      const last = contents.getURL();
      loadPage(window, log, recoveryUrl(isAppUrl(last) ? last : appEntryUrl));
    }
    tell(window, step === 'reload' ? content.desktop.recovery.rendererGone : content.desktop.recovery.rendererGaveUp);
  });
  contents.on('unresponsive', () => log.info('renderer unresponsive'));
  attachContextMenu(window, contents);
  loadPage(window, log);
  return window;
}
