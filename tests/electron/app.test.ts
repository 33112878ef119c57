import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { ReboundApi } from '../../electron/core/ipc/api';
// @ts-expect-error -- a plain .mjs helper shared with `npm start`; no types needed for one call.
import { electronBinary } from '../../scripts/electron-runtime.mjs';
import { mustRunElectron } from './display';

/*
 * The real Electron suite: runs only where node_modules/electron has its
 * binary (a developer's online machine, the workflow). Everything else about
 * main is shown by the pure tests and the simulation (tests/simulation),
 * neither of which is an Electron run. globalSetup.ts prepares the screen,
 * the Electron build of better-sqlite3 and the bundles.
 */
const projectDir = path.resolve(import.meta.dirname, '../..');
const binary = (electronBinary as () => string | null)();
const title = binary
  ? 'Electron end-to-end'
  : 'Electron end-to-end (skipped: no Electron binary on this machine; runs where node_modules/electron has one)';

if (!binary) console.log(`skipped: no Electron binary — ${title}`);

interface TestHooks {
  trayReadyAt: number;
  trayTooltip(): string;
  clickTray(): void;
  clickNotification(nav: { view: string; action?: string }): boolean;
  outboundRequests(): string[];
  importWorkers(): string[];
}

let app: ElectronApplication | null = null;
let second: ElectronApplication | null = null;
let dataDir = '';

afterEach(async () => {
  // Every run ends by checking the promise that nothing left the computer (dictionaries included).
  const outbound = await app
    ?.evaluate(() => (globalThis as { __reboundTest?: TestHooks }).__reboundTest?.outboundRequests() ?? [])
    .catch(() => [] as string[]);
  await second?.close().catch(() => undefined);
  await app?.close().catch(() => undefined);
  app = null;
  second = null;
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  expect(outbound ?? []).toEqual([]);
});

function environment(extra: Record<string, string> = {}): Record<string, string> {
  const display = inject('electronDisplay');
  return {
    ...(process.env as Record<string, string>),
    ...(display ? { DISPLAY: display } : {}),
    REBOUND_DATA_DIR: dataDir,
    REBOUND_E2E: '1',
    ...extra,
  };
}

async function launch(extraArgs: string[] = []): Promise<ElectronApplication> {
  if (!fs.existsSync(path.join(projectDir, 'out/main/index.js'))) execFileSync('npx', ['electron-vite', 'build'], { cwd: projectDir });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-electron-'));
  return electron.launch({ executablePath: binary as string, args: [projectDir, ...extraArgs], env: environment() });
}

const hooks = (target: ElectronApplication) => ({
  tooltip: () => target.evaluate(() => (globalThis as { __reboundTest?: TestHooks }).__reboundTest?.trayTooltip()),
  visible: () => target.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((window) => window.isVisible())),
});

async function firstPage(target: ElectronApplication): Promise<Page> {
  const page = await target.firstWindow();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return page;
}

describe.runIf(!binary && mustRunElectron(process.env))('Electron end-to-end (required here)', () => {
  it('has an Electron binary, because REBOUND_REQUIRE_ELECTRON=1 turns the skip into a failure', () => {
    expect(binary, 'node_modules/electron has no binary; run "node node_modules/electron/install.js"').not.toBeNull();
  });
});

