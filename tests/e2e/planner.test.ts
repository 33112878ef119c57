import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { content, fillTemplate } from '../../content';
import type { ApplicationStatus } from '../../electron/core/applications/schema';
import type { Harness } from '../harness/server';
import { launchChromium, screenshot, watchForOutsideRequests } from './support/browser';
import { startBuiltHarness } from './support/harness';
import { startHarness } from '../harness/server';
import { rendererDir } from './support/harness';

let browser: Browser;
let harness: Harness;
let dataDir: string;
let context: BrowserContext;
let page: Page;
let outside: string[];
// The app's clock, moved by the test: Monday 9 March 2026, mid-morning.
const clock = { now: new Date('2026-03-09T10:00:00') };

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-e2e-planner-'));
  void startBuiltHarness; // the same built-renderer check, with a clock of our own:
  harness = await startHarness({ dataDir, rendererDir, now: () => clock.now });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1040, height: 720 }, acceptDownloads: true });
  page = await context.newPage();
  outside = watchForOutsideRequests(page);
});

afterEach(() => {
  // Privacy: nothing left the machine.
  expect(outside).toEqual([]);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await harness?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function download(trigger: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const saved = path.join(dataDir, file.suggestedFilename());
  await file.saveAs(saved);
  return { name: file.suggestedFilename(), text: fs.readFileSync(saved, 'utf8') };
}

/** Opens a view afresh: a hash-only goto keeps the page (and its cached reads), so reload after the clock moves. */
async function open(hash: string): Promise<void> {
  await page.goto(`${harness.url}/${hash}`);
  await page.reload();
}

/** An assertion that waits for the page to catch up (an IPC round trip on a busy machine), never a fixed pause. */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });

const a = content.planner.applications;
const d = content.planner.details;
/** A card on the board, named by its company's heading. */
const card = (company: string) => page.getByRole('article', { name: company });
/** A column of the board, named by its status (its heading also carries the count). */
const column = (status: ApplicationStatus) => page.getByRole('region', { name: new RegExp(`^${content.planner.statuses[status]}\\b`) });
const table = () => page.getByRole('table', { name: a.tableLabel });
/** The companies down the table, top to bottom. */
const companiesInTable = () => table().getByRole('rowheader').getByRole('button').allTextContents();
/** The company's name in its row: the button that opens its details. */
const rowButton = (company: string) => table().getByRole('button', { name: company, exact: true });
const sidePanel = (company: string) => page.getByRole('dialog', { name: company });
/** Table or board: a person clicks the word beside the (visually hidden) radio button. */
async function showAs(layout: string): Promise<void> {
  await page.getByRole('group', { name: a.viewLabel }).getByText(layout, { exact: true }).click();
  await eventually(() => page.getByRole('radio', { name: layout }).isChecked()).toBe(true);
}
/** Whether the element the locator finds holds the keyboard focus. */
const focused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

