// The DOM budget of `npm run bench`: how many elements every view holds at ten years, one row each, beside
// the budget of 1,400. Each view is opened by its address on a fresh load and counted once it has settled
// (no read to core in flight and the count unchanged between two looks), so rows that arrive after the
// first paint (a row's own reads, the next interview, the pending reflection) are counted too.
import type Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { content, fillTemplate } from '../../content';
import { rejectionsPageSize } from '../../electron/core/reflection/schema';

export const domBudget = 1400;

export interface DomRow {
  /** Stable across runs, for the run file's `dom:<key>`. */
  key: string;
  /** The row's words in the table: the view, and what at ten years fills it. */
  name: string;
  elements: number;
}

/** A content template ("Show all {count} due", "Edit round: {summary}") as a pattern any value fills. */
const templateMatcher = (template: string) =>
  new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[a-z]+\}/gi, '.+')}$`);

const elementCount = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

/** Reads to core the page has sent and not yet had answered (the harness answers them over HTTP). */
function inflightReads(page: Page): () => number {
  let open = 0;
  const isRead = (url: string) => url.endsWith('/__ipc');
  page.on('request', (request) => {
    if (isRead(request.url())) open += 1;
  });
  const done = (request: { url(): string }) => {
    if (isRead(request.url())) open = Math.max(0, open - 1);
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return () => open;
}

/** The element count once nothing more is coming: no read in flight, the count the same two looks running. */
async function settledCount(page: Page, inflight: () => number): Promise<number> {
  let last = -1;
  for (let look = 0; look < 80; look += 1) {
    await page.waitForTimeout(250);
    const count = await elementCount(page);
    if (count === last && inflight() === 0) return count;
    last = count;
  }
  throw new Error(`the page never settled (still ${inflight()} reads in flight, ${last} elements)`);
}

/**
 * The person with the most on their side panel: applications they are on, networking activities that
 * name them and interview rounds they sat in (the newest of equals). The e2e tests open the same one.
 */
export function busiestPerson(db: Database.Database): number | undefined {
  return db
    .prepare(
      `SELECT c.id FROM contacts c
       ORDER BY (SELECT count(*) FROM application_contacts l WHERE l.contact_id = c.id)
              + (SELECT count(*) FROM activities a WHERE a.contact_id = c.id)
              + (SELECT count(*) FROM interview_contacts i WHERE i.contact_id = c.id) DESC, c.id DESC LIMIT 1`,
    )
    .pluck()
    .get() as number | undefined;
}

/** The records that fill the heaviest pages: picked from the data, never hard-coded. */
function heaviest(db: Database.Database) {
  const one = (sql: string) => (db.prepare(sql).get() as { id: number } | undefined)?.id;
  // The application with the most on its side panel: status history, follow-ups, people and rounds.
  const application = one(
    `SELECT a.id FROM applications a
     ORDER BY (SELECT count(*) FROM application_status_history h WHERE h.application_id = a.id)
            + (SELECT count(*) FROM follow_ups f WHERE f.application_id = a.id)
            + (SELECT count(*) FROM application_contacts c WHERE c.application_id = a.id)
            + (SELECT count(*) FROM interviews i WHERE i.application_id = a.id) DESC, a.id DESC LIMIT 1`,
  );
  // The rejection with the most on its page: its tasks and the wins logged since, then the newest.
  const rejection = one(
    `SELECT r.id FROM rejections r
     ORDER BY (SELECT count(*) FROM tasks t WHERE t.rejection_id = r.id) DESC, r.created_at DESC, r.id DESC LIMIT 1`,
  );
  const newest = one('SELECT id FROM rejections ORDER BY created_at DESC, id DESC LIMIT 1');
  const person = busiestPerson(db);
  if (application === undefined || rejection === undefined || newest === undefined || person === undefined) {
    throw new Error('the DOM budget needs a seeded dataset with applications, rejections and people');
  }
  const counts = db
    .prepare(
      `SELECT (SELECT count(*) FROM applications) AS applications, (SELECT count(*) FROM rejections) AS rejections,
              (SELECT count(*) FROM wins) AS wins, (SELECT count(*) FROM contacts) AS people`,
    )
    .get() as { applications: number; rejections: number; wins: number; people: number };
  return { application, rejection, newest, person, counts };
}

/**
 * Every view at ten years, one row each: Today, Plan's week, the applications as a table and as a board,
 * one application's side panel, the People tab (at its hundred) and the busiest person's panel, the review, the Reflect list, a rejection's page, the reflection's
 * largest step, Wins (scrolled into its timeline) and Settings.
 */
export async function benchDom(page: Page, url: string, db: Database.Database, log: (line: string) => void): Promise<DomRow[]> {
  const inflight = inflightReads(page);
  const picked = heaviest(db);
  const n = (value: number) => value.toLocaleString('en-US');
  const open = async (hash: string, ready: string) => {
    await page.goto('about:blank');
    await page.goto(`${url}/#/${hash}`, { waitUntil: 'commit' });
    await page.locator(ready).first().waitFor({ timeout: 120_000 });
    return settledCount(page, inflight);
  };
  const rows: DomRow[] = [];
  const add = (key: string, name: string, elements: number) => {
    rows.push({ key, name, elements });
    log(`  DOM: ${name}: ${elements} elements`);
  };

  add('today', 'Today', await open('today', '.today-stack'));
  // Both long lists opened ("Show all …"), as someone working through them would.
  const today = content.planner.today;
  const showAll = (template: string) => page.getByRole('button', { name: templateMatcher(template) });
  for (const template of [today.showAllDue, today.showAllQuiet]) {
    await showAll(template).click();
    await page.getByRole('button', { name: today.showFewer, exact: true }).first().waitFor();
  }
  add('today-all', 'Today, both lists after “Show all”', await settledCount(page, inflight));
  add('plan-week', 'Plan, this week', await open('plan', '.week-title'));
  add(
    'plan-table',
    `Plan, applications table (${n(picked.counts.applications)} applications)`,
    await open('plan?applications', '.app-table tbody tr'),
  );
  add('plan-board', 'Plan, applications board', await open('plan?applications-board', '.board .app-card'));
  add(
    'side-panel',
    `an application's side panel (#/plan?application-${picked.application}, the one with the most history)`,
    await open(`plan?application-${picked.application}`, 'dialog.side-panel[open] h2'),
  );
  // Its forms that list choices opened: linking someone known, a new round and its first round's editor
  // (each with its time zones).
  const panel = page.locator('dialog.side-panel[open]');
  const details = content.planner.details;
  await panel.getByText(details.linkExisting, { exact: true }).click();
  await panel.getByLabel(details.linkSearch).waitFor();
  await panel.getByRole('button', { name: details.addRound, exact: true }).click();
  const editRound = panel.getByRole('button', { name: templateMatcher(details.editRound) }).first();
  const hasRound = (await editRound.count()) > 0;
  if (hasRound) await editRound.click();
  add(
    'side-panel-forms',
    `the same side panel, “Link someone”, “Add a round”${hasRound ? ' and a round’s editor' : ''} open`,
    await settledCount(page, inflight),
  );
  // The People tab at its fullest: "Show more" until the hundred it shows at most.
  const people = content.planner.people;
  add('plan-people', `Plan, people (${n(picked.counts.people)} people, 20 shown)`, await open('plan?people', '.people-table tbody tr'));
  const showMore = page.getByRole('button', { name: fillTemplate(people.showMore, { count: '20' }) });
  while ((await showMore.count()) > 0) {
    const before = await page.locator('.people-table tbody tr').count();
    await showMore.click();
    await page.locator(`.people-table tbody tr:nth-child(${before + 1})`).waitFor();
  }
  add('plan-people-all', `Plan, people after “Show more” up to the most it shows`, await settledCount(page, inflight));
  add(
    'person-panel',
    `a person's side panel (#/plan?person-${picked.person}, the one with the most history)`,
    await open(`plan?person-${picked.person}`, 'dialog.side-panel[open] .person-fields'),
  );
  // Their history a page further, as someone reading back would, when it has more than a page.
  const historyMore = page.locator('dialog.side-panel[open]').getByRole('button', { name: people.historyMore, exact: true });
  if ((await historyMore.count()) > 0) {
    await historyMore.click();
    await page.locator('.person-history li:nth-child(21)').waitFor();
    add('person-panel-more', `the same panel, its history's second page shown`, await settledCount(page, inflight));
  }
  add('review', 'Plan, review', await open('plan?review', '.week-nav'));
  add(
    'reflect-list',
    `Reflect, the list (${n(picked.counts.rejections)} rejections, ${rejectionsPageSize} a page)`,
    await open('reflect', '.rejection-list li'),
  );
  add(
    'rejection-page',
    `a rejection's page (#/reflect?rejection-${picked.rejection})`,
    await open(`reflect?rejection-${picked.rejection}`, '.rejection-page h2'),
  );

  // The reflection opens where it stopped (a finished one on its last step); Back walks every step.
  let largest = { step: 0, elements: await open(`reflect?reflect-${picked.newest}`, '#step-heading') };
  const flow = content.reflectUi.flow;
  const total = content.reflection.steps.length;
  const onStep = (step: number) =>
    page.locator('.step-count', { hasText: fillTemplate(flow.progress, { step: String(step), total: String(total) }) });
  let step = total;
  for (; step >= 1 && (await onStep(step).count()) === 0; step -= 1);
  largest.step = step;
  for (; step > 1; step -= 1) {
    await page.getByRole('button', { name: flow.back, exact: true }).click();
    await onStep(step - 1).waitFor();
    const elements = await settledCount(page, inflight);
    if (elements > largest.elements) largest = { step: step - 1, elements };
  }
  add('reflection-step', `a reflection step (the largest of its steps: step ${largest.step})`, largest.elements);

  await open('wins', '.timeline-list .win');
  // Into the timeline, as a person scrolling it would be (the first page of wins loaded).
  await page.locator('.timeline-scroll').evaluate((element) => element.scrollTo(0, element.scrollHeight / 2));
  add('wins', `Wins, timeline scrolled (${n(picked.counts.wins)} wins)`, await settledCount(page, inflight));
  add('settings', 'Settings', await open('settings', 'main form, main section'));
  return rows;
}
