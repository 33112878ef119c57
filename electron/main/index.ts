import { app, dialog, ipcMain, Menu, net, powerMonitor, protocol, session, shell, type BrowserWindow } from 'electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { content } from '../../content';
import { contentSecurityPolicy } from '../core/app/csp';
import { startFailureMessage } from '../core/app/startFailure';
import { isSafeExternalUrl } from '../core/app/externalUrl';
import { appId } from '../core/app/identity';
import { dataDirEnvVar, freeSpaceOf, resolveDataDir, settingsFileName, userDataDir } from '../core/dataDir';
import { langSwitch } from '../core/locale/chromiumLang';
import { startCore, type Core } from '../core/startCore';
import { applicationMenuTemplate } from './appMenu';
import { appOrigin, appScheme, mimeTypeOf, privilegedSchemes, resolveAppFile } from './appProtocol';
import { registerIpc, sendEvent } from './ipc';
import { launchShowsWindow, openedAtLogin } from './launch';
import { createMainLog, type MainLog } from './log';
import { createMainErrorReporter } from './mainErrors';
import { watchDownloads } from './downloads';
import { createMainWindow } from './mainWindow';
import { chooseNativeBinding } from './nativeBinding';
import { createNavQueue } from './navQueue';
import { hostOf, leavesTheApp } from './requestLog';
import { hardenContents, limitPermissions } from './security';
import { createSettingsBackend } from './settingsStore';
import { startupSwitches } from './switches';
import { createTray } from './tray';
import { createCompanionDeps, loginItemHost, startCompanion, type Companion } from './companion';
import { nextInterviewLine, type TrayAction } from './trayMenu';
import { trayRefresher } from './trayRefresh';
import { spellcheckEnabled } from './windowOptions';
import { createQuitting } from './quitting';

// ── Before `ready`: only what Electron allows (and requires) this early. ──
protocol.registerSchemesAsPrivileged(privilegedSchemes);
for (const [name, value] of startupSwitches(process.platform, process.env, process.argv)) app.commandLine.appendSwitch(name, value);
// Windows ties notifications and the taskbar to this id; the installer's Start Menu shortcut carries the same one.
if (process.platform === 'win32') app.setAppUserModelId(appId);
// One data folder for `npm start` and every installer (core/dataDir.ts, table-tested per OS). A data-folder
// override (tests, portable use) moves it, so the single-instance lock is per folder. setPath needs the folder
// to exist; a portable folder whose drive is not plugged in is never made on this computer's own disk instead.
const dataDir = resolveDataDir(
  process.env,
  userDataDir({ platform: process.platform, env: process.env, homeDir: os.homedir(), exists: fs.existsSync }),
);
const dataDirReachable =
  !process.env[dataDirEnvVar] || fs.statSync(path.dirname(dataDir), { throwIfNoEntry: false })?.isDirectory() === true;
if (dataDirReachable) {
  fs.mkdirSync(dataDir, { recursive: true });
  app.setPath('userData', dataDir);
}
// Chromium's own words (a text field's context menu, Accept-Language) in the Language setting's locale:
// Chromium reads --lang only before ready, so the setting comes from the settings file as it is on disk.
function settingsOnDisk(): string | undefined {
  try {
    return dataDirReachable ? fs.readFileSync(path.join(dataDir, settingsFileName), 'utf8') : undefined;
  } catch {
    return undefined; // none yet (a first start), or unreadable: Chromium follows the system
  }
}
const chromiumLang = langSwitch(settingsOnDisk());
if (chromiumLang) app.commandLine.appendSwitch('lang', chromiumLang);
const log: MainLog = createMainLog(dataDir);

let quitting = false;
let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;
let companion: Companion | null = null;
// Set once the tray exists; until then a change has no tray line to update.
let refreshTray: () => void = () => undefined;
// Set once the menus exist; a locale applied before then (at start) is already in what they are built from.
let relabel: () => void = () => undefined;
/** The import worker files started, in order (the Electron suite reads them through __reboundTest). */
const importWorkersStarted: string[] = [];
const navQueue = createNavQueue((nav) => sendEvent(mainWindow?.webContents, 'nav:open', nav));

