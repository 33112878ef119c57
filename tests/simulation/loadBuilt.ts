import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { Worker } from 'node:worker_threads';
import { createStrictElectron, type StrictElectronOptions } from './strictElectron';

export const projectDir = path.resolve(import.meta.dirname, '../..');
export const builtMain = path.join(projectDir, 'out/main/index.js');
export const builtPreload = path.join(projectDir, 'out/preload/index.js');

export function hasBuild(): boolean {
  return fs.existsSync(builtMain) && fs.existsSync(builtPreload);
}

export interface SimulatedMain extends ReturnType<typeof createStrictElectron> {
  /** Handlers main put on `process` (uncaughtException, unhandledRejection), kept off the test runner's own. */
  processHandlers: Map<string, Array<(...args: unknown[]) => void>>;
  /** Waits until start() has run to the end (the shutdown listener is its last step). */
  started(): Promise<void>;
  /** The worker threads main started (the real node:worker_threads Worker, each file recorded as it starts). */
  workers: Array<{ file: string; worker: Worker }>;
  /** Calls a contract channel the way the preload's ipcRenderer.invoke reaches ipcMain.handle. */
  invoke(channel: string, payload?: unknown, frameUrl?: string): Promise<unknown>;
}

export interface LoadOptions extends Partial<StrictElectronOptions> {
  dataDir: string;
  argv?: string[];
  env?: Record<string, string | undefined>;
  /** Load the bundle after `ready` already fired (to see the double's rules bite). */
  readyFirst?: boolean;
  /** Added to the workerData of each worker thread main starts (the import worker's test-only hold). */
  workerData?: () => Record<string, unknown>;
}

/**
 * Runs the BUILT main bundle (out/main/index.js) as Electron would run it,
 * except that `require('electron')` returns the strict double and `process`
 * is a view of this one with the platform, argv and environment of the case.
 * Every other require is the real module (better-sqlite3 built for Node).
 */
export async function loadBuiltMain(options: LoadOptions): Promise<SimulatedMain> {
  const platform = options.platform ?? 'linux';
  const sim = createStrictElectron({
    userData: options.userData ?? options.dataDir,
    appPath: projectDir,
    platform,
    ...(options.loginItem ? { loginItem: options.loginItem } : {}),
    ...(options.loadURL ? { loadURL: options.loadURL } : {}),
  });
  const processHandlers = new Map<string, Array<(...args: unknown[]) => void>>();
  const env = { REBOUND_DATA_DIR: options.dataDir, ...options.env };
  const argv = options.argv ?? ['/opt/Rebound/rebound'];
  const realProcess = process;
  const simulatedProcess = new Proxy(realProcess, {
    get(target, key) {
      if (key === 'platform') return platform;
      if (key === 'argv') return argv;
      if (key === 'env') return env;
      if (key === 'versions') return { ...target.versions, electron: '45.5.0' };
      if (key === 'on' || key === 'once' || key === 'addListener') {
        return (name: string, listener: (...args: unknown[]) => void) => {
          processHandlers.set(name, [...(processHandlers.get(name) ?? []), listener]);
          return simulatedProcess;
        };
      }
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  const realRequire = createRequire(builtMain);
  const workers: Array<{ file: string; worker: Worker }> = [];
  // Node's own worker_threads, with Worker recording each thread main starts (and what file it runs).
  class RecordedWorker extends Worker {
    constructor(file: string | URL, given?: ConstructorParameters<typeof Worker>[1]) {
      const extra = options.workerData?.();
      super(file, extra ? { ...given, workerData: { ...(given?.workerData as object), ...extra } } : given);
      workers.push({ file: String(file), worker: this });
    }
  }
  const workerThreads = { ...(realRequire('node:worker_threads') as object), Worker: RecordedWorker };
  const requireForMain = Object.assign(
    (id: string) => (id === 'electron' ? sim.electron : id === 'node:worker_threads' ? workerThreads : realRequire(id)),
    {
      resolve: realRequire.resolve,
      cache: realRequire.cache,
    },
  );
  const source = fs.readFileSync(builtMain, 'utf8');
  const wrapped = vm.runInThisContext(`(function (exports, require, module, __filename, __dirname, process) {${source}\n})`, {
    filename: builtMain,
  }) as (...args: unknown[]) => void;
  const module = { exports: {} };
  if (options.readyFirst) sim.becomeReady();
  wrapped(module.exports, requireForMain, module, builtMain, path.dirname(builtMain), simulatedProcess);
  return {
    ...sim,
    processHandlers,
    workers,
    async started() {
      const deadline = 200;
      for (let round = 0; round < deadline; round += 1) {
        if (sim.powerMonitor.listenerCount('shutdown') > 0) return;
        await new Promise((resolve) => setImmediate(resolve));
      }
      throw new Error('main did not finish starting');
    },
    invoke(channel, payload, frameUrl = 'app://rebound/index.html') {
      const handler = sim.ipcHandlers.get(channel);
      if (!handler) throw new Error(`no handler for ${channel}`);
      return Promise.resolve(handler({ senderFrame: { url: frameUrl, parent: null } }, payload));
    },
  };
}

/**
 * Runs the BUILT preload (out/preload/index.js) in a fresh vm context whose
 * `require` knows only 'electron', as a sandboxed preload's does, with
 * contextBridge and ipcRenderer doubles that record what crosses.
 */
export function runBuiltPreload() {
  const exposed = new Map<string, unknown>();
  const invoked: Array<[string, unknown]> = [];
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const ipcRenderer = {
    invoke: async (channel: string, input: unknown) => {
      invoked.push([channel, input]);
      return { ok: true, data: null };
    },
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => listeners.get(channel)?.delete(listener),
  };
  const contextBridge = {
    exposeInMainWorld: (key: string, api: unknown) => {
      if (exposed.has(key)) throw new Error(`${key} exposed twice`);
      exposed.set(key, api);
    },
  };
  const requests: string[] = [];
  const sandboxRequire = (id: string) => {
    requests.push(id);
    if (id === 'electron') return { contextBridge, ipcRenderer };
    // A sandboxed preload's require offers only electron (and a few polyfills Rebound does not use).
    throw new Error(`a sandboxed preload cannot require '${id}'`);
  };
  const context = vm.createContext({ require: sandboxRequire, module: { exports: {} }, exports: {}, console });
  vm.runInContext(fs.readFileSync(builtPreload, 'utf8'), context, { filename: builtPreload });
  return {
    exposed,
    invoked,
    requests,
    emit: (channel: string, payload: unknown) => listeners.get(channel)?.forEach((listener) => listener({ sender: 'hidden' }, payload)),
    listenerCount: (channel: string) => listeners.get(channel)?.size ?? 0,
  };
}
