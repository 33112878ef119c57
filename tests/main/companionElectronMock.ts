import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import { electronMock } from './electronMock';

/** Every notification made since the mock was created, newest last. */
const notifications: FakeNotification[] = [];

export class FakeNotification extends EventEmitter {
  static isSupported = vi.fn(() => true);
  show = vi.fn();
  constructor(readonly options: { title: string; body: string }) {
    super();
    notifications.push(this);
  }
}

/** electronMock plus what the companion and the whole main process touch: enough to start main under Node. */
export function companionElectronMock() {
  const base = electronMock();
  notifications.splice(0);
  const windows: Record<string, unknown>[] = [];
  const BrowserWindow = vi.fn(function (this: Record<string, unknown>) {
    windows.push(this);
    Object.assign(this, {
      on: vi.fn(),
      once: vi.fn(),
      loadURL: vi.fn(async () => undefined),
      show: vi.fn(),
      hide: vi.fn(),
      focus: vi.fn(),
      restore: vi.fn(),
      isMinimized: vi.fn(() => false),
      isMaximized: vi.fn(() => false),
      isVisible: vi.fn(() => false),
      isFocused: vi.fn(() => false),
      isDestroyed: vi.fn(() => false),
      getBounds: vi.fn(() => ({ x: 0, y: 0, width: 1040, height: 720 })),
      webContents: { send: vi.fn(), on: vi.fn(), isDestroyed: vi.fn(() => false), getURL: vi.fn(() => 'app://rebound/index.html') },
    });
  });
  const electron = {
    ...base,
    app: {
      getPreferredSystemLanguages: vi.fn(() => ['en-US']),
      ...base.app,
      isPackaged: false,
      on: vi.fn(),
      isReady: vi.fn(() => true),
      commandLine: { appendSwitch: vi.fn() },
      setAppUserModelId: vi.fn(),
      quit: vi.fn(),
      setPath: vi.fn(),
      getAppPath: vi.fn(() => process.cwd()),
      whenReady: vi.fn(() => Promise.resolve()),
      requestSingleInstanceLock: vi.fn(() => true),
      setLoginItemSettings: vi.fn(),
      getLoginItemSettings: vi.fn(() => ({ openAtLogin: false })),
    },
    ipcMain: { ...base.ipcMain, on: vi.fn() },
    Notification: FakeNotification,
    notifications,
    powerMonitor: new EventEmitter() as EventEmitter,
    globalShortcut: { register: vi.fn(() => true), unregister: vi.fn(), unregisterAll: vi.fn() },
    BrowserWindow,
    windows,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    net: { fetch: vi.fn() },
    screen: { getAllDisplays: vi.fn(() => []) },
    Menu: { ...base.Menu, setApplicationMenu: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setSpellCheckerEnabled: vi.fn(),
        on: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn() },
      },
    },
    shell: { openExternal: vi.fn(async () => undefined), openPath: vi.fn(async () => '') },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) },
  };
  return { ...electron, default: electron };
}
