import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { content, fillTemplate } from '../../content';
import { busiestPerson } from '../../scripts/bench/domBudget';
import type { Harness } from '../harness/server';
import { launchChromium, screenshot, watchForOutsideRequests } from './support/browser';
import { startTenYears, tenYearsSetupTimeout } from './support/tenYears';

/**
 * Ten years of heavy use (`npm run seed -- --years 10`: 20,000 applications,
 * 55,590 wins), at the window's usual size and at its minimum, light and
 * dark: Today groups its long lists with one action for each, and Wins shows
 * the person's words whole. The seeded file is made once and kept in .cache/.
 */

const sizes = [
  { name: 'wide', width: 1040, height: 720 },
  { name: 'small', width: 720, height: 520 },
] as const;
const today = content.planner.today;
const domBudget = 1400;

let browser: Browser;
let harness: Harness;
let dataDir: string;

beforeAll(async () => {
  ({ harness, dataDir } = await startTenYears('ten-years'));
  browser = await launchChromium();
}, tenYearsSetupTimeout);

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

async function openPage(size: (typeof sizes)[number], hash: string): Promise<{ context: BrowserContext; page: Page; outside: string[] }> {
  const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
  const page = await context.newPage();
  const outside = watchForOutsideRequests(page);
  await page.goto(`${harness.url}/${hash}`);
  return { context, page, outside };
}

/** A content template ("Show all {count} due") as a pattern that any number fills. */
const templatePattern = (template: string) =>
  new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[a-z]+\}/gi, '[\\d,.]+')}$`);
const pageShowing = (first: number, last: number, total: number) =>
  fillTemplate(today.pageShowing, { first: String(first), last: String(last), total: String(total) });

const elementCount = (page: Page) => page.evaluate(() => document.querySelectorAll('*').length);

async function bothThemes(page: Page, name: string) {
  await page.emulateMedia({ colorScheme: 'light' });
  await screenshot(page, `${name}-light`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, `${name}-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

describe("An application's details at ten years", () => {
  for (const size of sizes) {
    it(`shows a long posting inside the side panel, the panel at full height (${size.name})`, { timeout: 60_000 }, async () => {
      // The newest application that carries a posting (half of the seed's do, 2.8 KB on average).
      const app = harness.core.db
        .prepare("SELECT id, company, length(posting) AS chars FROM applications WHERE posting <> '' ORDER BY id DESC LIMIT 1")
        .get() as { id: number; company: string; chars: number };
      expect(app.chars).toBeGreaterThan(1000);
      const { context, page, outside } = await openPage(size, `#/plan?application-${app.id}`);
      const panel = page.getByRole('dialog', { name: app.company });
      await panel.waitFor();
      const posting = panel.getByLabel(content.planner.details.postingLabel);
      await posting.scrollIntoViewIfNeeded();
      expect((await posting.inputValue()).length).toBe(app.chars);
      // Nothing is wider than the window: the posting wraps inside the panel.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      const box = await panel.boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(size.height - 1);
      expect(await elementCount(page)).toBeLessThan(domBudget);
      await bothThemes(page, `application-posting-ten-years-${size.name}`);
      await context.close();
      expect(outside).toEqual([]);
    });
  }
});

