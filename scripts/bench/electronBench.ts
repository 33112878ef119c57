// The Electron side of `npm run bench`, for machines that have the Electron binary (this one does not:
// there the bench prints that these figures need it). Launches the built app through Playwright on a
// copy of the 10-year data, the way tests/electron/app.test.ts does, and reads from main itself:
// launch to tray ready, tray click to window shown, and the memory of all its processes at idle; and the
// same of an empty Electron app with a tray (emptyTrayApp/), launched in turn with it in the same run.
import fs from 'node:fs';
import path from 'node:path';
import { _electron as electron, type ElectronApplication } from 'playwright-core';
// @ts-expect-error -- a plain .mjs helper shared with `npm start`; no types needed for one call.
import { ensureElectronBinding } from '../electron-runtime.mjs';
import { projectDir } from '../seed';
import { copyDataDir } from './coreBench';

export interface ElectronFigures {
  /** Milliseconds from asking for the launch to main having its tray, one per launch. */
  trayReadyMs: number[];
  /** Milliseconds from a tray click to the window's `show` event, measured inside main. */
  showMs: number[];
  /** Working set of every process of the app, in kilobytes, after it sat idle with its window hidden. */
  idleKb: number;
  processes: number;
}

interface TestHook {
  trayReadyAt?: number;
  clickTray(): void;
}

async function trayReadyAt(app: ElectronApplication): Promise<number> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const at = await app.evaluate(() => (globalThis as { __reboundTest?: TestHook }).__reboundTest?.trayReadyAt);
    if (typeof at === 'number') return at;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('Rebound did not report its tray within 30 s');
}

/** The empty Electron app with a tray that Rebound is set beside (emptyTrayApp/main.mjs). */
export const emptyTrayApp = path.join(projectDir, 'scripts/bench/emptyTrayApp');

/** Launches one app (`appPath`: Rebound's project folder or the empty app) and reads its figures. */
async function launchOnce(
  binary: string,
  appPath: string,
  dataDir: string,
  options: { clicks: number; idleMs: number },
  full: boolean,
): Promise<ElectronFigures> {
  const figures: ElectronFigures = { trayReadyMs: [], showMs: [], idleKb: 0, processes: 0 };
  const started = Date.now();
  const app = await electron.launch({
    executablePath: binary,
    args: [appPath],
    env: { ...process.env, REBOUND_DATA_DIR: dataDir, REBOUND_E2E: '1' },
  });
  try {
    figures.trayReadyMs.push((await trayReadyAt(app)) - started);
    if (!full) return figures;
    for (let click = 0; click < options.clicks; click += 1) {
      figures.showMs.push(
        await app.evaluate(async ({ BrowserWindow }) => {
          const window = BrowserWindow.getAllWindows()[0];
          if (!window) throw new Error('no window');
          if (window.isVisible()) window.hide();
          const shown = new Promise<void>((resolve) => window.once('show', () => resolve()));
          const start = performance.now();
          (globalThis as { __reboundTest?: TestHook }).__reboundTest?.clickTray();
          await shown;
          return performance.now() - start;
        }),
      );
    }
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.hide());
    await new Promise((resolve) => setTimeout(resolve, options.idleMs));
    const metrics = await app.evaluate(({ app: electronApp }) => electronApp.getAppMetrics().map((metric) => metric.memory.workingSetSize));
    figures.idleKb = metrics.reduce((sum, kbytes) => sum + kbytes, 0);
    figures.processes = metrics.length;
    return figures;
  } finally {
    await app.close().catch(() => undefined);
  }
}

/**
 * Rebound on a copy of the seeded data and the empty tray app, launch by launch in turn (Rebound, empty,
 * Rebound, empty…), so both meet the same load; clicks and the idle working set on each one's first launch.
 */
export async function benchElectron(
  binary: string,
  seedFile: string,
  work: string,
  options: { launches: number; clicks: number; idleMs: number },
  log: (line: string) => void,
): Promise<{ rebound: ElectronFigures; empty: ElectronFigures }> {
  await (ensureElectronBinding as (log: (line: string) => void) => Promise<string>)(log);
  const rebound: ElectronFigures = { trayReadyMs: [], showMs: [], idleKb: 0, processes: 0 };
  const empty: ElectronFigures = { trayReadyMs: [], showMs: [], idleKb: 0, processes: 0 };
  const merge = (into: ElectronFigures, from: ElectronFigures) => {
    into.trayReadyMs.push(...from.trayReadyMs);
    into.showMs.push(...from.showMs);
    if (from.processes) Object.assign(into, { idleKb: from.idleKb, processes: from.processes });
  };
  for (let launch = 0; launch < options.launches; launch += 1) {
    const dataDir = copyDataDir(seedFile, path.join(work, `electron-${launch}`));
    try {
      merge(rebound, await launchOnce(binary, projectDir, dataDir, options, launch === 0));
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    const emptyDir = path.join(work, `electron-empty-${launch}`);
    fs.mkdirSync(emptyDir, { recursive: true });
    try {
      merge(empty, await launchOnce(binary, emptyTrayApp, emptyDir, options, launch === 0));
    } finally {
      fs.rmSync(emptyDir, { recursive: true, force: true });
    }
  }
  for (const [name, figures] of [
    ['Rebound', rebound],
    ['empty app', empty],
  ] as const) {
    log(
      `  ${name}: tray ready ${figures.trayReadyMs.map((value) => value.toFixed(0)).join(' ')} ms; show ${figures.showMs.map((value) => value.toFixed(1)).join(' ')} ms; ${figures.idleKb} KB over ${figures.processes} processes at idle`,
    );
  }
  return { rebound, empty };
}
