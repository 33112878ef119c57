import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { content } from '../../content';
import { addDaysTo, dayOf } from '../../electron/core/time/days';
import { recordAutoWin } from '../../electron/core/wins/recordAutoWin';
import type { Win, WinsPage } from '../../electron/core/wins/schema';
import { timelineRows, type TimelineRow } from '../../renderer/src/wins/timelineRows';
import { startHarness, type Harness } from '../harness/server';
import { launchChromium, screenshot, watchForOutsideRequests } from './support/browser';
import { rendererDir } from './support/harness';

// Thursday 12 March 2026, mid-afternoon: a fixed clock makes screenshots and brag sheets repeatable.
const now = () => new Date(2026, 2, 12, 15, 0, 0);
const today = dayOf(now());
const words = content.wins;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let outside: string[];
const opened: { harness: Harness; dir: string }[] = [];

async function harnessWith(seed?: (harness: Harness) => void): Promise<Harness> {
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error('The e2e tests drive the built renderer: run "npm run build" first (npm test does).');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-e2e-wins-'));
  const harness = await startHarness({ dataDir: dir, rendererDir, now });
  opened.push({ harness, dir });
  seed?.(harness);
  return harness;
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const { harness, dir } of opened) {
    await harness.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1100, height: 760 }, acceptDownloads: true });
  page = await context.newPage();
  outside = watchForOutsideRequests(page);
});

afterEach(async () => {
  await context.close();
  expect(outside).toEqual([]);
});

/** A few weeks of a believable search, some of it recorded automatically. */
function seedAFewWeeks(harness: Harness) {
  const { db } = harness.core;
  const at = now().toISOString();
  const application = db
    .prepare(
      "INSERT INTO applications (company, role, status, status_changed_at, created_at, updated_at) VALUES ('Northwind', 'Product designer', 'interviewing', ?, ?, ?)",
    )
    .run(at, at, at).lastInsertRowid;
  const insert = db.prepare(
    'INSERT INTO wins (kind, title, note, day, application_id, source_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const wins: [string, string, string, number, boolean][] = [
    ['applied', 'Applied to Northwind', '', -1, true],
    ['interview', 'First interview with Northwind', 'They asked about the onboarding redesign.', 0, true],
    ['networking', 'Coffee with Priya from the meetup', '', -2, false],
    ['learning', 'Finished the accessibility course', 'Certificate saved.', -3, false],
    ['followup', 'Followed up with Contoso', '', -6, false],
    ['task_done', 'Rewrote my resume summary', '', -7, true],
    ['feedback_asked', 'Asked Fabrikam for feedback', '', -9, false],
    ['personal', 'Long walk, phone off', '', -10, false],
    ['applied', 'Applied to Litware', '', -15, false],
    ['week_met', 'Hit every target this week', '', -18, true],
    ['applied', 'Applied to Adatum', '', -23, false],
    ['learning', 'Practised interview answers with Sam', '', -30, false],
  ];
  db.transaction(() => {
    wins.forEach(([kind, title, note, offset, auto], index) => {
      insert.run(
        kind,
        title,
        note,
        addDaysTo(today, offset),
        kind === 'applied' || kind === 'interview' ? application : null,
        auto ? `task:${index + 1}:done` : null,
        at,
      );
    });
  })();
}

