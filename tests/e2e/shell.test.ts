import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { content } from '../../content';
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
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-e2e-'));
  harness = await startBuiltHarness(dataDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1100, height: 760 } });
  page = await context.newPage();
  outside = watchForOutsideRequests(page);
});

afterEach(async () => {
  await context.close();
  // Privacy: nothing in any of these sessions left the machine.
  expect(outside).toEqual([]);
});

const views = ['today', 'reflect', 'plan', 'wins', 'settings'] as const;

describe('the shell in Chromium over the real core', () => {
  it('visits every view, shows its empty state, and saves light and dark screenshots', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${harness.url}/#/today`);
      for (const view of views) {
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: content.views[view].title }).click();
        await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(content.views[view].title);
        if (view !== 'settings') {
          await page.getByRole('heading', { level: 2, name: content.views[view].emptyTitle }).waitFor();
        }
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(background).toBe(scheme === 'dark' ? 'rgb(20, 26, 28)' : 'rgb(247, 244, 239)');
        await screenshot(page, `${view}-${scheme}`);
      }
    }
  });

  it('keeps a saved setting through a reload and a restart of the app', async () => {
    await page.goto(`${harness.url}/#/settings`);
    const apply = page.getByLabel('Applications');
    await apply.fill('9');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Saved.').waitFor();
    await page.reload();
    await expect.poll(() => page.getByLabel('Applications').inputValue()).toBe('9');

    await harness.close();
    harness = await startBuiltHarness(dataDir);
    await page.goto(`${harness.url}/#/settings`);
    await expect.poll(() => page.getByLabel('Applications').inputValue()).toBe('9');
  });

  it('refuses a bad value beside its field and keeps what was saved', async () => {
    await page.goto(`${harness.url}/#/settings`);
    await page.getByLabel('Applications').fill('-4');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('A target cannot be negative.').waitFor();
    await page.reload();
    await expect.poll(() => page.getByLabel('Applications').inputValue()).not.toBe('-4');
  });

  it('opens the view a tray item asks for', async () => {
    await page.goto(`${harness.url}/#/today`);
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    harness.emit('nav:open', { view: 'wins', action: 'quick-log' });
    await page.getByRole('heading', { level: 1, name: 'Wins' }).waitFor();
  });

  it('works from the keyboard alone', async () => {
    await page.goto(`${harness.url}/#/today`);
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Reflect');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Reflect' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('view-title');
  });
});

describe('the Content-Security-Policy in a real browser', () => {
  it('blocks injected inline script, eval, and remote fetches and images', async () => {
    await page.goto(`${harness.url}/#/today`);
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      const probe = document.createElement('script');
      probe.src = '/__harness/csp-probe.js';
      await new Promise((resolve) => {
        probe.onload = resolve;
        document.body.append(probe);
      });
      const { evalRan, functionRan } = (window as unknown as { __cspProbe: { evalRan: boolean; functionRan: boolean } }).__cspProbe;
      let fetchBlocked = false;
      try {
        await fetch('https://example.com/track');
      } catch {
        fetchBlocked = true;
      }
      const imageBlocked = await new Promise<boolean>((resolve) => {
        const image = new Image();
        image.onload = () => resolve(false);
        image.onerror = () => resolve(true);
        image.src = 'https://example.com/pixel.png';
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      return {
        inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
        evalRan,
        functionRan,
        fetchBlocked,
        imageBlocked,
        violations,
      };
    });
    expect(outcome.inlineRan).toBe(false);
    expect(outcome.evalRan).toBe(false);
    expect(outcome.functionRan).toBe(false);
    expect(outcome.fetchBlocked).toBe(true);
    expect(outcome.imageBlocked).toBe(true);
    expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'script-src', 'connect-src', 'img-src']));
  });
});
