// The renderer beside a bare page, in one Chromium run: Today's and Wins' time to their heading against a
// one-heading page served by the same harness (same server, same CSP, same bridge script), loads
// interleaved; each interaction's latency, from the input event to the next paint, against a click on a
// bare button that updates one line, interleaved round by round; and the JS heap after visiting every view
// at ten years against a fresh start on empty data.
import fs from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { content } from '../../content';
import { launchChromium } from '../../tests/e2e/support/browser';
import { startHarness, type Harness } from '../../tests/harness/server';
import { projectDir, seedNow } from '../seed';
import { pairSamples, type Pair } from './measure';
import { visibleAt } from './rendererBench';
import { savedApplications } from './storePairs';

const rendererDir = path.join(projectDir, 'out/renderer');
const views = ['today', 'reflect', 'plan', 'wins', 'settings'] as const;

/** The bare page: one heading, one button that updates one line. A bench fixture; nobody using Rebound sees it. */
function writeBarePage(dir: string): string {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>bare</title>\n    <script type="module" src="./bare.js"></script></head>\n' +
      '<body><main><h1>bare</h1><button type="button" id="bump">bump</button><p id="line">0</p></main></body></html>\n',
  );
  fs.writeFileSync(
    path.join(dir, 'bare.js'),
    "const line = document.getElementById('line');\nlet n = 0;\ndocument.getElementById('bump').addEventListener('click', () => { n += 1; line.textContent = String(n); });\n",
  );
  return dir;
}

async function loadTo(page: Page, url: string, selector: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
  return visibleAt(page, selector);
}

/**
 * Input event to the next paint: a capture listener on window takes the event's timestamp; a frame
 * callback after the event's handlers, then a task after that frame, marks the paint (the usual way to
 * see "next paint" from script). The same on both sides of a pair.
 */
async function nextPaintAfter(page: Page, type: 'click' | 'keydown', act: () => Promise<void>): Promise<number> {
  await page.evaluate((eventType) => {
    (window as unknown as { __nextPaint: Promise<number> }).__nextPaint = new Promise<number>((resolve) => {
      addEventListener(
        eventType,
        (event) => {
          const at = event.timeStamp;
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - at), 0));
        },
        { capture: true, once: true },
      );
    });
  }, type);
  await act();
  return page.evaluate(() => (window as unknown as { __nextPaint: Promise<number> }).__nextPaint);
}

/** Used JS heap after a full collection, through the DevTools protocol. */
async function heapAfterGc(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage');
  const usage = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize;
}