describe('logging a win', () => {
  it('takes two interactions from the tray: type a title, press Enter; then celebrates and lists it', async () => {
    const harness = await harnessWith(seedAFewWeeks);
    await page.goto(`${harness.url}/#/today`);
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    // The tray's "Log a win…" item.
    harness.emit('nav:open', { view: 'wins', action: 'quick-log' });
    const title = page.getByLabel(words.view.title);
    await title.waitFor();
    await expect.poll(() => title.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('Sent my portfolio to Tailspin');
    await screenshot(page, 'wins-quick-log');
    await page.keyboard.press('Enter');

    const celebration = page.locator('.celebration');
    await celebration.getByRole('heading', { name: words.celebration.heading }).waitFor();
    const line = await celebration.locator('.celebration-line').textContent();
    expect([...(content.encouragement.byKind.custom ?? [])]).toContain(line);
    await page.waitForTimeout(1000);
    await screenshot(page, 'wins-celebration');
    await page.getByRole('article', { name: 'Sent my portfolio to Tailspin' }).waitFor();
    expect(harness.core.db.prepare("SELECT count(*) FROM wins WHERE title = 'Sent my portfolio to Tailspin'").pluck().get()).toBe(1);
  });

  it('celebrates without motion when the person asks for reduced motion', async () => {
    const harness = await harnessWith();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${harness.url}/#/wins?quick-log`);
    await page.getByLabel(words.view.title).fill('Asked for a referral');
    await page.keyboard.press('Enter');
    await page.locator('.celebration').getByRole('heading', { name: words.celebration.heading }).waitFor();
    const animations = await page.evaluate(() =>
      ['.celebration', '.trophy', '.spark'].map((selector) => getComputedStyle(document.querySelector(selector) as Element).animationName),
    );
    expect(animations).toEqual(['none', 'none', 'none']);
    expect(await page.locator('.celebration-line').textContent()).toBeTruthy();
  });

  it('refuses a win with no title and tells the person why', async () => {
    const harness = await harnessWith();
    await page.goto(`${harness.url}/#/wins?quick-log`);
    await page.getByLabel(words.view.title).waitFor();
    await page.keyboard.press('Enter');
    await page.getByText('Give your win a short title').waitFor();
    expect(harness.core.db.prepare('SELECT count(*) FROM wins').pluck().get()).toBe(0);
  });
});

describe('the wins view', () => {
  it('shows the week-grouped timeline, the numbers and the chart, light and dark', async () => {
    const harness = await harnessWith(seedAFewWeeks);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${harness.url}/#/wins`);
      await page.getByRole('article', { name: 'First interview with Northwind' }).waitFor();
      await expect.poll(() => page.getByText(words.timeline.recordedForYou).count()).toBeGreaterThan(0);
      expect(await page.getByRole('heading', { level: 3, name: 'Week of March 9, 2026' }).count()).toBe(1);
      await screenshot(page, `wins-timeline-${scheme}`);
    }
    await page.getByRole('img', { name: /Wins per week/ }).scrollIntoViewIfNeeded();
    await screenshot(page, 'wins-chart');
  });

  it('removes an automatic win with Undo from the keyboard, and a removed one is never recorded again', async () => {
    const harness = await harnessWith(seedAFewWeeks);
    await page.goto(`${harness.url}/#/wins`);
    const row = page.getByRole('article', { name: 'Rewrote my resume summary' });
    await row.getByRole('button', { name: /^Remove/ }).click();
    const undo = page.getByRole('button', { name: words.toast.undo });
    await expect.poll(() => undo.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await row.waitFor();
    await row.getByRole('button', { name: /^Remove/ }).click();
    await row.waitFor({ state: 'detached' });
    const sourceKey = harness.core.db
      .prepare("SELECT source_key FROM wins WHERE title = 'Rewrote my resume summary'")
      .pluck()
      .get() as string;
    const again = recordAutoWin(harness.core.db, { kind: 'task_done', title: 'Rewrote my resume summary', day: today, sourceKey });
    expect(again.created).toBe(false);
    await page.reload();
    await page.getByRole('article', { name: 'First interview with Northwind' }).waitFor();
    expect(await row.count()).toBe(0);
  });

  it('exports the brag sheet of a chosen period as Markdown, grouped by kind', async () => {
    const harness = await harnessWith(seedAFewWeeks);
    await page.goto(`${harness.url}/#/wins`);
    await page.getByLabel(words.brag.from, { exact: true }).fill(addDaysTo(today, -14));
    await page.getByLabel(words.brag.to, { exact: true }).fill(today);
    await page.getByText('8 wins in this period.').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: words.brag.download }).click()]);
    expect(download.suggestedFilename()).toBe(`rebound-wins-${addDaysTo(today, -14)}-to-${today}.md`);
    const markdown = fs.readFileSync(await download.path(), 'utf8');
    expect(markdown).toContain('# My wins, Feb 26, 2026 to Mar 12, 2026');
    expect(markdown).toContain('## Interviews (1)\n\n- **First interview with Northwind**, Mar 12, 2026 (Northwind, Product designer)');
    expect(markdown).toContain('  They asked about the onboarding redesign.');
    expect(markdown).toContain('## Networking (1)');
    expect(markdown).not.toContain('Applied to Litware');
    expect(markdown.indexOf('## Applications sent')).toBeLessThan(markdown.indexOf('## Interviews'));
  });
});