describe.skipIf(!binary)(title, () => {
  it('launches to a ready tray whose tooltip says Rebound', async () => {
    app = await launch();
    await firstPage(app);
    await expect.poll(() => hooks(app as ElectronApplication).tooltip()).toMatch(/^Rebound/);
  });

  it('shows the window on a launch by hand', async () => {
    app = await launch();
    await firstPage(app);
    await expect.poll(() => hooks(app as ElectronApplication).visible()).toEqual([true]);
  });

  it('keeps the window hidden on a launch at login (--hidden), and shows it from the tray', async () => {
    app = await launch(['--hidden']);
    const page = await firstPage(app);
    expect(await hooks(app).visible()).toEqual([false]);
    await app.evaluate(() => (globalThis as { __reboundTest?: TestHooks }).__reboundTest?.clickTray());
    await expect.poll(() => hooks(app as ElectronApplication).visible()).toEqual([true]);
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    await expect.poll(() => hooks(app as ElectronApplication).visible()).toEqual([false]);
  });

  it('shows the running window when launched a second time', async () => {
    app = await launch(['--hidden']);
    await firstPage(app);
    expect(await hooks(app).visible()).toEqual([false]);
    // The second instance loses the single-instance lock and quits; the first hears second-instance.
    second = await electron.launch({ executablePath: binary as string, args: [projectDir], env: environment() }).catch(() => null);
    await expect.poll(() => hooks(app as ElectronApplication).visible()).toEqual([true]);
  });

  it('opens the view a reminder notification points to, even when clicked while the page is still loading', async () => {
    app = await launch(['--hidden']);
    // Clicked before the first window is awaited: main holds the view until the page says it listens.
    const shown = await app.evaluate(() =>
      (globalThis as { __reboundTest?: TestHooks }).__reboundTest?.clickNotification({ view: 'wins', action: 'quick-log' }),
    );
    const page = await app.firstWindow();
    // A desktop without a notification service (Notification.isSupported() false) shows nothing to click.
    if (!shown) return;
    await expect.poll(() => hooks(app as ElectronApplication).visible()).toEqual([true]);
    await page.getByRole('heading', { level: 1, name: 'Wins' }).waitFor();
  });

  it('lets the page write a note to the system clipboard, as Copy note does', async () => {
    app = await launch();
    const page = await firstPage(app);
    await page.bringToFront();
    const note = 'Thanks for letting me know. Is there anything that would help me next time?';
    await page.evaluate((text) => navigator.clipboard.writeText(text), note);
    await expect.poll(() => app?.evaluate(({ clipboard }) => clipboard.readText())).toBe(note);
  });

  it('imports a small CSV through the real app: the write runs in the import worker (out/main/importWorker.js), the rows arrive', async () => {
    app = await launch();
    const page = await firstPage(app);
    const rows = 1_200;
    const lines = Array.from(
      { length: rows },
      (_, index) => `"1/${(index % 28) + 1}/25, 9:00 AM",,,Company ${index + 1},Role ${index + 1},,,`,
    );
    const file = {
      name: 'Job Applications.csv',
      text:
        'Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers\n' +
        lines.join('\n') +
        '\n',
    };
    // Through window.rebound, as the Import view calls it: progress heard on imports:progress, then the list.
    const seen = await page.evaluate(async (input) => {
      const rebound = (window as unknown as { rebound: ReboundApi }).rebound;
      const writing: number[] = [];
      const stop = rebound.on['imports:progress']((progress) => {
        if (progress.phase === 'writing') writing.push(progress.rows);
      });
      const applied = await rebound.imports.apply(input);
      stop();
      const list = await rebound.applications.list({});
      return { applied, writing, total: list.ok ? list.data.total : null };
    }, file);
    expect(seen.applied).toEqual({ ok: true, data: { added: rows, alreadyTracked: 0, refused: 0, contacts: 0 } });
    expect(seen.writing).toEqual([0, 1000, rows]);
    expect(seen.total).toBe(rows);
    // The one write ran in the worker thread, started from the built file beside main's index.js (this suite
    // runs the unpacked project, so out/, not the packaged app's asar).
    const started = await app.evaluate(() => (globalThis as { __reboundTest?: TestHooks }).__reboundTest?.importWorkers());
    expect(started).toEqual([path.join(projectDir, 'out/main/importWorker.js')]);
  });

  it('writes its log in the data folder', async () => {
    app = await launch();
    await firstPage(app);
    await expect.poll(() => fs.existsSync(path.join(dataDir, 'logs', 'main.log'))).toBe(true);
  });
});
