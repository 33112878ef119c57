// The Electron side of `npm run bench`, for machines that have the Electron binary (this one does not:
// there the bench prints that these figures need it). Launches the built app through Playwright on a
// copy of the 10-year data, the way tests/electron/app.test.ts does, and reads from main itself:
// launch to tray ready, tray click to window shown, and the memory of all its processes at idle.
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

export async function benchElectron(
  binary: string,
  seedFile: string,
  work: string,
  options: { launches: number; clicks: number; idleMs: number },
  log: (line: string) => void,
): Promise<ElectronFigures> {
  await (ensureElectronBinding as (log: (line: string) => void) => Promise<string>)(log);
  const trayReadyMs: number[] = [];
  const showMs: number[] = [];
  let idleKb = 0;
  let processes = 0;
  for (let launch = 0; launch < options.launches; launch += 1) {
    const dataDir = copyDataDir(seedFile, path.join(work, `electron-${launch}`));
    const started = Date.now();
    const app = await electron.launch({
      executablePath: binary,
      args: [projectDir],
      env: { ...process.env, REBOUND_DATA_DIR: dataDir, REBOUND_E2E: '1' },
    });
    try {
      trayReadyMs.push((await trayReadyAt(app)) - started);
      if (launch > 0) continue;
      // Clicks on the first launch only: each one from a hidden window to its `show` event.
      for (let click = 0; click < options.clicks; click += 1) {
        showMs.push(
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
      const metrics = await app.evaluate(({ app: electronApp }) =>
        electronApp.getAppMetrics().map((metric) => metric.memory.workingSetSize),
      );
      idleKb = metrics.reduce((sum, kbytes) => sum + kbytes, 0);
      processes = metrics.length;
    } finally {
      await app.close().catch(() => undefined);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  log(`  Electron: tray ready ${trayReadyMs.map((value) => value.toFixed(0)).join(' ')} ms; show ${showMs.map((value) => value.toFixed(1)).join(' ')} ms; ${idleKb} KB over ${processes} processes at idle`);
  return { trayReadyMs, showMs, idleKb, processes };
}