describe('a week with the planner, in Chromium over the real store', () => {
  it('sets targets, tracks applications, follows up, reviews, carries over and exports', async () => {
    await page.goto(`${harness.url}/#/plan`);
    await page.getByRole('button', { name: "Set this week's targets" }).click();

    // Targets for this week only.
    await page.getByRole('tab', { name: 'This week', selected: true }).waitFor();
    await page.getByRole('spinbutton', { name: 'Applications' }).fill('2');
    await page.getByRole('spinbutton', { name: 'Follow-ups' }).fill('1');
    await page.getByRole('spinbutton', { name: 'Follow-ups' }).press('Tab');
    await page.getByRole('form', { name: 'Targets for this week' }).getByText('Saved', { exact: true }).waitFor();
    await page.getByLabel('New task').fill('Refresh my resume');
    await page.getByRole('button', { name: 'Add task' }).click();
    await page.getByText('Refresh my resume').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'planner-week');

    // Bad input is refused beside its field.
    await page.getByRole('spinbutton', { name: 'Applications' }).fill('5000');
    await page.getByText('Keep targets under 1,000 a week; a steady pace beats a huge one.').waitFor();
    await page.getByRole('spinbutton', { name: 'Applications' }).fill('2');

    // The quick add (the tray's and Today's way in) opens with the cursor in Company: two saved for later.
    await open('#/plan?add-application');
    const quickAdd = page.getByRole('region', { name: a.addHeading });
    const form = quickAdd.getByRole('form', { name: a.addHeading });
    await eventually(() => focused(form.getByLabel(a.company))).toBe(true);
    for (const [company, role] of [
      ['Acme', 'Designer'],
      ['Beta Labs', 'Product designer'],
    ] as const) {
      await form.getByLabel(a.company).fill(company);
      await form.getByLabel(a.role).fill(role);
      await form.getByLabel(a.status).selectOption({ label: content.planner.statuses.saved });
      await form.getByRole('button', { name: a.add }).click();
      await form.getByRole('status').getByText(a.added).waitFor();
      await rowButton(company).waitFor();
    }
    // A link that is not a web link is refused and nothing is added.
    await form.getByLabel(a.company).fill('Sneaky');
    await form.getByLabel(a.link).fill('javascript:alert(1)');
    await form.getByRole('button', { name: a.add }).click();
    await page.getByText('Use a web link that starts with http:// or https://.').waitFor();
    await form.getByLabel(a.company).fill('');
    await form.getByLabel(a.link).fill('');
    await quickAdd.getByRole('button', { name: content.planner.plan.quickAddClose }).click();
    await eventually(() => page.evaluate(() => window.location.hash)).toBe('#/plan?applications');
    expect(await rowButton('Sneaky').count()).toBe(0);

    // One sent last week, before Rebound: added as applied, back-dated with the applied day.
    await page.getByRole('button', { name: a.add, expanded: false }).click();
    const addForm = page.getByRole('form', { name: a.addHeading });
    await addForm.getByLabel(a.company).fill('Ōkami Студия');
    await addForm.getByLabel(a.role).fill('UX writer, part-time');
    expect(await addForm.getByLabel(a.status).inputValue()).toBe('applied');
    expect(await addForm.getByLabel(d.appliedOn).inputValue()).toBe('2026-03-09');
    await addForm.getByLabel(d.appliedOn).fill('2026-03-05');
    await addForm.getByRole('button', { name: a.add }).click();
    await rowButton('Ōkami Студия').waitFor();
    await page.getByRole('button', { name: a.cancel, expanded: true }).click();

    // The table, sorted by a column's heading: again for the other way round.
    const okami = table().getByRole('row', { name: /Ōkami Студия/ });
    expect(await okami.getByRole('cell', { name: '5 Mar' }).count()).toBe(1);
    expect(await table().getByRole('row', { name: /Acme/ }).getByRole('cell', { name: a.notYet }).count()).toBe(1);
    // A row's action is named with its company, as Chromium computes it (jsdom cannot tell a stray space).
    const markAcme = `${content.planner.nextStep.saved}: Acme`;
    expect(await table().getByRole('button', { name: markAcme, exact: true }).count()).toBe(1);
    const companyColumn = table().getByRole('columnheader', { name: a.colCompany });
    await companyColumn.getByRole('button').click();
    await eventually(() => companyColumn.getAttribute('aria-sort')).toBe('ascending');
    await eventually(companiesInTable).toEqual(['Acme', 'Beta Labs', 'Ōkami Студия']);
    await companyColumn.getByRole('button').click();
    await eventually(() => companyColumn.getAttribute('aria-sort')).toBe('descending');
    await eventually(companiesInTable).toEqual(['Ōkami Студия', 'Beta Labs', 'Acme']);

    // The board: Acme marked applied in one click, Beta Labs moved there from the keyboard; each gets a follow-up a week later.
    await showAs(a.viewBoard);
    await column('saved').getByRole('article', { name: 'Acme' }).waitFor();
    await card('Acme').getByRole('button', { name: content.planner.nextStep.saved }).click();
    await column('applied').getByRole('article', { name: 'Acme' }).waitFor();
    // The card's move button follows it into its new column, so the keyboard is not lost.
    await eventually(() => focused(page.getByRole('button', { name: fillTemplate(a.moveCard, { company: 'Acme' }) }))).toBe(true);
    await card('Acme')
      .getByText(fillTemplate(a.nextFollowUp, { date: 'Mon, Mar 16' }))
      .waitFor();

    await page.getByRole('button', { name: fillTemplate(a.moveCard, { company: 'Beta Labs' }) }).focus();
    await page.keyboard.press('Space');
    await page.getByText(fillTemplate(a.dragStart, { company: 'Beta Labs', status: 'Saved' })).waitFor({ state: 'attached' });
    await page.keyboard.press('ArrowRight');
    await page.getByText(fillTemplate(a.dragOver, { status: 'Applied' })).waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await page.getByText(fillTemplate(a.dragEnd, { company: 'Beta Labs', status: 'Applied' })).waitFor({ state: 'attached' });
    await column('applied').getByRole('article', { name: 'Beta Labs' }).waitFor();
    await card('Beta Labs')
      .getByText(fillTemplate(a.nextFollowUp, { date: 'Mon, Mar 16' }))
      .waitFor();
    expect(await column('saved').getByRole('article').count()).toBe(0);

    // Back in the table, Acme's details open in the side panel, which takes the focus; its follow-up moves to Thursday.
    await showAs(a.viewList);
    const acmeRow = rowButton('Acme');
    await acmeRow.click();
    const panel = sidePanel('Acme');
    await panel.waitFor();
    await eventually(() => focused(panel.getByRole('heading', { name: 'Acme', level: 2 }))).toBe(true);
    // The Remote box keeps its label on one line beside it (a stretched box squeezed it a letter wide).
    const remoteLabel = await panel.getByLabel(a.remote).evaluate((box) => {
      const label = box.closest('label')!.getBoundingClientRect();
      return { height: label.height, lineHeight: parseFloat(getComputedStyle(box.closest('label')!).lineHeight) || 24 };
    });
    expect(remoteLabel.height).toBeLessThan(remoteLabel.lineHeight * 1.8);
    await panel.getByLabel(a.followUpDue).fill('2026-03-12');
    await panel.getByRole('button', { name: a.moveFollowUp }).click();
    await panel.getByText(fillTemplate(a.followUpPending, { date: 'Thu, Mar 12' })).waitFor();
    // Escape closes it and the focus goes back to the row that opened it.
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await eventually(() => focused(acmeRow)).toBe(true);
    await table()
      .getByRole('row', { name: /Acme/ })
      .getByText(fillTemplate(a.nextFollowUp, { date: '12 Mar' }))
      .waitFor();

    // The board, light and dark.
    await showAs(a.viewBoard);
    await column('applied').getByRole('article', { name: 'Acme' }).waitFor();
    await screenshot(page, 'planner-board');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'planner-board-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // Thursday: Today shows the day's steps, the follow-ups due, and the week's progress.
    clock.now = new Date('2026-03-12T09:30:00');
    await open('#/today');
    await page.getByRole('heading', { name: 'Your routine today' }).waitFor();
    await page.getByRole('heading', { name: 'Follow-ups due' }).waitFor();
    const due = page.getByRole('list', { name: 'Follow-ups due' }).getByRole('listitem');
    await due.filter({ hasText: 'Acme' }).waitFor();
    // Ōkami's, a week after the day it was sent.
    await due.filter({ hasText: 'Ōkami Студия' }).waitFor();
    // Thursday carries "follow up" in the default plan for the days.
    await page.getByRole('region', { name: "Today's steps" }).getByRole('listitem').filter({ hasText: 'Follow up' }).waitFor();
    // Two sent this week; Ōkami's counts in last week, the week it went out.
    const applied = page.getByRole('progressbar', { name: 'Applications' });
    expect(await applied.getAttribute('value')).toBe('2');
    await screenshot(page, 'planner-today');
    await page.getByRole('button', { name: 'Mark follow-up to Acme as sent' }).click();
    await due.filter({ hasText: 'Acme' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Mark follow-up to Ōkami Студия as sent' }).click();
    await page.getByText('No follow-ups due today.').waitFor();
    // Two nudges against a target of one: the bar is full and the count says so.
    const followUps = page.getByRole('progressbar', { name: 'Follow-ups' });
    await eventually(() => followUps.getAttribute('value')).toBe('1');
    await page
      .getByRole('listitem')
      .filter({ has: followUps })
      .getByText(fillTemplate(content.planner.plan.progressOf, { done: '2', target: '1' }))
      .waitFor();

    // Friday: review the week, carry the task, set next week's targets.
    clock.now = new Date('2026-03-13T16:00:00');
    await open('#/plan?review');
    await page.getByRole('heading', { name: /Review the week/ }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Refresh my resume' }).isChecked()).toBe(true);
    await page.getByRole('spinbutton', { name: 'Applications' }).fill('3');
    await page.getByLabel('A note to yourself about this week').fill('Two out, two nudges sent. Good week.');
    await page.getByRole('button', { name: 'Finish the review' }).click();
    await page.getByText('Review saved. 1 task carried into next week.').waitFor();
    await page.getByText('1 week of keeping the routine. A streak starts like this.').waitFor();
    await page.getByRole('heading', { name: /Review the week/ }).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'planner-review');

    // Next week holds the carried task and the new target.
    await page.getByRole('tab', { name: 'This week' }).click();
    await page.getByRole('button', { name: /Next week/ }).click();
    await page.getByText('carried over').waitFor();
    expect(await page.getByRole('spinbutton', { name: 'Applications' }).inputValue()).toBe('3');
    await page.getByRole('button', { name: 'Back to this week' }).click();

    // The .ics export, read back with a real iCalendar parser.
    const ics = await download(() => page.getByRole('button', { name: 'Add this week to my calendar (.ics)' }).click());
    expect(ics.name).toBe('rebound-week-2026-03-09.ics');
    const events = new ICAL.Component(ICAL.parse(ics.text)).getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    expect(events.filter((event) => event.uid.startsWith('plan-'))).toHaveLength(5);
    expect(
      events.filter((event) => event.uid.startsWith('follow-up-')).map((event) => [event.summary, event.startDate.toString()]),
    ).toEqual([['Follow up: Product designer at Beta Labs', '2026-03-16']]);

    // The CSV export, read back with papaparse.
    await page.getByRole('tab', { name: 'Applications' }).click();
    const csv = await download(() => page.getByRole('button', { name: 'Export applications (.csv)' }).click());
    expect(csv.name).toBe('rebound-applications-2026-03-13.csv');
    const rows = Papa.parse<Record<string, string>>(csv.text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.data.map((row) => [row.company, row.role, row.status, row.applied_on])).toEqual([
      ['Acme', 'Designer', 'applied', '2026-03-09'],
      ['Beta Labs', 'Product designer', 'applied', '2026-03-09'],
      ['Ōkami Студия', 'UX writer, part-time', 'applied', '2026-03-05'],
    ]);

    // Importing the same file again is refused whole, with the line at fault.
    await page
      .getByLabel('Import applications from .csv')
      .setInputFiles({ name: 'again.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.text) });
    await page.getByText('Line 2: Acme is already in your applications. Nothing was imported.').waitFor();
  });

  it('offers a reflection when an application is marked rejected', async () => {
    await open('#/plan?applications');
    await rowButton('Beta Labs').click();
    const panel = sidePanel('Beta Labs');
    await panel.getByRole('combobox', { name: a.status }).selectOption({ label: content.planner.statuses.rejected });
    // The panel closes and the offer, above the list, takes the focus so it is not missed.
    await panel.waitFor({ state: 'detached' });
    const offer = page.getByRole('heading', { name: "Sorry this one didn't work out" });
    await eventually(() => focused(offer)).toBe(true);
    await page.getByRole('button', { name: 'Reflect on it' }).click();
    await eventually(() => page.evaluate(() => window.location.hash)).toMatch(/^#\/reflect\?new-rejection-\d+$/);
  });
});
