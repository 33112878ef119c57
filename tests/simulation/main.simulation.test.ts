import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { content } from '../../content';
import { channels, eventWireName } from '../../electron/core/ipc/contract';
import { defaultSettings } from '../../electron/core/settings/schema';
import { tempDir } from '../support/tempDir';
import { hasBuild, loadBuiltMain, runBuiltPreload, type LoadOptions, type SimulatedMain } from './loadBuilt';
import { SimulationRuleBroken } from './strictElectron';

/*
 * A SIMULATION, never an Electron run: the built bundles under a strict
 * double of `electron` that turns the documented rules into errors. What it
 * shows is that main keeps those rules and makes the documented calls; what
 * Electron then does with them is for tests/electron, where a binary exists.
 */

const running: SimulatedMain[] = [];
afterEach(() => {
  // will-quit closes the database, as quitting would.
  for (const sim of running.splice(0)) sim.app.emit('will-quit', { preventDefault: () => undefined });
});

beforeAll(() => {
  if (!hasBuild()) throw new Error('The simulation runs the built bundles: run `npx electron-vite build` first.');
});

async function launch(options: Partial<LoadOptions> = {}): Promise<SimulatedMain & { dataDir: string }> {
  const dataDir = options.dataDir ?? tempDir('rebound-sim-');
  const sim = await loadBuiltMain({ ...options, dataDir });
  running.push(sim);
  sim.becomeReady();
  await sim.started();
  return Object.assign(sim, { dataDir });
}

const logText = (dataDir: string) => fs.readFileSync(path.join(dataDir, 'logs', 'main.log'), 'utf8');
const forbiddenRoles = ['toggleDevTools', 'reload', 'forceReload', 'help', 'viewMenu'];
function rolesOf(template: unknown[]): string[] {
  return (template as Array<{ role?: string; submenu?: unknown[] }>).flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? rolesOf(item.submenu) : []),
  ]);
}

