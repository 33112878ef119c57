import { app, BrowserWindow, dialog, ipcMain, net, protocol, screen, session, shell } from 'electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { content } from '../../content';
import { contentSecurityPolicy } from '../core/app/csp';
import { startFailureMessage } from '../core/app/startFailure';
import { isSafeExternalUrl } from '../core/app/externalUrl';
import { freeSpaceOf, resolveDataDir, userDataDir } from '../core/dataDir';
import { startCore, type Core } from '../core/startCore';
import { appEntryUrl, appOrigin, appScheme, mimeTypeOf, resolveAppFile } from './appProtocol';
import { registerIpc, sendEvent } from './ipc';
import { chooseNativeBinding } from './nativeBinding';
import { denyAllPermissions, hardenContents } from './security';
import { createSettingsBackend } from './settingsStore';
import { createTray } from './tray';
import { createCompanionDeps, loginItemHost, startCompanion, type Companion } from './companion';
import { revealsWindow } from './loginItem';
import type { TrayAction } from './trayMenu';
import { trayRefresher } from './trayRefresh';
import { mainWindowOptions, restorableBounds } from './windowOptions';

// Must run before `ready`: app:// behaves like https (standard, secure) so the CSP and fetch work.
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let quitting = false;
let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;
let companion: Companion | null = null;
// Set once the tray exists; until then a change has no tray line to update.
let refreshTray: () => void = () => undefined;

function openExternal(url: string): void {
  // electronegativity-justified: OPEN_EXTERNAL_JS_CHECK — only URLs that pass isSafeExternalUrl (http(s) to a real host, or mailto; table-tested) reach the shell.
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
}

function showWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function runTrayAction(action: TrayAction): void {
  if (action.kind === 'quit') {
    quitting = true;
    app.quit();
  } else if (action.kind === 'pause' || action.kind === 'resume') {
    companion?.runTrayAction(action);
  } else if (action.kind === 'toggle-window') {
    if (mainWindow?.isVisible() && mainWindow.isFocused()) mainWindow.hide();
    else showWindow();
  } else {
    showWindow();
    sendEvent(mainWindow?.webContents, 'nav:open', { view: action.view, ...(action.action ? { action: action.action } : {}) });
  }
}

function serveRenderer(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const file = resolveAppFile(rendererDir, request.url);
    if (!file || !fs.existsSync(file)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers({ 'content-type': mimeTypeOf(file) });
    if (file.endsWith('.html')) headers.set('content-security-policy', contentSecurityPolicy);
    return new Response(response.body, { status: 200, headers });
  });
}

function createMainWindow(preload: string, icon: string, core: Core): BrowserWindow {
  const saved = core.settings.get().windowBounds;
  const bounds = restorableBounds(saved, screen.getAllDisplays().map((display) => display.workArea));
  // electronegativity-justified: AUXCLICK_JS_CHECK, CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK, PRELOAD_JS_CHECK — the options come from
  // mainWindowOptions (contextIsolation and sandbox on, Node off: asserted in tests/main/windowOptions.test.ts); every new window,
  // middle-click included, is denied by hardenContents; the preload exposes only the contract's named methods.
  const window = new BrowserWindow(mainWindowOptions({ preload, icon, bounds }));
  const saveBounds = () => {
    if (!window.isDestroyed() && !window.isMinimized() && !window.isMaximized()) {
      core.settings.update({ windowBounds: window.getBounds() });
    }
  };
  window.on('close', (event) => {
    saveBounds();
    // Closing the window hides it to the tray; only Quit ends the app.
    if (!quitting) {
      event.preventDefault();
      window.hide();
    }
  });
  void window.loadURL(appEntryUrl);
  return window;
}

