import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setWeekTargets } from '../../electron/core/planner/weekTargets';
import { defaultSettings } from '../../electron/core/settings/schema';
import type { Harness } from '../harness/server';
import { launchChromium, screenshot, watchForOutsideRequests } from './support/browser';
import { startBuiltHarness } from './support/harness';

let browser: Browser;
let harness: Harness;
let dataDir: string;
let context: BrowserContext;
let page: Page;
let outside: string[];

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-e2e-companion-'));
  harness = await startBuiltHarness(dataDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1040, height: 720 } });
  page = await context.newPage();
  outside = watchForOutsideRequests(page);
});

afterEach(async () => {
  await context.close();
  expect(outside).toEqual([]);
});

const remindersForm = () => page.getByRole('form', { name: 'Reminders' });

describe('the companion settings in Chromium over the real core', () => {
  it('shows the reminders, refuses a time that is not a time beside its field, and saves a good one', async () => {
    await page.goto(`${harness.url}/#/settings`);
    await remindersForm().scrollIntoViewIfNeeded();
    const time = remindersForm().getByLabel('Time').first();
    await time.fill('9.75');
    await remindersForm().getByRole('button', { name: 'Save reminders' }).click();
    await remindersForm().getByText(/Use a time like 09:00/).first().waitFor();
    expect(await time.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'companion-reminders-error');
    await time.fill('08:45');
    await remindersForm().getByRole('button', { name: 'Save reminders' }).click();
    await remindersForm().getByText('Saved.').waitFor();
    expect(harness.core.settings.get().reminders.weeklyPlanning.time).toBe('08:45');
    await remindersForm().getByRole('heading', { name: 'Reminders' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'companion-reminders-light');
    await page.getByRole('button', { name: 'Save shortcut' }).scrollIntoViewIfNeeded();
    await page.getByLabel('Keys').fill('Shift+W');
    await page.getByRole('button', { name: 'Save shortcut' }).click();
    await page.getByText(/so the shortcut never gets in the way of typing/).waitFor();
    await screenshot(page, 'companion-startup-light');
  });

  it('pauses and resumes, and offers launch at login once a week is planned (light and dark)', async () => {
    setWeekTargets(harness.core.db, '2026-11-23', {}, defaultSettings.targets);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${harness.url}/#/settings`);
      const offer = page.getByRole('region', { name: 'Want Rebound to start with your computer?' });
      await offer.waitFor();
      await offer.scrollIntoViewIfNeeded();
      await screenshot(page, `companion-settings-${scheme}`);
    }
    await page.getByRole('button', { name: 'Pause until tomorrow' }).click();
    await page.getByText(/Reminders are paused until/).waitFor();
    await page.getByRole('button', { name: 'Resume now' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'companion-paused-dark');
    await page.getByRole('button', { name: 'Resume now' }).click();
    await page.getByText(/Next up:/).waitFor();
    await page.getByRole('button', { name: 'No thanks' }).click();
    await expect.poll(() => page.getByRole('region', { name: /start with your computer/ }).count()).toBe(0);
  });

  it('opens the quick win log when a notification click (or the shortcut) sends nav:open', async () => {
    await page.goto(`${harness.url}/#/today`);
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    harness.emit('nav:open', { view: 'wins', action: 'quick-log' });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Wins');
  });
});
