// The renderer side of `npm run bench`: bundle sizes (the same reckoning as tests/unit/bundleBudget.test.ts)
// and, in Chromium through the browser harness over the 10-year data, time to first render and every view's DOM size.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/support/browser';
import { startHarness } from '../../tests/harness/server';
import { seedNow, projectDir } from '../seed';
import { benchDom, type DomRow } from './domBudget';

const rendererDir = path.join(projectDir, 'out/renderer');

export interface BundleSizes {
  initialGzip: number;
  initialFiles: number;
  largestChunk: number;
  largestChunkName: string;
}

export function bundleSizes(): BundleSizes {
  const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const refs = [
    ...new Set([...html.matchAll(/<(?:script[^>]+src|link[^>]+href)="\.?\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] as string)),
  ];
  const initialGzip = refs.reduce((sum, ref) => sum + zlib.gzipSync(fs.readFileSync(path.join(rendererDir, ref)), { level: 9 }).length, 0);
  const assets = fs.readdirSync(path.join(rendererDir, 'assets')).filter((name) => name.endsWith('.js'));
  const sized = assets
    .map((name) => ({ name, size: fs.statSync(path.join(rendererDir, 'assets', name)).size }))
    .sort((a, b) => b.size - a.size);
  return { initialGzip, initialFiles: refs.length, largestChunk: sized[0]?.size ?? 0, largestChunkName: sized[0]?.name ?? '' };
}

export interface RenderResult {
  todayMs: number[];
  winsMs: number[];
  winsRowsMs: number[];
  /** Every view's element count at ten years (domBudget.ts). */
  dom: DomRow[];
  /** Navigation start to the applications table's first row. */
  applicationsMs: number;
  /** Per measured load, when each step of it happened (ms from navigation start): see `loadPhases`. */
  todayPhases: Record<string, number>[];
  winsPhases: Record<string, number>[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
};
export { median };

/** Milliseconds from navigation start (performance.now() is relative to it) until `selector` is rendered and visible. */
export async function visibleAt(page: Page, selector: string, timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction(
    (css) => {
      const element = document.querySelector(css);
      return element && (element as HTMLElement).offsetParent !== null ? performance.now() : false;
    },
    selector,
    { polling: 'raf', timeout },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * Where one load's time went, read from the page's own performance entries once its view is up: the
 * HTML, the entry script, the view's chunk, the first read sent to core and the last one answered so far,
 * and the first paint with content. `--only renderer` prints their medians.
 */
async function loadPhases(page: Page, view: string): Promise<Record<string, number>> {
  return page.evaluate((chunk) => {
    const at: Record<string, number> = {};
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (navigation) at['HTML in'] = navigation.responseEnd;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const script = (name: RegExp) => resources.find((entry) => name.test(new URL(entry.name).pathname));
    const entry = script(/\/assets\/index-[\w-]+\.js$/);
    if (entry) at['entry script in'] = entry.responseEnd;
    const viewChunk = script(new RegExp(`/assets/${chunk}-[\\w-]+\\.js$`));
    if (viewChunk) at['view chunk in'] = viewChunk.responseEnd;
    const reads = resources.filter((item) => item.name.endsWith('/__ipc'));
    if (reads.length) {
      at['first read sent'] = Math.min(...reads.map((item) => item.startTime));
      at['last read answered'] = Math.max(...reads.map((item) => item.responseEnd));
    }
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    if (paint) at['first contentful paint'] = paint.startTime;
    return at;
  }, view);
}

export async function benchRenderer(dataDir: string, loads: number, log: (line: string) => void): Promise<RenderResult> {
  const harness = await startHarness({ dataDir, rendererDir, now: seedNow });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1040, height: 720 } });
    const page = await context.newPage();
    const load = async (hash: string, selector: string) => {
      await page.goto('about:blank');
      await page.goto(`${harness.url}/#/${hash}`, { waitUntil: 'commit' });
      return visibleAt(page, selector);
    };
    // One untimed load each, so the first measured load does not pay the browser's own start-up.
    await load('today', 'main h1');
    await load('wins', '.timeline-list .win');
    const todayMs: number[] = [];
    const winsMs: number[] = [];
    const winsRowsMs: number[] = [];
    const todayPhases: Record<string, number>[] = [];
    const winsPhases: Record<string, number>[] = [];
    for (let i = 0; i < loads; i += 1) {
      const h1 = await load('today', 'main h1');
      todayMs.push(h1);
      // After the timing: the widgets under the heading, then what the load was made of.
      const widgets = await visibleAt(page, '.today-stack');
      todayPhases.push({ ...(await loadPhases(page, 'TodayView')), h1, 'widgets shown': widgets });
    }
    for (let i = 0; i < loads; i += 1) {
      const h1 = await load('wins', 'main h1');
      winsMs.push(h1);
      const row = await visibleAt(page, '.timeline-list .win');
      winsRowsMs.push(row);
      winsPhases.push({ ...(await loadPhases(page, 'WinsView')), h1, 'first row shown': row });
    }
    log(
      `  Today h1: median ${median(todayMs).toFixed(0)} ms; Wins h1: median ${median(winsMs).toFixed(0)} ms, first row ${median(winsRowsMs).toFixed(0)} ms`,
    );
    // The applications table in Plan: navigation to its first row.
    const started = Date.now();
    await page.goto('about:blank');
    await page.goto(`${harness.url}/#/plan?applications`, { waitUntil: 'commit' });
    await visibleAt(page, '.app-table tbody tr', 120_000);
    const applicationsMs = Date.now() - started;
    const dom = await benchDom(page, harness.url, harness.core.db, log);
    await context.close();
    return {
      todayMs,
      winsMs,
      winsRowsMs,
      dom,
      applicationsMs,
      todayPhases,
      winsPhases,
    };
  } finally {
    await browser.close();
    await harness.close();
  }
}

/** `npm run bench -- --only dom`: every view's element count alone, without the timed loads. */
export async function benchDomOnly(dataDir: string, log: (line: string) => void): Promise<DomRow[]> {
  const harness = await startHarness({ dataDir, rendererDir, now: seedNow });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1040, height: 720 } });
    const dom = await benchDom(await context.newPage(), harness.url, harness.core.db, log);
    await context.close();
    return dom;
  } finally {
    await browser.close();
    await harness.close();
  }
}
