import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { content } from '../../content';
import { startHarness, type Harness } from '../harness/server';
import { launchChromium, screenshot, watchForOutsideRequests } from './support/browser';
import { rendererDir } from './support/harness';

/**
 * Each shipped translation walked through the whole reflection in Chromium, at the smallest window
 * Rebound allows, as someone who reads only that language would: log the rejection, answer each
 * step, finish, then read the wins it left. Every expected word comes from the catalogue files on
 * disk, not from `content` (which core, running in this process, rewrites into the locale it speaks).
 */

const contentDir = path.resolve(import.meta.dirname, '../../content');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(contentDir, file), 'utf8'));

/** One locale's files, typed as the English source's schemas (tests/unit/locales.test.ts holds each to that shape). */
type Catalogue = Pick<typeof content, 'reflection' | 'reflectUi' | 'feedbackTemplates' | 'wins'>;

const catalogueOf = (tag: string): Catalogue => ({
  reflection: readJson(`locales/${tag}/reflection.json`),
  reflectUi: readJson(`locales/${tag}/reflect-ui.json`),
  feedbackTemplates: readJson(`locales/${tag}/feedback-templates.json`),
  wins: readJson(`locales/${tag}/wins.json`),
});
const englishTitles = (readJson('reflection.json') as Catalogue['reflection']).steps.map((step) => step.title);

/** What a person in each locale types: their own words, in their language. */
const typed = {
  de: {
    company: 'Nordlicht Software',
    role: 'Produktdesignerin',
    writing: 'Ich wollte diese Stelle wirklich. Das Gespräch lief gut, und trotzdem.',
    fit: 'Ein kleines Team, das jede Woche etwas ausliefert.',
    strength: 'Ruhig bleiben, wenn es brennt',
  },
  es: {
    company: 'Brisa Digital',
    role: 'Diseñadora de producto',
    writing: 'Tenía muchas ganas de este puesto. La entrevista fue bien, y aun así.',
    fit: 'Un equipo pequeño que entrega algo cada semana.',
    strength: 'Mantener la calma en una crisis',
  },
  'pt-BR': {
    company: 'Maré Tecnologia',
    role: 'Designer de produto',
    writing: 'Eu queria muito essa vaga. A entrevista foi boa, e mesmo assim.',
    fit: 'Um time pequeno que entrega algo toda semana.',
    strength: 'Manter a calma numa crise',
  },
} as const;
type Tag = keyof typeof typed;

// Thursday 26 November 2026, mid-afternoon, for core and page alike: the same dates on every run.
const now = new Date(2026, 10, 26, 15, 0, 0);

let browser: Browser;
let harness: Harness;
let dataDir: string;
let context: BrowserContext;
let page: Page;
let outside: string[];

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-e2e-translations-'));
  // The built-renderer check startBuiltHarness makes, with a clock of our own.
  if (!fs.existsSync(path.join(rendererDir, 'index.html')))
    throw new Error('The e2e tests drive the built renderer: run "npm run build" first.');
  harness = await startHarness({ dataDir, rendererDir, now: () => now });
  browser = await launchChromium();
});

