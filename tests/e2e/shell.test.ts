import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import { screenshot } from './support/browser';
import { e2eSession } from './support/session';

const s = e2eSession('shell', { width: 1100, height: 760 });

const views = ['today', 'reflect', 'plan', 'wins', 'settings'] as const;

describe('the shell in Chromium over the real core', () => {
  it('visits every view, shows its empty state, and saves light and dark screenshots', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await s.page.emulateMedia({ colorScheme: scheme });
      await s.page.goto(`${s.harness.url}/#/today`);
      for (const view of views) {
        await s.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: content.views[view].title }).click();
        await expect.poll(() => s.page.getByRole('heading', { level: 1 }).textContent()).toBe(content.views[view].title);
        if (view !== 'settings') {
          await s.page.getByRole('heading', { level: 2, name: content.views[view].emptyTitle }).waitFor();
        }
        const background = await s.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(background).toBe(scheme === 'dark' ? 'rgb(20, 26, 28)' : 'rgb(247, 244, 239)');
        await screenshot(s.page, `${view}-${scheme}`);
      }
    }
  });

  it('keeps a saved setting through a reload and a restart of the app', async () => {
    await s.page.goto(`${s.harness.url}/#/settings`);
    const apply = s.page.getByLabel('Applications');
    await apply.fill('9');
    await apply.press('Tab');
    await s.page.getByRole('form', { name: 'Your week' }).getByText('Saved', { exact: true }).waitFor();
    await s.page.reload();
    await expect.poll(() => s.page.getByLabel('Applications').inputValue()).toBe('9');

    await s.restart();
    await s.page.goto(`${s.harness.url}/#/settings`);
    await expect.poll(() => s.page.getByLabel('Applications').inputValue()).toBe('9');
  });

  it('refuses a bad value beside its field and keeps what was saved', async () => {
    await s.page.goto(`${s.harness.url}/#/settings`);
    await s.page.getByLabel('Applications').fill('-4');
    await s.page.getByLabel('Applications').press('Tab');
    await s.page.getByText('A target cannot be negative.').waitFor();
    await s.page.reload();
    await expect.poll(() => s.page.getByLabel('Applications').inputValue()).not.toBe('-4');
  });

  it('opens the view a tray item asks for', async () => {
    await s.page.goto(`${s.harness.url}/#/today`);
    await s.page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    s.harness.emit('nav:open', { view: 'wins', action: 'quick-log' });
    await s.page.getByRole('heading', { level: 1, name: 'Wins' }).waitFor();
  });

  it('works from the keyboard alone', async () => {
    await s.page.goto(`${s.harness.url}/#/today`);
    await s.page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await s.page.keyboard.press('Tab');
    expect(await s.page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await s.page.keyboard.press('Tab');
    await s.page.keyboard.press('Tab');
    expect(await s.page.evaluate(() => document.activeElement?.textContent)).toBe('Reflect');
    await s.page.keyboard.press('Enter');
    await s.page.getByRole('heading', { level: 1, name: 'Reflect' }).waitFor();
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.id)).toBe('view-title');
  });
});

describe('the Content-Security-Policy in a real browser', () => {
  it('blocks injected inline script, eval, and remote fetches and images', async () => {
    await s.page.goto(`${s.harness.url}/#/today`);
    await s.page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    const outcome = await s.page.evaluate(async () => {
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
      // Violation reports arrive as queued events: wait for all four kinds (up to 10 s on a busy
      // machine), rather than a fixed 50 ms that a loaded CPU can overrun.
      const expected = ['script-src-elem', 'script-src', 'connect-src', 'img-src'];
      for (let waited = 0; waited < 10_000 && !expected.every((kind) => violations.includes(kind)); waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
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
