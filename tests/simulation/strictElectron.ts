import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A strict stand-in for the `electron` module, for the simulation suite.
 * It is not Electron and proves nothing about Electron itself: it enforces,
 * as errors, the rules Electron's documentation states, so the built main
 * bundle breaking one fails a test here. Each rule names its docs page.
 */
export class SimulationRuleBroken extends Error {}

const broken = (rule: string): never => {
  throw new SimulationRuleBroken(rule);
};

export interface StrictElectronOptions {
  userData: string;
  appPath: string;
  /** What app.getLoginItemSettings() reports (macOS's wasOpenedAtLogin). */
  loginItem?: { wasOpenedAtLogin?: boolean; openAtLogin?: boolean };
  /** What a BrowserWindow's loadURL does (a rejection simulates a page that failed to load). */
  loadURL?: (url: string) => Promise<void>;
  platform: NodeJS.Platform;
  /** What app.getPreferredSystemLanguages() reports, best first. */
  systemLanguages?: string[];
}

type Handler = (...args: unknown[]) => unknown;

export function createStrictElectron(options: StrictElectronOptions) {
  let ready = false;
  let resolveReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  const calls: Array<{ api: string; args: unknown[]; ready: boolean }> = [];
  const record = (api: string, ...args: unknown[]) => calls.push({ api, args, ready });
  /** app.md: "cannot be used before the ready event" (BrowserWindow, Tray, screen, powerMonitor, session, protocol.handle...). */
  const afterReady = (api: string) => {
    if (!ready) broken(`${api} used before app 'ready'`);
  };

  // ── app ──
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    commandLine: {
      switches: [] as Array<[string, string | undefined]>,
      appendSwitch(name: string, value?: string) {
        record('app.commandLine.appendSwitch', name, value);
        // command-line.md: Chromium reads its switches at start; appended after ready they are silently ignored.
        if (ready) broken(`app.commandLine.appendSwitch('${name}') after ready has no effect`);
        this.switches.push([name, value]);
      },
    },
    isReady: () => ready,
    whenReady: () => readyPromise,
    getPath: (name: string) => {
      if (name !== 'userData') broken(`getPath('${name}') not simulated`);
      return options.userData;
    },
    setPath: (name: string, value: string) => {
      record('app.setPath', name, value);
      // app.md: change userData before 'ready', or the session data and single-instance lock use the old one.
      if (ready && name === 'userData') broken("app.setPath('userData') after ready");
    },
    getAppPath: () => options.appPath,
    getVersion: () => '0.1.0',
    // app.md: the user's preferred system languages, best first (its page names no rule about ready).
    getPreferredSystemLanguages: () => [...(options.systemLanguages ?? ['en-US'])],
    requestSingleInstanceLock: () => true,
    setAppUserModelId: (id: string) => record('app.setAppUserModelId', id),
    getLoginItemSettings: () => ({ openAtLogin: false, wasOpenedAtLogin: false, ...options.loginItem }),
    setLoginItemSettings: (settings: unknown) => record('app.setLoginItemSettings', settings),
    quit: () => {
      record('app.quit');
      // app.md: preventDefault() in before-quit or will-quit stops the default, which is ending the app.
      const event = () => {
        const one = { prevented: false, preventDefault: () => (one.prevented = true) };
        return one;
      };
      const before = event();
      app.emit('before-quit', before);
      if (before.prevented) return;
      const will = event();
      app.emit('will-quit', will);
      if (!will.prevented) record('app.ended');
    },
    // app.md: exits at once; before-quit and will-quit are not emitted.
    exit: (code?: number) => {
      record('app.exit', code ?? 0);
      // The double's own signal (not an Electron event), so a test waits for the end without polling.
      app.emit('simulation:exit', code ?? 0);
    },
    relaunch: () => record('app.relaunch'),
    dock:
      options.platform === 'darwin'
        ? {
            visible: true,
            hide() {
              record('app.dock.hide');
              this.visible = false;
            },
            async show() {
              record('app.dock.show');
              this.visible = true;
            },
          }
        : undefined,
  });

  // ── protocol ──
  let schemes: unknown[] | null = null;
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const protocol = {
    registerSchemesAsPrivileged(custom: unknown[]) {
      // protocol.md: "can only be used before the ready event of the app module gets emitted and can be called only once".
      if (ready) broken('protocol.registerSchemesAsPrivileged after ready');
      if (schemes) broken('protocol.registerSchemesAsPrivileged called twice');
      schemes = custom;
    },
    handle(scheme: string, handler: (request: Request) => Promise<Response>) {
      afterReady('protocol.handle');
      protocolHandlers.set(scheme, handler);
    },
  };

  // ── session ──
  type CheckHandler = (contents: unknown, permission: string, origin: string, details: unknown) => boolean;
  type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
  const defaultSession = {
    checkHandler: null as CheckHandler | null,
    requestHandler: null as RequestHandler | null,
    spellCheckerEnabled: true,
    setPermissionCheckHandler(handler: CheckHandler) {
      this.checkHandler = handler;
    },
    setPermissionRequestHandler(handler: RequestHandler) {
      this.requestHandler = handler;
    },
    setSpellCheckerEnabled(enabled: boolean) {
      this.spellCheckerEnabled = enabled;
    },
    addWordToSpellCheckerDictionary: (word: string) => record('session.addWordToSpellCheckerDictionary', word),
    /** Session events main listens to (will-download), kept so a test can raise one. */
    listeners: new Map<string, (...args: unknown[]) => void>(),
    on(event: string, listener: (...args: unknown[]) => void) {
      this.listeners.set(event, listener);
      return this;
    },
    webRequest: {
      beforeRequest: null as ((details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void) | null,
      onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void) {
        this.beforeRequest = listener;
      },
    },
  };
  const session = {
    get defaultSession() {
      afterReady('session.defaultSession');
      return defaultSession;
    },
  };

  // ── windows ──
  const windows: SimWindow[] = [];
  class SimWebContents extends EventEmitter {
    sent: Array<[string, unknown]> = [];
    loads: string[] = [];
    url = '';
    destroyed = false;
    session = defaultSession;
    send(channel: string, payload: unknown) {
      this.sent.push([channel, payload]);
    }
    isDestroyed = () => this.destroyed;
    getURL = () => this.url;
    replaceMisspelling = (word: string) => record('webContents.replaceMisspelling', word);
    setWindowOpenHandler = (handler: unknown) => record('webContents.setWindowOpenHandler', handler);
  }
  class SimWindow extends EventEmitter {
    visible = false;
    focused = false;
    webContents = new SimWebContents();
    constructor(readonly options: { show?: boolean; webPreferences?: Record<string, unknown> }) {
      super();
      afterReady('new BrowserWindow');
      const prefs = options.webPreferences ?? {};
      // security.md: every window sandboxed, context-isolated, no Node in the page (the checklist, items 2-4).
      if (prefs.sandbox !== true) broken('a BrowserWindow without sandbox: true');
      if (prefs.contextIsolation !== true) broken('a BrowserWindow without contextIsolation: true');
      if (prefs.nodeIntegration !== false) broken('a BrowserWindow with Node integration');
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
      this.visible = options.show !== false;
    }
    loadURL(url: string) {
      this.webContents.loads.push(url);
      this.webContents.url = url;
      return options.loadURL ? options.loadURL(url) : Promise.resolve();
    }
    show() {
      this.visible = true;
      this.emit('show');
    }
    hide() {
      this.visible = false;
      this.emit('hide');
    }
    focus() {
      this.focused = true;
    }
    restore() {}
    isVisible = () => this.visible;
    isFocused = () => this.focused;
    isMinimized = () => false;
    isMaximized = () => false;
    isDestroyed = () => false;
    getBounds = () => ({ x: 10, y: 10, width: 1040, height: 720 });
  }

  // ── menus, tray, notifications ──
  let applicationMenu: { template: unknown[] } | null | undefined;
  const Menu = {
    buildFromTemplate: (template: unknown[]) => ({ template, popup: (popup: unknown) => record('menu.popup', popup) }),
    setApplicationMenu: (menu: { template: unknown[] } | null) => {
      applicationMenu = menu;
    },
  };
  const trays: SimTray[] = [];
  class SimTray extends EventEmitter {
    tooltip = '';
    menu: unknown = null;
    constructor() {
      super();
      afterReady('new Tray');
      trays.push(this);
    }
    setToolTip(text: string) {
      this.tooltip = text;
    }
    setContextMenu(menu: unknown) {
      this.menu = menu;
    }
    setImage() {}
    destroy() {}
  }
  const notifications: SimNotification[] = [];
  class SimNotification extends EventEmitter {
    static isSupported = () => true;
    shown = false;
    constructor(readonly options: unknown) {
      super();
      afterReady('new Notification');
      notifications.push(this);
    }
    show() {
      this.shown = true;
    }
  }

  // ── the rest main touches ──
  const powerMonitor = new EventEmitter();
  const ipcHandlers = new Map<string, Handler>();
  const ipcListeners = new Map<string, Handler>();
  const dialogs: Array<{ kind: string; args: unknown[] }> = [];
  const electron = {
    app,
    protocol,
    session,
    BrowserWindow: SimWindow,
    Menu,
    Tray: SimTray,
    Notification: SimNotification,
    nativeImage: { createFromPath: () => ({ setTemplateImage: () => undefined }) },
    get powerMonitor() {
      afterReady('powerMonitor');
      return powerMonitor;
    },
    get screen() {
      afterReady('screen');
      return { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };
    },
    get globalShortcut() {
      afterReady('globalShortcut');
      return { register: () => true, unregister: () => undefined, unregisterAll: () => undefined };
    },
    ipcMain: {
      handle(channel: string, handler: Handler) {
        // ipc-main.md: a second handler for one channel throws.
        if (ipcHandlers.has(channel)) broken(`ipcMain.handle('${channel}') twice`);
        ipcHandlers.set(channel, handler);
      },
      on(channel: string, listener: Handler) {
        ipcListeners.set(channel, listener);
      },
    },
    dialog: {
      // dialog.md: showErrorBox "can be called safely before the ready event"; the others need ready.
      showErrorBox: (...args: unknown[]) => dialogs.push({ kind: 'error', args }),
      showMessageBox: async (...args: unknown[]) => {
        afterReady('dialog.showMessageBox');
        dialogs.push({ kind: 'message', args });
        return { response: 0 };
      },
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    },
    shell: {
      openExternal: async (url: string) => {
        record('shell.openExternal', url);
      },
      openPath: async (folder: string) => {
        record('shell.openPath', folder);
        return '';
      },
    },
    net: {
      fetch: async (url: string) => new Response(fs.readFileSync(fileURLToPath(url))),
    },
    contextBridge: undefined,
    ipcRenderer: undefined,
  };

  // CommonJS interop: bundled ESM (electron-store) reads `electron.default`; the getters must stay getters.
  Object.defineProperty(electron, 'default', { value: electron });
  return {
    /** The module object main's require('electron') gets (typed loosely: the classes are the double's own). */
    electron: electron as object,
    app,
    /** Fires `ready` the way Electron does: once, after the bundle's top level ran. */
    becomeReady() {
      ready = true;
      app.emit('ready', {}, {});
      resolveReady();
    },
    calls,
    schemes: () => schemes,
    windows,
    trays,
    notifications,
    powerMonitor,
    ipcHandlers,
    ipcListeners,
    dialogs,
    protocolHandlers,
    defaultSession,
    applicationMenu: () => applicationMenu,
    /**
     * navigator.clipboard.writeText as Chromium asks Electron: the check handler first, then the request
     * handler when the check says no (session.md, setPermissionCheckHandler). No handler at all would grant.
     */
    /** A request as the network service would put it to webRequest: resolves to whether it was cancelled. */
    request(url: string): Promise<boolean> {
      return new Promise((resolve) => {
        const listener = defaultSession.webRequest.beforeRequest;
        if (!listener) resolve(false);
        else listener({ url }, (response) => resolve(response.cancel === true));
      });
    },
    clipboardWrite(origin: string): Promise<boolean> {
      const contents = windows[0]?.webContents;
      if (defaultSession.checkHandler?.(contents, 'clipboard-sanitized-write', origin, { requestingUrl: `${origin}/` }))
        return Promise.resolve(true);
      if (!defaultSession.requestHandler) return Promise.resolve(true);
      return new Promise((resolve) =>
        defaultSession.requestHandler?.(contents, 'clipboard-sanitized-write', resolve, { requestingUrl: `${origin}/index.html` }),
      );
    },
  };
}

export type StrictElectron = ReturnType<typeof createStrictElectron>;
