import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import { e2eSession } from './support/session';

const s = e2eSession('first-chunk');

/** A locale's words are one chunk (locale-en-….js, locale-de-….js), English's as each translation's. */
const isCatalogue = (url: URL) => /\/assets\/locale-[\w-]+\.js$/.test(url.pathname);

describe('the first chunk, the locale and the first view in Chromium', () => {
  it("asks for the first view's files while the locale's words are held back, and shows the view once they are in", async () => {
    let viewAsked = () => {};
    const viewRequested = new Promise<void>((resolve) => (viewAsked = resolve));
    const requested: string[] = [];
    s.page.on('request', (request) => {
      const file = new URL(request.url()).pathname.split('/').pop() ?? '';
      requested.push(file);
      if (/^WinsView-[\w-]+\.js$/.test(file)) viewAsked();
    });
    // Every catalogue chunk waits until the view's own file was asked for: were the view fetched only
    // after the words (no early fetch), nothing would ever let them through and the heading never came.
    let held = 0;
    await s.page.route(isCatalogue, async (route) => {
      held += 1;
      await viewRequested;
      await route.continue();
    });

    await s.page.goto(`${s.harness.url}/#/wins`);
    await s.page.getByRole('heading', { level: 1, name: content.views.wins.title }).waitFor({ timeout: 20_000 });
    expect(held).toBeGreaterThan(0);
    expect(requested.some((file) => /^WinsView-[\w-]+\.js$/.test(file))).toBe(true);
  });

  it("fetches each of the first view's files once, its styles included", async () => {
    const asked: string[] = [];
    s.page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/assets/')) asked.push(url.pathname);
    });
    await s.page.goto(`${s.harness.url}/#/today`);
    await s.page.getByRole('heading', { level: 1, name: content.views.today.title }).waitFor({ timeout: 20_000 });
    // The build's loader adds each style of a view before it runs the view, so by its heading all were asked.
    expect(asked.some((file) => /\/TodayView-[\w-]+\.css$/.test(file))).toBe(true);
    expect(asked.filter((file, i) => asked.indexOf(file) !== i)).toEqual([]);
  });
});