async function start(): Promise<void> {
  const dataDir = resolveDataDir(process.env, app.getPath('userData'));
  const appDir = app.getAppPath();
  const nativeBinding = chooseNativeBinding(appDir, process.versions.electron, fs.existsSync);
  const resourcesDir = path.join(appDir, 'resources');
  // Companion (issue 6): built before core, whose shortcut and login-item channels ask the system through it.
  const loginItem = loginItemHost(appDir, resourcesDir);
  const companionSetup = createCompanionDeps({
    loginItem,
    onShortcut: () => runTrayAction({ kind: 'open', view: 'wins', action: 'quick-log' }),
  });
  try {
    core = await startCore({
      dataDir,
      version: app.getVersion(),
      openSettings: createSettingsBackend,
      chooseFolder: async () => {
        const options: Electron.OpenDialogOptions = {
          title: 'Choose where to save a backup',
          properties: ['openDirectory', 'createDirectory'],
        };
        const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      relaunch: () => {
        // relaunch() only schedules the new instance; quitting closes the database cleanly first.
        quitting = true;
        app.relaunch();
        app.quit();
      },
      trustedOrigins: [appOrigin],
      openExternal,
      ...(nativeBinding ? { nativeBinding } : {}),
      onMutation: (channel) => {
        sendEvent(mainWindow?.webContents, 'data:changed', { domains: [channel.split(':')[0] ?? ''] });
        companion?.dataChanged();
        refreshTray();
      },
      onSettingsChange: (settings) => companion?.settingsChanged(settings),
      companion: companionSetup.deps,
      logError: (channel, error) => console.error(`[rebound] ${channel} failed`, error),
    });
  } catch (error) {
    console.error('[rebound] start failed', error);
    dialog.showErrorBox('Rebound', startFailureMessage(error, freeSpaceOf(dataDir)));
    quitting = true;
    app.quit();
    return;
  }

  denyAllPermissions(session.defaultSession);
  serveRenderer(path.join(appDir, 'out', 'renderer'));
  registerIpc(ipcMain, core.dispatch);

  mainWindow = createMainWindow(path.join(appDir, 'out', 'preload', 'index.js'), path.join(resourcesDir, 'icon.png'), core);
  const tray = createTray({ resourcesDir, labels: { ...content.views.tray, companion: content.reminders.tray }, run: runTrayAction });
  refreshTray = trayRefresher(
    tray,
    core.tray.summary,
    () => mainWindow?.isVisible() ?? false,
    (error) => console.error('[rebound] tray summary failed', error),
  );
  refreshTray();
  const trayReadyAt = Date.now();
  companion = startCompanion({
    core,
    setup: companionSetup,
    tray,
    loginItem,
    icon: path.join(resourcesDir, 'icon.png'),
    open: (nav) => runTrayAction({ kind: 'open', ...nav }),
    changed: () => sendEvent(mainWindow?.webContents, 'data:changed', { domains: ['reminders', 'settings'] }),
    // The reminder timer is the one timer main keeps: each time it wakes (a new day's follow-ups, a new
    // week) or the computer resumes, the week line is refreshed too, so no second timer is needed.
    recomputed: () => refreshTray(),
    log: (message) => console.info(`[rebound] ${message}`),
  });
  if (process.env.REBOUND_E2E === '1') {
    // Playwright cannot click a tray icon; the Electron e2e suite and `npm run bench` reach these instead.
    Object.assign(globalThis, {
      __reboundTest: {
        trayReadyAt,
        trayTooltip: () => tray.tooltip(),
        clickTray: () => runTrayAction({ kind: 'toggle-window' }),
        clickNotification: (nav: { view: 'today' | 'reflect' | 'plan' | 'wins' | 'settings'; action?: string }) =>
          companion?.showAndClick({ title: 'Rebound', body: 'Test reminder', nav }),
      },
    });
  }
}

// One data folder for `npm start` and every installer (core/dataDir.ts, table-tested per OS). A data-folder
// override (tests, portable use) moves it, so the single-instance lock is per folder. setPath needs the folder to exist.
const userData = resolveDataDir(process.env, userDataDir({ platform: process.platform, env: process.env, homeDir: os.homedir(), exists: fs.existsSync }));
fs.mkdirSync(userData, { recursive: true });
app.setPath('userData', userData);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A login item starting a second copy (--hidden) must not pop the window open.
  app.on('second-instance', (_event, argv) => {
    if (revealsWindow(argv)) showWindow();
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, openExternal));
  // A tray app lives on with no window open.
  app.on('window-all-closed', () => undefined);
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('will-quit', () => {
    companion?.stop();
    core?.close();
  });
  void app.whenReady().then(start);
}
