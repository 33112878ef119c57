import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { build } from 'vite';
import { contentSecurityPolicy } from '../../electron/core/app/csp';
import { settingsFileName } from '../../electron/core/dataDir';
import type { EventName, Events } from '../../electron/core/ipc/contract';
import type Database from 'better-sqlite3';
import { openCore, type Core } from '../../electron/core/startCore';
import { defaultSettings, type Settings } from '../../electron/core/settings/schema';
import type { SettingsBackend } from '../../electron/core/settings/settingsService';

export interface HarnessOptions {
  dataDir: string;
  /** The built renderer (electron-vite's output); served exactly as built. */
  rendererDir?: string;
  port?: number;
  /** A fixed clock for tests that depend on the date. */
  now?: () => Date;
}

export interface Harness {
  url: string;
  dataDir: string;
  /** The real core, plus its database so a test can check what was stored. */
  core: Core & { db: Database.Database };
  /** Links the app asked the system to open (never opened for real here). */
  openedExternally: string[];
  /** How many times the app asked to restart (a restore); the test restarts the harness itself. */
  relaunchRequests: () => number;
  /** What a tray item or notification would do: ask the page to show a view. */
  emit<E extends EventName>(event: E, payload: Events[E]): void;
  close(): Promise<void>;
}

const projectDir = path.resolve(import.meta.dirname, '../..');
const maxBody = 16 * 1024 * 1024;

/** The same engine electron-store uses, pointed at the same file name. */
export function confSettingsBackend(dataDir: string): SettingsBackend {
  const store = new Conf<Settings>({
    cwd: dataDir,
    configName: settingsFileName.replace(/\.json$/, ''),
    projectName: 'rebound',
    defaults: defaultSettings,
    clearInvalidConfig: false,
  });
  return {
    read: () => store.store,
    write: (settings) => {
      store.store = settings;
    },
  };
}

let bridgeCode: Promise<string> | null = null;
function bridgeScript(): Promise<string> {
  bridgeCode ??= (async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-bridge-'));
    await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: true,
        lib: {
          entry: path.join(projectDir, 'tests/harness/bridge.ts'),
          formats: ['iife'],
          name: 'ReboundBridge',
          fileName: () => 'bridge.js',
        },
      },
    });
    const code = fs.readFileSync(path.join(outDir, 'bridge.js'), 'utf8');
    fs.rmSync(outDir, { recursive: true, force: true });
    return code;
  })();
  return bridgeCode;
}

const cspProbe = `
window.__cspProbe = { evalRan: false, functionRan: false };
try { window.__cspProbe.evalRan = eval('true'); } catch (error) {}
try { window.__cspProbe.functionRan = new Function('return true')(); } catch (error) {}
`;

const mime: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody) {
        reject(new Error('body too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Serves the built renderer over http with the real core and the real
 * dispatcher behind it. Only the Electron IPC hop is replaced (by POST
 * /__ipc and an event stream), so what the page does here is what it does
 * in the app.
 */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const rendererDir = options.rendererDir ?? path.join(projectDir, 'out/renderer');
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`No built renderer in ${rendererDir}: run "npm run build" first.`);
  }
  const bridge = await bridgeScript();
  const streams = new Set<http.ServerResponse>();
  const emit = <E extends EventName>(event: E, payload: Events[E]) => {
    const frame = `data: ${JSON.stringify({ event, payload })}\n\n`;
    for (const stream of streams) stream.write(frame);
  };
  const openedExternally: string[] = [];
  let relaunches = 0;
  let origin = '';
  let dispatch: Core['dispatch'] | null = null;

  const server = http.createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', origin);
      if (request.method === 'POST' && url.pathname === '/__ipc') {
        let body: { channel?: unknown; payload?: unknown };
        try {
          body = JSON.parse(await readBody(request)) as typeof body;
        } catch {
          response.writeHead(400).end();
          return;
        }
        if (!dispatch) {
          response.writeHead(503).end();
          return;
        }
        const result = await dispatch(body.channel, body.payload, {
          url: request.headers.origin ?? request.headers.referer,
          isMainFrame: true,
        });
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
        return;
      }
      if (url.pathname === '/__harness/events') {
        response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
        response.write(': connected\n\n');
        streams.add(response);
        request.on('close', () => streams.delete(response));
        return;
      }
      if (url.pathname === '/__harness/csp-probe.js') {
        // A same-origin script (allowed by script-src 'self') that tries what the CSP must forbid.
        response.writeHead(200, { 'content-type': mime['.js'] as string }).end(cspProbe);
        return;
      }
      if (url.pathname === '/__harness/bridge.js') {
        response.writeHead(200, { 'content-type': mime['.js'] as string }).end(bridge);
        return;
      }
      const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
      const file = path.resolve(rendererDir, relative);
      if (!file.startsWith(path.resolve(rendererDir) + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
        response.writeHead(404).end('Not found');
        return;
      }
      const headers: Record<string, string> = { 'content-type': mime[path.extname(file)] ?? 'application/octet-stream' };
      if (file.endsWith('.html')) {
        headers['content-security-policy'] = contentSecurityPolicy;
        const html = fs.readFileSync(file, 'utf8').replace('<script', '<script src="/__harness/bridge.js"></script>\n    <script');
        response.writeHead(200, headers).end(html);
        return;
      }
      response.writeHead(200, headers);
      fs.createReadStream(file).pipe(response);
    })().catch((error: unknown) => {
      console.error('[harness]', error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('harness did not bind');
  origin = `http://127.0.0.1:${address.port}`;
  // The dispatcher trusts exactly this page's origin, as main trusts app://rebound.
  const { core, context } = await openCore({
    dataDir: options.dataDir,
    version: 'harness',
    openSettings: confSettingsBackend,
    trustedOrigins: [origin],
    ...(options.now ? { now: options.now } : {}),
    openExternal: (url) => {
      openedExternally.push(url);
    },
    // Stands in for the folder picker: backups made "now" land in the data folder's exports/.
    chooseFolder: async () => {
      const folder = path.join(options.dataDir, 'exports');
      fs.mkdirSync(folder, { recursive: true });
      return folder;
    },
    relaunch: () => {
      relaunches += 1;
    },
    onMutation: () => emit('data:changed', {}),
    onImportProgress: (progress) => emit('imports:progress', progress),
    logError: (channel, error) => console.error(`[harness] ${channel} failed`, error),
  }).catch(async (error: unknown) => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    throw error;
  });
  dispatch = core.dispatch;

  return {
    url: origin,
    dataDir: options.dataDir,
    core: Object.assign(core, { db: context.db }),
    openedExternally,
    relaunchRequests: () => relaunches,
    emit,
    close: async () => {
      for (const stream of streams) stream.end();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // An open page reconnects its event stream on a kept-alive socket; without this, close could wait forever.
      server.closeAllConnections();
      await closed;
      await core.close();
    },
  };
}