const onMainError = createMainErrorReporter(log, () => mainWindow);
process.on('uncaughtException', (error) => onMainError('main: uncaught', error));
process.on('unhandledRejection', (reason) => onMainError('main: unhandled rejection', reason));

/**
 * Closes the database and releases the companion exactly once, whichever way the end comes; a quit while
 * the import worker writes is held until its thread has ended and the store is closed (quitting.ts).
 */
const quittingSteps = createQuitting({
  core: () => core,
  release: () => companion?.stop(),
  exit: (code) => app.exit(code),
  log: (what, error) => log.error(what, error),
});

/** A link from the page: only checked http(s) and mailto reach the system; a failure is logged, not left unhandled. */
function openExternal(url: string): void {
  openCheckedExternal(url).catch((error: unknown) => log.error('shell.openExternal', error));
}

/** app:openExternal awaits this, so a failure reaches the dispatcher (logged, and the page told). */
function openCheckedExternal(url: string): Promise<void> {
  if (!isSafeExternalUrl(url)) return Promise.reject(new Error('Not an http(s) or mailto link.'));
  // electronegativity-justified: OPEN_EXTERNAL_JS_CHECK — only URLs that pass isSafeExternalUrl (http(s) to a real host, or mailto; table-tested) reach the shell.
  return shell.openExternal(url);
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
    // Held until the page says it listens (app:ready): a click during loading is not lost.
    navQueue.open({ view: action.view, ...(action.action ? { action: action.action } : {}) });
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

/** macOS: a tray companion has no Dock icon while its window is away, and one while it is open (so Cmd+Tab finds it). */
function followDock(window: BrowserWindow, visibleAtStart: boolean): void {
  const dock = app.dock;
  if (process.platform !== 'darwin' || !dock) return;
  if (!visibleAtStart) dock.hide();
  window.on('show', () => void dock.show().catch(() => undefined));
  window.on('hide', () => dock.hide());
}

async function start(): Promise<void> {
  if (!dataDirReachable) {
    dialog.showErrorBox('Rebound', content.data.startFailed.missing);
    quitting = true;
    app.quit();
    return;
  }
  const appDir = app.getAppPath();
  const nativeBinding = chooseNativeBinding(appDir, process.versions.electron, fs.existsSync);
  const resourcesDir = path.join(appDir, 'resources');
  const showAtStart = launchShowsWindow(
    process.argv,
    openedAtLogin(process.platform, () => app.getLoginItemSettings()),
  );
  log.info(`start ${app.getVersion()} on ${process.platform}; window ${showAtStart ? 'shown' : 'in the tray'}`);
  // The companion's system hooks are built before core, whose shortcut and login-item channels ask the system through them.
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
          title: content.data.chooseBackupFolder,
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
      openExternal: openCheckedExternal,
      ...(nativeBinding ? { nativeBinding } : {}),
      onMutation: () => {
        sendEvent(mainWindow?.webContents, 'data:changed', {});
        companion?.dataChanged();
        refreshTray();
      },
      onSettingsChange: (settings) => companion?.settingsChanged(settings),
      // The system's languages, best first: GlobalizationPreferences on Windows, NSLocale preferredLanguages on
      // macOS, g_get_language_names (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) on Linux; read after ready, as start() runs.
      systemLanguages: () => app.getPreferredSystemLanguages(),
      onLocaleChange: () => relabel(),
      onImportProgress: (progress) => sendEvent(mainWindow?.webContents, 'imports:progress', progress),
      // A confirmed import is written in a worker thread on its own connection (out/main/importWorker.js, built
      // beside this file), so the tray and the window go on meanwhile; quitting ends it uncommitted (core.close).
      startImportWorker: (workerData) => {
        const file = path.join(__dirname, 'importWorker.js');
        importWorkersStarted.push(file);
        return new Worker(file, { workerData });
      },
      companion: companionSetup.deps,
      logError: (channel, error) => log.error(channel, error),
      onRefused: (channel, code) => log.refused(channel, code),
      shell: {
        pageReady: () => navQueue.pageReady(),
        logFolder: log.folder,
        openLogFolder: async () => {
          fs.mkdirSync(log.folder, { recursive: true });
          // openPath resolves to an error message, empty when the folder opened.
          return (await shell.openPath(log.folder)) === '';
        },
      },
    });
  } catch (error) {
    log.error('start', error);
    dialog.showErrorBox('Rebound', startFailureMessage(error, freeSpaceOf(dataDir)));
    quitting = true;
    app.quit();
    return;
  }

  // Nothing leaves the computer: a request for anywhere but Rebound itself is cancelled and noted (host only).
  // The Electron suite reads the list, which must stay empty for a whole run, dictionaries included.
  const outbound: string[] = [];
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const leaves = leavesTheApp(details.url);
    if (leaves) {
      outbound.push(details.url);
      log.info(`blocked a request to ${hostOf(details.url)}`);
    }
    callback({ cancel: leaves });
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(process.platform, content.desktop.menu)));
  limitPermissions(session.defaultSession);
  watchDownloads(session.defaultSession, (outcome) => sendEvent(mainWindow?.webContents, 'download:done', outcome), log);
  session.defaultSession.setSpellCheckerEnabled(spellcheckEnabled(process.platform));
  serveRenderer(path.join(appDir, 'out', 'renderer'));
  registerIpc(ipcMain, core.dispatch);

  mainWindow = createMainWindow({
    preload: path.join(appDir, 'out', 'preload', 'index.js'),
    icon: path.join(resourcesDir, 'icon.png'),
    core,
    log,
    navQueue,
    showWhenReady: showAtStart,
    quitting: () => quitting,
    onSessionEnd: () => {
      quitting = true;
      // Windows' log-off or shutdown: no will-quit follows (app.md), so the store is closed here and now.
      quittingSteps.sessionEnd();
    },
  });
  followDock(mainWindow, showAtStart);
  const trayLabels = () => ({ ...content.views.tray, companion: content.reminders.tray });
  const tray = createTray({ resourcesDir, labels: trayLabels(), run: runTrayAction });
  // Core has written the new locale's words into content: the menus main built from it are built again.
  relabel = () => {
    Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(process.platform, content.desktop.menu)));
    tray.relabel(trayLabels());
    refreshTray();
  };
  const trayCore = core;
  refreshTray = trayRefresher(
    tray,
    {
      weekSummary: trayCore.tray.summary,
      nextInterview: () => nextInterviewLine(trayCore.tray.nextInterview(), trayCore.now(), content.views.tray.nextInterview),
    },
    () => mainWindow?.isVisible() ?? false,
    (error) => log.error('tray summary', error),
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
    changed: () => sendEvent(mainWindow?.webContents, 'data:changed', {}),
    // The reminder timer is the one timer main keeps: each time it wakes (a new day's follow-ups, a new
    // week) or the computer resumes, the week line is refreshed too, so no second timer is needed.
    recomputed: () => refreshTray(),
    log: (message) => log.info(message),
  });
  // Linux and macOS shutting down: quit properly so the database closes (Windows' log-off is the window's session-end).
  powerMonitor.on('shutdown', () => {
    quitting = true;
    quittingSteps.shutdown();
    app.quit();
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
        logFile: log.file,
        outboundRequests: () => [...outbound],
        importWorkers: () => [...importWorkersStarted],
      },
    });
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A second launch by hand shows the window; one from a login item (--hidden) does not.
  app.on('second-instance', (_event, argv) => {
    if (launchShowsWindow(argv, false)) showWindow();
  });
  // macOS: clicking the Dock icon or opening Rebound again from Finder.
  app.on('activate', () => showWindow());
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, openExternal));
  // A tray app lives on with no window open.
  app.on('window-all-closed', () => undefined);
  app.on('before-quit', () => {
    quitting = true;
  });
  // Every app.quit() (tray Quit, Cmd+Q, a relaunch): held while an import is being written (quitting.ts).
  app.on('will-quit', (event) => quittingSteps.willQuit(event));
  app
    .whenReady()
    .then(start, (error: unknown) => onMainError('main: ready', error))
    .catch((error: unknown) => onMainError('main: start', error));
}