async function visitEveryView(page: Page): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const view of views) {
    await nav.getByRole('link', { name: content.views[view].title }).click();
    await page.getByRole('heading', { level: 1, name: content.views[view].title }).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500);
  }
  // The Plan's applications and the Wins timeline hold the most rows: visited too.
  await page.goto(page.url().replace(/#.*$/, '#/plan?applications'));
  await page.locator('.app-table tbody tr').first().waitFor({ timeout: 60_000 });
  await page.goto(page.url().replace(/#.*$/, '#/wins'));
  await page.locator('.timeline-list .win').first().waitFor({ timeout: 60_000 });
}

export interface Interaction {
  name: string;
  /** App (a) against the bare button (b), input event to next paint; or why it could not be measured. */
  pair: Pair | null;
  error?: string;
}

export interface RendererPairs {
  today: Pair;
  wins: Pair;
  interactions: Interaction[];
  /** The page's JS heap after every view at ten years (a) against a fresh start on empty data (b). */
  heap: Pair;
}

export async function benchRendererPairs(
  dataDir: string,
  work: string,
  options: { loads: number; clicks: number },
  log: (line: string) => void,
): Promise<RendererPairs> {
  const emptyDir = path.join(work, 'render-empty');
  fs.rmSync(emptyDir, { recursive: true, force: true });
  fs.mkdirSync(emptyDir, { recursive: true });
  const bareData = path.join(work, 'render-bare-data');
  fs.mkdirSync(bareData, { recursive: true });
  // Applications still "saved" at the top of the list, for mark applied (made before the page reads them).
  const harnesses: Harness[] = [];
  const app = await startHarness({ dataDir, rendererDir, now: seedNow });
  harnesses.push(app);
  savedApplications(app.core.db, options.clicks * 2 + 4);
  // Open tasks in this week, one for each tick (the ten-year week holds a task or two, ticked in the warm-up).
  const sender = { url: `${app.url}/`, isMainFrame: true };
  const week = await app.core.dispatch('planner:week', undefined, sender);
  if (!week.ok) throw new Error(`planner:week: ${week.error.message}`);
  for (let i = 0; i < options.clicks * 2 + 4; i += 1) {
    const added = await app.core.dispatch(
      'planner:addTask',
      { weekStart: (week.data as { weekStart: string }).weekStart, title: `Bench task ${i}` },
      sender,
    );
    if (!added.ok) throw new Error(`planner:addTask: ${added.error.message}`);
  }
  const empty = await startHarness({ dataDir: emptyDir, rendererDir, now: seedNow });
  harnesses.push(empty);
  const bare = await startHarness({ dataDir: bareData, rendererDir: writeBarePage(path.join(work, 'bare-page')), now: seedNow });
  harnesses.push(bare);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1040, height: 720 } });
    const page = await context.newPage();
    const barePage = await context.newPage();
    const bareLoad = () => loadTo(page, `${bare.url}/`, 'h1');
    const today = await pairSamples(options.loads, () => loadTo(page, `${app.url}/#/today`, 'main h1'), bareLoad);
    const wins = await pairSamples(options.loads, () => loadTo(page, `${app.url}/#/wins`, 'main h1'), bareLoad);
    log(
      `  heading: Today ${today.a.p50.toFixed(0)} ms, Wins ${wins.a.p50.toFixed(0)} ms, bare page ${today.b.p50.toFixed(0)} ms (${today.ratio.p50.toFixed(2)}×, ${wins.ratio.p50.toFixed(2)}×)`,
    );

    // Interactions: the app in one tab, the bare button in another, round by round.
    await barePage.goto(`${bare.url}/`);
    const bump = async () => {
      await barePage.bringToFront();
      return nextPaintAfter(barePage, 'click', () => barePage.locator('#bump').click());
    };
    const onApp = async (url: string, ready: string) => {
      await page.bringToFront();
      if (page.url() !== url) {
        // A hash-only goto keeps the mounted view (and its tab); a fresh load opens the one asked for.
        await page.goto('about:blank');
        await page.goto(url);
        await page.locator(ready).first().waitFor({ timeout: 60_000 });
      }
    };
    const nav = page.getByRole('navigation', { name: 'Main' });
    const plan = `${app.url}/#/plan?applications`;
    const ui = content.reflectUi;
    const interactions: { name: string; run: (i: number) => Promise<number> }[] = [
      {
        name: 'switch view (Today ↔ Wins)',
        run: async (i) => {
          await onApp(`${app.url}/#/today`, 'main h1');
          const to = i % 2 === 0 ? 'wins' : 'today';
          const at = await nextPaintAfter(page, 'click', () => nav.getByRole('link', { name: content.views[to].title }).click());
          await page.getByRole('heading', { level: 1, name: content.views[to].title }).waitFor();
          return at;
        },
      },
      {
        name: "open an application's details",
        run: async () => {
          await onApp(plan, '.app-table tbody tr');
          const at = await nextPaintAfter(page, 'click', () =>
            page.locator('.app-table tbody tr .row-open').first().click({ timeout: 10_000 }),
          );
          // The side panel is modal: closed again, so the next round clicks the row, not the panel.
          await page.locator('dialog.side-panel[open]').waitFor({ timeout: 10_000 });
          await page.keyboard.press('Escape');
          await page.locator('dialog.side-panel').waitFor({ state: 'detached', timeout: 10_000 });
          return at;
        },
      },
      {
        name: 'mark applied',
        run: async () => {
          await onApp(plan, '.app-table tbody tr');
          // A row's action, by its visible label (its name goes on with the company: "Mark applied: Acme").
          const at = await nextPaintAfter(page, 'click', () =>
            page.locator('.app-table tbody tr .row-action', { hasText: content.planner.nextStep.saved }).first().click({ timeout: 10_000 }),
          );
          await page.waitForTimeout(200);
          return at;
        },
      },
      {
        name: 'tick a task',
        run: async () => {
          await onApp(`${app.url}/#/plan?week`, '.task-list');
          // The box itself is styled away; its label is what a person clicks.
          const box = page.locator('.task-list li:not(.done) label.checkbox').first();
          await box.scrollIntoViewIfNeeded({ timeout: 10_000 });
          // force: the toast a previous write left may sit over the list; the click still lands on the label.
          const at = await nextPaintAfter(page, 'click', () => box.click({ timeout: 10_000, force: true }));
          await page.waitForTimeout(200);
          return at;
        },
      },
      {
        name: 'log a win from the quick log (Enter)',
        run: async (i) => {
          await page.bringToFront();
          await page.goto('about:blank');
          await page.goto(`${app.url}/#/wins?quick-log`);
          await page.getByLabel(content.wins.view.title).fill(`Bench quick win ${i}`, { timeout: 30_000 });
          const at = await nextPaintAfter(page, 'keydown', () => page.keyboard.press('Enter'));
          await page.locator('.celebration').waitFor({ timeout: 30_000 });
          return at;
        },
      },
      {
        name: 'Next in the reflection',
        run: async (i) => {
          await page.bringToFront();
          await page.goto('about:blank');
          await page.goto(`${app.url}/#/reflect?new-rejection`);
          await page.getByLabel(ui.form.company).fill(`Bench reflection ${i}`, { timeout: 30_000 });
          // The page's own clock is the machine's; the core's is the seed's last day, so the day is given.
          await page.getByLabel(ui.form.receivedOn).fill('2026-11-20');
          await page.getByRole('button', { name: ui.form.reflectNow }).click();
          const next = page.getByRole('button', { name: ui.flow.next, exact: true });
          await next.waitFor({ timeout: 30_000 });
          return nextPaintAfter(page, 'click', () => next.click());
        },
      },
    ];
    const measured: Interaction[] = [];
    for (const interaction of interactions) {
      try {
        const pair = await pairSamples(options.clicks, interaction.run, bump);
        log(
          `  ${interaction.name}: p75 ${pair.a.p75.toFixed(1)} ms vs bare ${pair.b.p75.toFixed(1)} ms (${pair.ratio.p75.toFixed(2)}×, noise ${(pair.noise.p75 * 100).toFixed(0)} %)`,
        );
        measured.push({ name: interaction.name, pair });
      } catch (error) {
        const message = error instanceof Error ? (error.message.split('\n')[0] ?? String(error)) : String(error);
        log(`  ${interaction.name}: not measured (${message})`);
        measured.push({ name: interaction.name, pair: null, error: message });
      }
    }

    // Heap: a fresh start on empty data against every view visited at ten years, in fresh tabs, twice each.
    const heapOf = async (url: string, visit: boolean) => {
      const tab = await context.newPage();
      const session = await context.newCDPSession(tab);
      await tab.goto(url);
      await tab.locator('main h1').waitFor({ timeout: 60_000 });
      if (visit) await visitEveryView(tab);
      else await tab.waitForTimeout(500);
      const used = await heapAfterGc(session);
      await session.detach();
      await tab.close();
      return used;
    };
    const heap = await pairSamples(
      1,
      () => heapOf(`${app.url}/#/today`, true),
      () => heapOf(`${empty.url}/#/today`, false),
      { warmup: 0 },
    );
    log(
      `  JS heap: ${(heap.a.p50 / 1024 / 1024).toFixed(1)} MB after every view at ten years vs ${(heap.b.p50 / 1024 / 1024).toFixed(1)} MB fresh on empty data (${heap.ratio.p50.toFixed(2)}×)`,
    );
    await context.close();
    return { today, wins, interactions: measured, heap };
  } finally {
    await browser.close();
    for (const harness of harnesses) await harness.close();
  }
}
