import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs helper shared with `npm start`; no types needed for three calls.
import { electronBinary, electronSuitePlan, ensureElectronBinding } from '../../scripts/electron-runtime.mjs';

const projectDir = path.resolve(import.meta.dirname, '../..');
const binary = (electronBinary as () => string | null)();
const plan = (electronSuitePlan as (input: { binary: string | null; env: NodeJS.ProcessEnv }) => { failure: string | null })({
  binary,
  env: process.env,
});

// The desktop workflow sets REBOUND_REQUIRE_ELECTRON=1: there a missing binary fails instead of skipping.
describe.runIf(plan.failure)('Electron is required here', () => {
  it('has the Electron binary', () => {
    expect.fail(plan.failure ?? '');
  });
});

const title = binary
  ? 'Electron end-to-end'
  : 'Electron end-to-end (skipped: no Electron binary on this machine; runs where node_modules/electron has one)';

if (!binary) console.log(`skipped: no Electron binary — ${title}`);

let app: ElectronApplication | null = null;
let dataDir = '';

afterEach(async () => {
  await app?.close().catch(() => undefined);
  app = null;
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

async function launch(): Promise<ElectronApplication> {
  await (ensureElectronBinding as () => Promise<string>)();
  if (!fs.existsSync(path.join(projectDir, 'out/main/index.js'))) execFileSync('npx', ['electron-vite', 'build'], { cwd: projectDir });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-electron-'));
  return electron.launch({
    executablePath: binary as string,
    args: [projectDir],
    env: { ...process.env, REBOUND_DATA_DIR: dataDir, REBOUND_E2E: '1' },
  });
}

describe.skipIf(!binary)(title, () => {
  it('starts with no visible window and a tray icon whose tooltip says Rebound', async () => {
    app = await launch();
    await app.firstWindow();
    const windows = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.isVisible()));
    expect(windows).toEqual([false]);
    const tray = await app.evaluate(() => (globalThis as { __reboundTest?: { trayTooltip(): string } }).__reboundTest?.trayTooltip());
    expect(tray).toBe('Rebound');
  });

  it('shows and hides the window from the tray, and hides instead of closing', async () => {
    app = await launch();
    const page = await app.firstWindow();
    await app.evaluate(() => (globalThis as { __reboundTest?: { clickTray(): void } }).__reboundTest?.clickTray());
    await expect.poll(() => app?.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible())).toBe(true);
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    await expect.poll(() => app?.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.isVisible()))).toEqual([false]);
  });

  it('focuses the running instance when launched a second time', async () => {
    app = await launch();
    await app.firstWindow();
    const second = await electron.launch({
      executablePath: binary as string,
      args: [projectDir],
      env: { ...process.env, REBOUND_DATA_DIR: dataDir },
    }).catch(() => null);
    await second?.close().catch(() => undefined);
    await expect.poll(() => app?.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible())).toBe(true);
  });

  it('opens the view a reminder notification points to when the notification is clicked', async () => {
    app = await launch();
    const page = await app.firstWindow();
    const shown = await app.evaluate(() =>
      (globalThis as { __reboundTest?: { clickNotification(nav: { view: string; action?: string }): boolean } }).__reboundTest?.clickNotification({
        view: 'wins',
        action: 'quick-log',
      }),
    );
    // A desktop without a notification service (Notification.isSupported() false) shows nothing to click.
    if (!shown) return;
    await expect.poll(() => app?.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible())).toBe(true);
    await page.getByRole('heading', { level: 1, name: 'Wins' }).waitFor();
  });
});