describe('simulation: the built main bundle under a strict electron double', () => {
  it('simulation: loads before ready using only what Electron allows then, and registers app:// once, with code cache', async () => {
    const sim = await loadBuiltMain({ dataDir: tempDir('rebound-sim-') });
    running.push(sim);
    expect(sim.schemes()).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect(sim.windows).toHaveLength(0);
    sim.becomeReady();
    await sim.started();
    expect(sim.trays).toHaveLength(1);
  });

  it('simulation: the double itself refuses a scheme registered after ready (the rule bites)', async () => {
    await expect(loadBuiltMain({ dataDir: tempDir('rebound-sim-'), readyFirst: true })).rejects.toThrow(SimulationRuleBroken);
  });

  it('simulation: a launch by hand shows the window once painted; the tray is ready too', async () => {
    const sim = await launch();
    const [window] = sim.windows;
    expect(window?.options.show).toBe(false);
    window?.emit('ready-to-show');
    expect(window?.isVisible()).toBe(true);
    expect(sim.trays[0]?.tooltip).toMatch(/^Rebound/);
  });

  it('simulation: a launch at login (--hidden) stays in the tray', async () => {
    const sim = await launch({ argv: ['/opt/Rebound/rebound', '--hidden'] });
    sim.windows[0]?.emit('ready-to-show');
    expect(sim.windows[0]?.isVisible()).toBe(false);
  });

  it('simulation: macOS opened at login stays in the tray with no Dock icon; opening the window brings the Dock icon back', async () => {
    const sim = await launch({ platform: 'darwin', loginItem: { wasOpenedAtLogin: true } });
    sim.windows[0]?.emit('ready-to-show');
    expect(sim.windows[0]?.isVisible()).toBe(false);
    expect(sim.app.dock?.visible).toBe(false);
    sim.app.emit('activate');
    expect(sim.windows[0]?.isVisible()).toBe(true);
    expect(sim.app.dock?.visible).toBe(true);
  });

  it('simulation: a second launch by hand shows the window; a second one from a login item does not', async () => {
    const sim = await launch({ argv: ['/opt/Rebound/rebound', '--hidden'] });
    sim.app.emit('second-instance', {}, ['/opt/Rebound/rebound', '--hidden'], '/');
    expect(sim.windows[0]?.isVisible()).toBe(false);
    sim.app.emit('second-instance', {}, ['/opt/Rebound/rebound'], '/');
    expect(sim.windows[0]?.isVisible()).toBe(true);
  });

  it('simulation: every window is sandboxed and context-isolated, and spellcheck downloads nothing on Linux', async () => {
    const sim = await launch();
    expect(sim.windows[0]?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      spellcheck: false,
    });
    expect(sim.defaultSession.spellCheckerEnabled).toBe(false);
  });

  it('simulation: macOS keeps the system spellchecker (it downloads nothing there)', async () => {
    const sim = await launch({ platform: 'darwin' });
    expect(sim.windows[0]?.options.webPreferences?.spellcheck).toBe(true);
    expect(sim.defaultSession.spellCheckerEnabled).toBe(true);
  });

  it('simulation: "Copy note" may write the clipboard from the app, and nothing else is granted', async () => {
    const sim = await launch();
    await expect(sim.clipboardWrite('app://rebound')).resolves.toBe(true);
    await expect(sim.clipboardWrite('https://evil.example')).resolves.toBe(false);
    const check = sim.defaultSession.checkHandler;
    expect(check?.(null, 'media', 'app://rebound', {})).toBe(false);
    expect(check?.(null, 'notifications', 'app://rebound', {})).toBe(false);
  });

  it.each(['linux', 'win32', 'darwin'] as const)(
    'simulation: %s gets an application menu of our own, with no DevTools, reload or website',
    async (platform) => {
      const sim = await launch({ platform });
      const menu = sim.applicationMenu();
      expect(menu).toBeTruthy();
      const roles = rolesOf(menu?.template ?? []);
      for (const role of forbiddenRoles) expect(roles).not.toContain(role);
      expect(roles).toEqual(expect.arrayContaining(['copy', 'paste', 'cut', 'selectAll', 'undo']));
    },
  );

  it('simulation: a Language setting on disk becomes Chromium\'s --lang before ready; a first start or "system" adds none', async () => {
    // Loaded only, never made ready: the switch is appended as the bundle loads, and a started core would
    // leave its locale in the bundle's shared chunk for the tests after this one.
    const switchesWith = async (language?: string) => {
      const dataDir = tempDir('rebound-sim-');
      if (language) fs.writeFileSync(path.join(dataDir, 'settings.json'), JSON.stringify({ ...defaultSettings, language }));
      const sim = await loadBuiltMain({ dataDir });
      return sim.app.commandLine.switches.filter(([name]) => name === 'lang');
    };
    expect(await switchesWith('pt-BR')).toEqual([['lang', 'pt-BR']]);
    expect(await switchesWith()).toEqual([]);
    expect(await switchesWith('system')).toEqual([]);
  });

  it('simulation: on a Wayland session the shortcut portal is switched on before ready; on X11 it is not', async () => {
    const wayland = await launch({ env: { WAYLAND_DISPLAY: 'wayland-0', XDG_SESSION_TYPE: 'wayland' } });
    expect(wayland.app.commandLine.switches).toContainEqual(['enable-features', 'GlobalShortcutsPortal']);
    const x11 = await launch({ env: { DISPLAY: ':0', XDG_SESSION_TYPE: 'x11' } });
    expect(x11.app.commandLine.switches).toEqual([]);
  });

  it('simulation: Windows gets the AppUserModelId before ready; Linux does not call it', async () => {
    const win = await launch({ platform: 'win32' });
    const call = win.calls.find((entry) => entry.api === 'app.setAppUserModelId');
    expect(call).toMatchObject({ args: ['app.rebound.desktop'], ready: false });
    const linux = await launch();
    expect(linux.calls.some((entry) => entry.api === 'app.setAppUserModelId')).toBe(false);
  });

  it('simulation: a tray click while the page loads is held until the page says it listens', async () => {
    const sim = await launch();
    const contents = sim.windows[0]?.webContents;
    const menu = sim.trays[0]?.menu as { template: Array<{ id?: string; click?: () => void }> };
    menu.template.find((item) => item.id === 'log-win')?.click?.();
    expect(contents?.sent.filter(([channel]) => channel === eventWireName('nav:open'))).toEqual([]);
    await sim.invoke('app:ready');
    expect(contents?.sent.filter(([channel]) => channel === eventWireName('nav:open'))).toEqual([
      [eventWireName('nav:open'), { view: 'wins', action: 'quick-log' }],
    ]);
  });

  it('simulation: an export whose save was interrupted (a full disk) is told to the page in words', async () => {
    const sim = await launch();
    const contents = sim.windows[0]?.webContents;
    const willDownload = sim.defaultSession.listeners.get('will-download');
    expect(willDownload).toBeTypeOf('function');
    const item = Object.assign(new EventEmitter(), { getFilename: () => 'rebound-export.json', getSavePath: () => '/media/stick/x.json' });
    willDownload?.({}, item);
    item.emit('done', {}, 'interrupted');
    expect(contents?.sent.filter(([channel]) => channel === eventWireName('download:done'))).toEqual([
      [eventWireName('download:done'), { kind: 'failed', message: expect.stringContaining('rebound-export.json') }],
    ]);
  });

  it("simulation: a request for anywhere but the app is cancelled and logged by host only; the app's own pass", async () => {
    const sim = await launch();
    await expect(sim.request('https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic?words=secret')).resolves.toBe(true);
    await expect(sim.request('app://rebound/assets/index.js')).resolves.toBe(false);
    await expect(sim.request('file:///opt/rebound/out/renderer/index.html')).resolves.toBe(false);
    expect(logText(sim.dataDir)).toContain('blocked a request to https://redirector.gvt1.com');
    expect(logText(sim.dataDir)).not.toContain('secret');
  });

  it('simulation: right-click in a text field pops up the editing menu over the window; a plain click shows none', async () => {
    const sim = await launch();
    const contents = sim.windows[0]?.webContents;
    const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
    contents?.emit(
      'context-menu',
      {},
      { isEditable: true, selectionText: '', misspelledWord: '', dictionarySuggestions: [], editFlags: flags },
    );
    contents?.emit(
      'context-menu',
      {},
      { isEditable: false, selectionText: '', misspelledWord: '', dictionarySuggestions: [], editFlags: flags },
    );
    const popups = sim.calls.filter((entry) => entry.api === 'menu.popup');
    expect(popups).toHaveLength(1);
    expect(popups[0]?.args[0]).toEqual({ window: sim.windows[0] });
  });

  it('simulation: a crashed renderer is reloaded where it was and the person told; a clean exit is left alone', async () => {
    const sim = await launch();
    const [window] = sim.windows;
    const contents = window?.webContents;
    if (!contents) throw new Error('no window');
    contents.url = 'app://rebound/index.html#/reflect';
    contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(contents.loads).toHaveLength(1);
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(contents.loads).toEqual(['app://rebound/index.html', 'app://rebound/index.html?recovered#/reflect']);
    await Promise.resolve();
    expect(sim.dialogs.map((dialog) => (dialog.args.at(-1) as { message: string }).message)).toEqual([
      content.desktop.recovery.rendererGone,
    ]);
    expect(logText(sim.dataDir)).toContain('renderer gone (crashed, exit 139): reload');
  });

  it('simulation: an uncaught error in main is logged and the person told, once in a while', async () => {
    const sim = await launch();
    const [onUncaught] = sim.processHandlers.get('uncaughtException') ?? [];
    expect(onUncaught).toBeTypeOf('function');
    onUncaught?.(new RangeError('about "my private note"'));
    onUncaught?.(new RangeError('again'));
    await Promise.resolve();
    expect(logText(sim.dataDir)).toContain('main: uncaught: RangeError');
    expect(logText(sim.dataDir)).not.toContain('my private note');
    expect(sim.dialogs.filter((dialog) => dialog.kind === 'message')).toHaveLength(1);
    expect(sim.processHandlers.get('unhandledRejection')).toHaveLength(1);
  });

  it('simulation: a page that fails to load is logged, not left as an unhandled rejection', async () => {
    const sim = await launch({ loadURL: () => Promise.reject(new Error('ERR_FAILED')) });
    await new Promise((resolve) => setImmediate(resolve));
    expect(logText(sim.dataDir)).toContain('window.loadURL: Error');
  });

  it('simulation: refused IPC calls are logged by channel and reason, never with what was sent', async () => {
    const sim = await launch();
    const refused = await sim.invoke('wins:log', { kind: 'nonsense', note: 'a very private line' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await sim.invoke('app:info', undefined, 'https://evil.example/');
    const text = logText(sim.dataDir);
    expect(text).toContain('refused wins:log: invalid_input');
    expect(text).toContain('refused app:info: forbidden');
    expect(text).not.toContain('a very private line');
  });

  it('simulation: Settings\' "Open the log folder" reaches shell.openPath with the data folder\'s logs', async () => {
    const sim = await launch();
    expect(await sim.invoke('app:openLogFolder')).toEqual({ ok: true, data: { opened: true, path: path.join(sim.dataDir, 'logs') } });
    expect(sim.calls.filter((entry) => entry.api === 'shell.openPath').map((entry) => entry.args)).toEqual([
      [path.join(sim.dataDir, 'logs')],
    ]);
  });

  it('simulation: Windows ending the session closes the database, though before-quit and will-quit never come', async () => {
    const sim = await launch({ platform: 'win32' });
    expect(await sim.invoke('wins:summary')).toMatchObject({ ok: true });
    sim.windows[0]?.emit('session-end', {});
    expect(await sim.invoke('wins:summary')).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('simulation: a Linux or macOS shutdown closes the database and quits', async () => {
    const sim = await launch();
    sim.powerMonitor.emit('shutdown', { preventDefault: () => undefined });
    expect(sim.calls.some((entry) => entry.api === 'app.quit')).toBe(true);
    expect(await sim.invoke('wins:summary')).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('simulation: main registers one handler per contract channel and no other invoke handler', async () => {
    const sim = await launch();
    expect([...sim.ipcHandlers.keys()].sort()).toEqual([...channels].sort());
    // electron-store's own sync listener (answers its renderer helper, which the preload never exposes) is the only other one.
    expect([...sim.ipcListeners.keys()]).toEqual(['electron-store-get-data']);
  });
});

describe('simulation: the built preload in a sandbox-like vm', () => {
  it('simulation: requires only electron and exposes only window.rebound, one method per contract channel', () => {
    const preload = runBuiltPreload();
    expect(preload.requests).toEqual(['electron']);
    expect([...preload.exposed.keys()]).toEqual(['rebound']);
    const api = preload.exposed.get('rebound') as Record<string, Record<string, unknown>>;
    const methods = Object.entries(api)
      .filter(([domain]) => domain !== 'on')
      .flatMap(([domain, group]) => Object.keys(group).map((verb) => `${domain}:${verb}`));
    expect(methods.sort()).toEqual([...channels].sort());
    expect(Object.keys(api.on ?? {}).sort()).toEqual(['data:changed', 'download:done', 'imports:progress', 'nav:open']);
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipcRenderer|send|invoke/);
  });

  it('simulation: a method invokes its own channel; a subscription hides the event object and unsubscribes', async () => {
    const preload = runBuiltPreload();
    const api = preload.exposed.get('rebound') as {
      wins: { log(input: unknown): Promise<unknown> };
      on: { 'nav:open'(listener: (payload: unknown) => void): () => void };
    };
    await api.wins.log({ kind: 'applied' });
    expect(preload.invoked).toEqual([['wins:log', { kind: 'applied' }]]);
    const seen: unknown[][] = [];
    const stop = api.on['nav:open']((...args) => seen.push(args));
    preload.emit(eventWireName('nav:open'), { view: 'wins' });
    expect(seen).toEqual([[{ view: 'wins' }]]);
    stop();
    expect(preload.listenerCount(eventWireName('nav:open'))).toBe(0);
  });
});