describe('10,000 wins', () => {
  const total = 10_000;

  function seedTenThousand(harness: Harness) {
    const insert = harness.core.db.prepare('INSERT INTO wins (kind, title, day, source_key, created_at) VALUES (?, ?, ?, ?, ?)');
    const kinds = ['applied', 'followup', 'networking', 'learning', 'task_done'];
    const at = now().toISOString();
    // Oldest first, so "Win 10000" is the newest; about seven a day for four years.
    harness.core.db.transaction(() => {
      for (let number = 1; number <= total; number += 1) {
        const day = addDaysTo(today, -Math.floor((total - number) / 7));
        insert.run(kinds[number % kinds.length], `Win ${number}`, day, number % 5 === 4 ? `task:${number}:done` : null, at);
      }
    })();
  }

  async function expectedRows(harness: Harness): Promise<TimelineRow[]> {
    const wins: Win[] = [];
    let cursor: WinsPage['nextCursor'] = null;
    do {
      const result = await harness.core.dispatch('wins:list', { cursor }, { url: `${harness.url}/`, isMainFrame: true });
      if (!result.ok) throw new Error(result.error.message);
      const data = result.data as WinsPage;
      wins.push(...data.items);
      cursor = data.nextCursor;
    } while (cursor);
    return timelineRows(wins);
  }

  /** The rows on screen agree with the data at their positions. */
  async function checkVisibleRows(rows: TimelineRow[]) {
    const shown = await page.$$eval('.timeline-list > li[data-index]', (items) =>
      items.map((item) => ({
        index: Number((item as HTMLElement).dataset.index),
        text: item.querySelector('.win-title, .week-heading')?.textContent ?? '',
      })),
    );
    expect(shown.length).toBeGreaterThan(5);
    for (const { index, text } of shown) {
      const row = rows[index];
      if (!row) continue; // the "loading more" row
      if (row.type === 'win') expect(text).toBe(row.win.title);
      else expect(text).toMatch(/^Week of /);
    }
    return shown;
  }

  const nodeCount = () => page.evaluate(() => document.querySelectorAll('*').length);

  it('keeps the page under 1,400 elements while scrolling to the middle and the end', async () => {
    const harness = await harnessWith(seedTenThousand);
    const rows = await expectedRows(harness);
    expect(rows.filter((row) => row.type === 'win')).toHaveLength(total);

    await page.goto(`${harness.url}/#/wins`);
    await page.getByRole('article', { name: 'Win 10000' }).waitFor();
    await page.getByText('10,000 wins').first().waitFor();
    expect(await nodeCount()).toBeLessThan(1400);
    await checkVisibleRows(rows);

    const scroller = page.locator('.timeline-scroll');
    // Scroll down page by page of data until every win is loaded: keyset pages arrive in order.
    for (let step = 0; step < 80; step += 1) {
      await scroller.evaluate((element) => {
        element.scrollTop = element.scrollHeight;
      });
      await page.waitForTimeout(60);
      if (
        (await page.locator('.loading-row').count()) === 0 &&
        (await page.getByRole('article', { name: 'Win 1', exact: true }).count()) === 1
      )
        break;
    }
    await page.getByRole('article', { name: 'Win 1', exact: true }).waitFor();
    expect(await nodeCount()).toBeLessThan(1400);
    const atEnd = await checkVisibleRows(rows);
    expect(Math.max(...atEnd.map((row) => row.index))).toBe(rows.length - 1);

    await scroller.evaluate((element) => {
      element.scrollTop = element.scrollHeight / 2 - element.clientHeight / 2;
    });
    await expect
      .poll(async () => {
        const shown = await page.$$eval('.timeline-list > li[data-index]', (items) =>
          items.map((item) => Number((item as HTMLElement).dataset.index)),
        );
        return Math.abs((shown[Math.floor(shown.length / 2)] ?? 0) - rows.length / 2) < rows.length * 0.05;
      })
      .toBe(true);
    const middle = await checkVisibleRows(rows);
    expect(middle.some(({ text }) => /^Win 5\d{3}$|^Win 4\d{3}$/.test(text))).toBe(true);
    expect(await nodeCount()).toBeLessThan(1400);
    await screenshot(page, 'wins-ten-thousand');
  }, 120_000);
});