afterAll(async () => {
  harness?.core.settings.update({ language: 'system' });
  await browser?.close();
  await harness?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

let tag: Tag = 'de';
beforeEach(async () => {
  // The person's system speaks the language too (navigator.languages), as it would for them.
  context = await browser.newContext({ viewport: { width: 720, height: 520 }, locale: tag });
  await context.clock.setFixedTime(now);
  page = await context.newPage();
  outside = watchForOutsideRequests(page);
});

afterEach(async () => {
  await context.close();
  // Privacy: nothing in this walk left the machine.
  expect(outside).toEqual([]);
});

/** Nothing on the page is wider than the window (a cut-off word or an overflowing button would be). */
const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Labels in the Back/Next bar that run onto a second line (their text's line boxes start at more than one height). */
const wrappedInBar = () =>
  page.evaluate(() =>
    [...document.querySelectorAll('.flow-actions .button, .flow-actions .save-state')]
      .filter((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        const tops = [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top));
        return new Set(tops).size > 1;
      })
      .map((element) => element.textContent),
  );

describe.each(Object.keys(typed) as Tag[])('the reflection in %s, in Chromium at 720×520', (locale) => {
  const words = catalogueOf(locale);
  const ui = words.reflectUi;
  const steps = words.reflection.steps;
  const mine = typed[locale];
  const button = (name: string) => page.getByRole('button', { name, exact: true });

  beforeAll(() => {
    tag = locale;
    // The Language setting, as a person would pick it: core (in this process) speaks it from now on.
    harness.core.settings.update({ language: locale });
  });

  /** The step's heading in this locale's words, its layout inside the window, no English title on screen, and its picture. */
  async function checkStep(number: number) {
    const title = steps[number - 1]?.title ?? '';
    await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
    expect(await page.locator('#step-heading').textContent()).toBe(title);
    // Answers saved, so the picture is the one a person sees once they stop typing.
    await page.locator('.flow-actions .save-state.saved').waitFor();
    expect({ step: number, overflow: await overflow() }).toEqual({ step: number, overflow: 0 });
    // The Back/Next bar: every label on one line, none broken between its words.
    expect({ step: number, wrapped: await wrappedInBar() }).toEqual({ step: number, wrapped: [] });
    const visible = await page.evaluate(() => document.body.innerText);
    for (const english of englishTitles) expect(visible, `step ${number} shows English "${english}"`).not.toContain(english);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `translation-${locale}-step-${number}`);
  }

  it('logs a rejection, walks all seven steps in its words and finishes', async () => {
    await page.goto(`${harness.url}/#/reflect?new-rejection`);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale);
    await page.getByRole('heading', { level: 2, name: ui.form.heading, exact: true }).waitFor();
    await page.getByLabel(ui.form.company, { exact: true }).fill(mine.company);
    await page.getByLabel(ui.form.role, { exact: true }).fill(mine.role);
    await page.getByLabel(ui.form.stage, { exact: true }).selectOption('interview');
    expect(await overflow()).toBe(0);
    await screenshot(page, `translation-${locale}-form`);
    // Refused in the page, by the schema the view's chunk built when it loaded: its message was kept
    // then, so it is in this locale only if the chunk loaded after the locale's words were in the tree.
    await page.getByLabel(ui.form.company, { exact: true }).fill('');
    await button(ui.form.reflectNow).click();
    await expect.poll(() => page.locator('.field-error').allTextContents()).toEqual([ui.errors.companyMissing]);
    await page.getByLabel(ui.form.company, { exact: true }).fill(mine.company);
    await button(ui.form.reflectNow).click();

    // 1: a feeling from the list, its weight, a few words, and a recovery window.
    await page.getByRole('checkbox', { name: words.reflection.feelings[0], exact: true }).check();
    await page.getByRole('radio', { name: '7', exact: true }).check();
    await page.getByLabel(steps[0]?.prompts.freeWriting ?? '', { exact: true }).fill(mine.writing);
    await page.getByRole('radio', { name: words.reflection.recoveryWindows[0]?.label, exact: true }).check();
    await checkStep(1);
    await button(ui.flow.next).click();

    // 2: a likely reason and the role that would fit better.
    await page.getByRole('heading', { level: 2, name: steps[1]?.title, exact: true }).waitFor();
    await page.getByRole('checkbox', { name: words.reflection.reasons[2]?.label, exact: true }).check();
    await page.getByLabel(steps[1]?.prompts.betterFit ?? '', { exact: true }).fill(mine.fit);
    await checkStep(2);
    await button(ui.flow.next).click();

    // 3: a tone for the drafted note.
    await page.getByRole('heading', { level: 2, name: steps[2]?.title, exact: true }).waitFor();
    await page.getByRole('radio', { name: words.feedbackTemplates.tones[1]?.label, exact: true }).check();
    await expect.poll(() => page.getByLabel(ui.feedback.message, { exact: true }).inputValue()).toContain(mine.company);
    await checkStep(3);
    await button(ui.flow.next).click();

    // 4: one thing outside my control, one inside, and a strength.
    await page.getByRole('heading', { level: 2, name: steps[3]?.title, exact: true }).waitFor();
    await page.getByRole('checkbox', { name: words.reflection.controlFactors.outside[0], exact: true }).check();
    await page.getByRole('checkbox', { name: words.reflection.controlFactors.inside[1], exact: true }).check();
    await page.getByLabel(ui.personal.addStrength, { exact: true }).fill(mine.strength);
    await page.getByLabel(ui.personal.addStrength, { exact: true }).press('Enter');
    await page.getByText(mine.strength, { exact: true }).waitFor();
    await checkStep(4);
    await button(ui.flow.next).click();

    // 5: one item of the checklist.
    await page.getByRole('heading', { level: 2, name: steps[4]?.title, exact: true }).waitFor();
    await page.getByRole('checkbox', { name: new RegExp(`^${escape(words.reflection.upgradeChecklist[0]?.label ?? '')}`) }).check();
    await checkStep(5);
    await button(ui.flow.next).click();

    // 6: next week's targets.
    await page.getByRole('heading', { level: 2, name: steps[5]?.title, exact: true }).waitFor();
    await page.getByLabel(ui.forward.search, { exact: true }).fill('4');
    await page.getByLabel(ui.forward.apply, { exact: true }).fill('3');
    await checkStep(6);
    await button(ui.flow.next).click();

    // 7: the wins, and how heavy it feels now.
    await page.getByRole('heading', { level: 2, name: steps[6]?.title, exact: true }).waitFor();
    await page.getByRole('radio', { name: '4', exact: true }).check();
    await checkStep(7);
    await button(ui.flow.finish).click();
    await page.getByRole('heading', { level: 2, name: ui.celebrate.doneHeading, exact: true }).waitFor();
    expect(await overflow()).toBe(0);
    await screenshot(page, `translation-${locale}-done`);

    const stored = harness.core.db
      .prepare('SELECT r.finished_at IS NOT NULL AS done FROM reflections r JOIN rejections j ON j.id = r.rejection_id WHERE j.company = ?')
      .get(mine.company) as { done: number };
    expect(stored.done).toBe(1);
  });

  it('writes the wins it left with the locale’s dates and plurals', async () => {
    const timeline = words.wins.timeline;
    const plural = (count: number) => new IntlMessageFormat(timeline.count, locale).format({ count });
    const db = harness.core.db;
    const ofThisRejection = db.prepare('SELECT kind, day FROM wins WHERE title LIKE ?').all(`%${mine.company}%`) as {
      kind: string;
      day: string;
    }[];
    const finished = ofThisRejection.filter((win) => win.kind === 'reflection_done');
    expect(finished).toHaveLength(1);
    expect(ofThisRejection.length).toBeGreaterThan(1);

    await page.goto(`${harness.url}/#/wins`);
    await page.getByRole('heading', { level: 2, name: timeline.heading, exact: true }).waitFor();
    const count = page.locator('.timeline-count');

    // Plural "other": every win this rejection left.
    await page.getByLabel(timeline.search, { exact: true }).fill(mine.company);
    await expect.poll(() => count.textContent()).toBe(plural(ofThisRejection.length));
    // Plural "one": the single reflection it finished.
    await page.getByLabel(timeline.filterKind, { exact: true }).selectOption('reflection_done');
    await expect.poll(() => count.textContent()).toBe(plural(1));

    // The day, as this locale writes a day inside a week ("Do., 26. Nov.").
    const [year, month, day] = (finished[0]?.day ?? '').split('-').map(Number) as [number, number, number];
    const expected = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' }).format(
      new Date(year, month - 1, day, 12),
    );
    const english = new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', month: 'short' }).format(
      new Date(year, month - 1, day, 12),
    );
    expect(expected).not.toBe(english);
    await expect.poll(() => page.locator('.win time').first().textContent()).toBe(expected);
    expect(await overflow()).toBe(0);
    await page.locator('.win').first().scrollIntoViewIfNeeded();
    await screenshot(page, `translation-${locale}-wins`);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