describe('Today at ten years', () => {
  for (const size of sizes) {
    it(
      `groups the follow-ups due and the quiet applications, each with one action for all (${size.name})`,
      { timeout: 60_000 },
      async () => {
        const { context, page, outside } = await openPage(size, '#/today');
        const due = page.getByRole('list', { name: today.dueHeading });
        await due.waitFor();
        expect(await due.getByRole('listitem').count()).toBe(5);
        const dueCount = Number(
          /\d+/.exec((await page.getByRole('button', { name: /^Snooze all \d+ by a week$/ }).textContent()) ?? '')?.[0],
        );
        expect(dueCount).toBeGreaterThan(100);
        const quiet = page.getByRole('list', { name: today.quietHeading });
        expect(await quiet.getByRole('listitem').count()).toBe(5);
        await page.getByRole('button', { name: /^Close all \d+ as no reply$/ }).waitFor();
        // Every follow-up has Sent and Snooze beside it.
        expect(await due.getByRole('button', { name: /^Snooze the follow-up to / }).count()).toBe(5);
        expect(await elementCount(page)).toBeLessThan(domBudget);
        await bothThemes(page, `today-ten-years-${size.name}`);
        await context.close();
        expect(outside).toEqual([]);
      },
    );
  }

  it('opens both long lists with "Show all" a page at a time, and stays inside the element budget', { timeout: 60_000 }, async () => {
    const { context, page, outside } = await openPage(sizes[0], '#/today');
    const lists = [
      { heading: today.dueHeading, showAll: today.showAllDue },
      { heading: today.quietHeading, showAll: today.showAllQuiet },
    ];
    const pageSize = 20;
    for (const list of lists) {
      const items = page.getByRole('list', { name: list.heading }).getByRole('listitem');
      await items.first().waitFor();
      const showAll = page.getByRole('button', { name: templatePattern(list.showAll) });
      const total = Number(/\d+/.exec((await showAll.textContent()) ?? '')?.[0]);
      expect(total).toBeGreaterThan(pageSize * 2);
      await showAll.click();
      const pages = page.getByRole('group', { name: list.heading });
      await pages
        .getByRole('status')
        .filter({ hasText: pageShowing(1, pageSize, total) })
        .waitFor();
      expect(await items.count()).toBe(pageSize);
      expect(await elementCount(page)).toBeLessThan(domBudget);
      await pages.getByRole('button', { name: fillTemplate(today.nextPage, { count: String(pageSize) }) }).click();
      await pages
        .getByRole('status')
        .filter({ hasText: pageShowing(pageSize + 1, pageSize * 2, total) })
        .waitFor();
      expect(await items.count()).toBe(pageSize);
    }
    // Both opened at once, each on its second page: still within the budget.
    expect(await elementCount(page)).toBeLessThan(domBudget);
    await screenshot(page, 'today-ten-years-show-all');
    await context.close();
    expect(outside).toEqual([]);
  });

  it('snoozes every follow-up due by a week in one click, and one Undo brings them all back', { timeout: 60_000 }, async () => {
    const { context, page, outside } = await openPage(sizes[0], '#/today');
    const snoozeAll = page.getByRole('button', { name: /^Snooze all \d+ by a week$/ });
    const label = (await snoozeAll.textContent()) ?? '';
    const count = /\d+/.exec(label)?.[0] ?? '';
    await snoozeAll.click();
    const toast = page.locator('.toast.open');
    await expect.poll(() => toast.textContent()).toContain(fillTemplate(today.snoozedMany, { count, date: 'Fri, Nov 27' }));
    await page.getByText(today.noneDue).waitFor();
    await screenshot(page, 'today-ten-years-snoozed');
    await toast.getByRole('button', { name: content.wins.toast.undo }).click();
    await expect.poll(() => toast.textContent()).toContain(today.undone);
    await expect.poll(() => snoozeAll.textContent()).toBe(label);
    await context.close();
    expect(outside).toEqual([]);
  });

  it('closes every quiet application as no reply in one click, and one Undo reopens them', { timeout: 60_000 }, async () => {
    const { context, page, outside } = await openPage(sizes[1], '#/today');
    const closeAll = page.getByRole('button', { name: /^Close all \d+ as no reply$/ });
    const label = (await closeAll.textContent()) ?? '';
    const count = /\d+/.exec(label)?.[0] ?? '';
    await closeAll.click();
    const toast = page.locator('.toast.open');
    await expect.poll(() => toast.textContent()).toContain(fillTemplate(today.closedMany, { count }));
    await expect.poll(() => page.getByRole('list', { name: today.quietHeading }).count()).toBe(0);
    await toast.getByRole('button', { name: content.wins.toast.undo }).click();
    await expect.poll(() => closeAll.textContent()).toBe(label);
    await context.close();
    expect(outside).toEqual([]);
  });
});

describe('Wins at ten years', () => {
  for (const size of sizes) {
    it(
      `shows every title and pill whole, the week heading clear of its first win, the chart's last label inside (${size.name})`,
      { timeout: 60_000 },
      async () => {
        const { context, page, outside } = await openPage(size, '#/wins');
        await page.locator('.timeline-list .win').first().waitFor();
        await page.locator('.timeline').scrollIntoViewIfNeeded();
        await bothThemes(page, `wins-ten-years-${size.name}`);
        const cut = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.win-title, .auto-tag, .win-meta, .week-heading')]
            .filter((element) => element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)
            .map((element) => element.textContent),
        );
        expect(cut).toEqual([]);
        // From the heading's words to the first win's title: the gap a reader sees.
        const gap = await page.evaluate(() => {
          const heading = document.querySelector('.week-row .week-heading');
          const title = document.querySelector('.week-row + .win-row .win-title');
          if (!heading || !title) return null;
          const words = document.createRange();
          words.selectNodeContents(heading);
          return title.getBoundingClientRect().top - words.getBoundingClientRect().bottom;
        });
        expect(gap).not.toBeNull();
        expect(gap!).toBeGreaterThanOrEqual(16);
        // Rows are measured: none overlaps the next.
        const overlaps = await page.evaluate(() => {
          const rows = [...document.querySelectorAll<HTMLElement>('.timeline-list .row')].map((row) => row.getBoundingClientRect());
          rows.sort((a, b) => a.top - b.top);
          return rows.slice(1).filter((row, index) => row.top < rows[index]!.bottom - 0.5).length;
        });
        expect(overlaps).toBe(0);
        expect(await elementCount(page)).toBeLessThan(domBudget);

        await page.getByRole('button', { name: content.wins.chart.range52 }).click();
        const chart = page.locator('.chart-card svg.chart');
        await chart.scrollIntoViewIfNeeded();
        await bothThemes(page, `wins-chart-ten-years-${size.name}`);
        const outsideChart = await page.evaluate(() => {
          const svg = document.querySelector('.chart-card svg.chart')?.getBoundingClientRect();
          if (!svg) return ['no chart'];
          return [...document.querySelectorAll('.chart-card svg.chart text')]
            .filter((text) => {
              const box = text.getBoundingClientRect();
              return box.left < svg.left - 0.5 || box.right > svg.right + 0.5;
            })
            .map((text) => text.textContent);
        });
        expect(outsideChart).toEqual([]);
        expect(await elementCount(page)).toBeLessThan(domBudget);
        await context.close();
        expect(outside).toEqual([]);
      },
    );
  }
});

