import { afterAll, describe, expect, it } from 'vitest';
import { content } from '../../content';
import { screenshot } from './support/browser';
import { e2eSession } from './support/session';

// The smallest window Rebound allows: where longer words overflow first.
const s = e2eSession('pseudo-locales', { width: 720, height: 520 });

const views = ['today', 'reflect', 'plan', 'wins', 'settings'] as const;

/** Core (in this process) speaks the locale now, and the page reloads in it, as after the Language setting. */
async function speak(language: 'en-XA' | 'ar-XB' | 'system') {
  s.harness.core.settings.update({ language });
  await s.page.goto(`${s.harness.url}/#/today`);
  await s.page.reload();
}

afterAll(() => {
  s.harness?.core.settings.update({ language: 'system' });
});

describe('the pseudo-locales in Chromium at 720×520', () => {
  it.each([
    ['en-XA', 'ltr'],
    ['ar-XB', 'rtl'],
  ] as const)('%s: every view in its words, lang and dir set, nothing wider than the window', async (tag, dir) => {
    await speak(tag);
    await expect.poll(() => s.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([tag, dir]);
    for (const scheme of ['light', 'dark'] as const) {
      await s.page.emulateMedia({ colorScheme: scheme });
      for (const view of views) {
        await s.page.goto(`${s.harness.url}/#/${view}`);
        // The test's own content tree is the one core wrote the pseudo-locale into: the page must show the same words.
        await expect.poll(() => s.page.getByRole('heading', { level: 1 }).textContent()).toBe(content.views[view].title);
        const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${tag} ${view}: wider than the window by ${overflow}px`).toBeLessThanOrEqual(0);
        await screenshot(s.page, `pseudo-${tag}-${view}-${scheme}`);
      }
    }
    await speak('system');
  });
});