describe('People at ten years', () => {
  const people = content.planner.people;
  /** Cells whose words are cut off: wider or taller than the box they are in. */
  const cutOff = (page: Page, selector: string) =>
    page.evaluate(
      (selector) =>
        [...document.querySelectorAll<HTMLElement>(selector)]
          .filter((element) => element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)
          .map((element) => element.textContent),
      selector,
    );
  const sideways = (page: Page, selector: string) =>
    page.evaluate((selector) => {
      const element = document.querySelector(selector);
      return element ? element.scrollWidth - element.clientWidth : -1;
    }, selector);

  for (const size of sizes) {
    it(`lists a hundred people at most, every column whole, within the element budget (${size.name})`, { timeout: 60_000 }, async () => {
      const { context, page, outside } = await openPage(size, '#/plan?people');
      const rows = page.locator('.people-table tbody tr');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(20);
      const showMore = page.getByRole('button', { name: fillTemplate(people.showMore, { count: '20' }) });
      for (const shown of [40, 60, 80, 100]) {
        await showMore.click();
        await expect.poll(() => rows.count()).toBe(shown);
      }
      await page.getByText(fillTemplate(people.narrow, { count: '100' })).waitFor();
      expect(await showMore.count()).toBe(0);
      expect(await elementCount(page)).toBeLessThan(domBudget);
      // Every row has a name and a count; the count's column is never empty.
      expect(await page.locator('.people-table tbody .col-count').evaluateAll((cells) => cells.filter((c) => !c.textContent).length)).toBe(
        0,
      );
      expect(await cutOff(page, '.people-table th, .people-table td')).toEqual([]);
      expect(await sideways(page, 'html')).toBe(0);
      await page.evaluate(() => window.scrollTo(0, 0));
      await bothThemes(page, `people-ten-years-${size.name}`);
      await context.close();
      expect(outside).toEqual([]);
    });

    it(`opens the busiest person's panel whole, within the element budget (${size.name})`, { timeout: 60_000 }, async () => {
      const id = busiestPerson(harness.core.db)!;
      const { context, page, outside } = await openPage(size, `#/plan?person-${id}`);
      const panel = page.locator('dialog.side-panel[open]');
      await panel.locator('.person-history li').first().waitFor();
      // Their whole history fits one page of twenty at ten years (the seed's busiest has 14 moments).
      const moments = harness.core.db
        .prepare(
          `SELECT (SELECT count(*) FROM activities WHERE contact_id = @id) + (SELECT count(*) FROM interview_contacts WHERE contact_id = @id)`,
        )
        .pluck()
        .get({ id }) as number;
      expect(moments).toBeGreaterThan(5);
      await expect.poll(() => panel.locator('.person-history li').count()).toBe(Math.min(moments, 20));
      const linked = harness.core.db.prepare('SELECT count(*) FROM application_contacts WHERE contact_id = ?').pluck().get(id) as number;
      expect(await panel.locator('.person-applications li').count()).toBe(linked);
      expect(await elementCount(page)).toBeLessThan(domBudget);
      await bothThemes(page, `person-ten-years-${size.name}`);
      await panel.getByRole('heading', { name: people.history }).evaluate((heading) => heading.scrollIntoView({ block: 'center' }));
      await bothThemes(page, `person-history-ten-years-${size.name}`);
      expect(await sideways(page, 'dialog.side-panel')).toBe(0);
      expect(await cutOff(page, 'dialog.side-panel h2, dialog.side-panel .app-role, .person-history li, .person-applications li')).toEqual(
        [],
      );
      await context.close();
      expect(outside).toEqual([]);
    });
  }
});
