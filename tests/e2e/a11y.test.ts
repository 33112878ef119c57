import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { content } from '../../content';
import type { View } from '../../electron/core/app/contract';
import { busiestPerson } from '../../scripts/bench/domBudget';
import { seedEndDay } from '../../scripts/seed';
import type { Harness } from '../harness/server';
import { launchChromium, watchForOutsideRequests } from './support/browser';
import { startBuiltHarness } from './support/harness';
import { startTenYears, tenYearsSetupTimeout } from './support/tenYears';

/**
 * axe on every view, in the light and the dark theme, at the window's usual size and at its minimum:
 * at first launch (the empty states), over a few weeks of ordinary use (every kind of record, a
 * reflection at each of its steps), and over ten years of heavy use (at the usual size only). Any
 * serious or critical WCAG 2.1 A/AA finding fails, named by view, rule, impact and the first elements.
 */

const sizes = [
  { name: 'wide', width: 1040, height: 720 },
  { name: 'small', width: 720, height: 520 },
] as const;
const themes = ['light', 'dark'] as const;
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const failing = new Set(['serious', 'critical']);
/** Words a view shows while its first read is on its way: axe waits until none is on screen. */
const loadingWords = [
  content.views.app.loading,
  content.views.today.loading,
  content.views.settings.loading,
  content.planner.applications.loading,
  content.wins.view.loading,
];

interface ViewCase {
  name: string;
  hash: string;
  /** Something only the loaded view shows. */
  ready: (page: Page) => Locator;
  /** What axe checks when the view is a layer over one checked on its own (a form, a panel); else the page. */
  scope?: string;
}

type Call = (channel: string, input: unknown) => Promise<unknown>;

function caller(harness: Harness): Call {
  return async (channel, input) => {
    const result = await harness.core.dispatch(channel, input, { url: `${harness.url}/`, isMainFrame: true });
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.data;
  };
}

const reflectionSteps = content.reflection.steps;
/** What a person writes at each step, enough for the step to let them move on. */
const stepAnswers = [
  { step: 1, feelings: ['disappointed'], intensity: 6, freeWriting: 'I wanted this one.', recoveryHours: 24 },
  { step: 2, reasons: ['timing'], betterFit: 'A small team that ships often.' },
  { step: 3, tone: 'warm', subject: 'Thank you', message: 'Thank you for your time. What could I do better next time?' },
  { step: 4, outside: ['Internal candidate'], inside: ['Interview prep'], strengths: ['Clear writing'] },
  { step: 5, checklist: ['interview'], targetWeek: null },
  { step: 6, targets: { search: 5, apply: 4, followUp: 2 }, note: '', weekStart: null },
] as const;

/** A rejection whose reflection stands at `step` (1 to 7), the earlier steps answered. */
async function rejectionAtStep(call: Call, company: string, receivedOn: string, step: number): Promise<number> {
  const { id } = (await call('rejections:create', { company, role: 'Product designer', stage: 'interview', receivedOn })) as { id: number };
  await call('reflection:start', { rejectionId: id });
  for (const answers of stepAnswers.slice(0, step - 1)) {
    await call('reflection:saveStep', { rejectionId: id, answers });
    await call('reflection:move', { rejectionId: id, from: answers.step, to: answers.step + 1 });
  }
  return id;
}

/** A few weeks of ordinary use: targets, tasks, applications in every state, people, rounds, wins, rejections. */
async function ordinaryWeeks(call: Call, today: string): Promise<Records> {
  const day = (offset: number) => {
    const date = new Date(`${today}T12:00:00Z`);
    date.setUTCDate(date.getUTCDate() + offset);
    return date.toISOString().slice(0, 10);
  };
  const week = (await call('planner:week', undefined)) as { weekStart: string };
  await call('planner:setTargets', { weekStart: week.weekStart, targets: { search: 4, apply: 3, followUp: 2 } });
  await call('planner:addTask', { weekStart: week.weekStart, title: 'Refresh my resume summary' });
  await call('planner:logActivity', { kind: 'network', day: today, note: 'Coffee with Priya' });
  const made: { id: number }[] = [];
  const apps = [
    { company: 'Northwind', role: 'Frontend developer', status: 'applied', day: day(-20), notes: 'Found through a friend.' },
    { company: 'Bluebridge', role: 'Product designer', status: 'interviewing', day: day(-12) },
    { company: 'Cedar Health', role: 'Data analyst', status: 'offer', day: day(-30) },
    { company: 'Harbor Labs', role: 'Support lead', status: 'applied', day: day(-3), location: 'Remote' },
    { company: 'Stonepath', role: 'QA engineer', status: 'saved' },
  ];
  for (const app of apps) made.push((await call('applications:create', app)) as { id: number });
  const interviewing = made[1]!.id;
  const { id: contactId } = (await call('contacts:create', {
    name: 'Sam Rivera',
    role: 'Recruiter',
    email: 'sam@bluebridge.example',
    applicationId: interviewing,
    relation: 'recruiter',
  })) as { id: number };
  await call('contacts:create', { name: 'Jo Kim', company: 'Harbor Labs' });
  await call('interviews:create', {
    applicationId: interviewing,
    kind: 'technical',
    date: day(2),
    time: '14:00',
    timeZone: 'Europe/Berlin',
    place: 'Video call',
  });
  await call('wins:log', {
    kind: 'learning',
    title: 'Finished the accessibility course',
    note: 'Certificate saved.',
    day: day(-1),
    applicationId: null,
    rejectionId: null,
  });
  await call('wins:log', { kind: 'personal', title: 'Long walk, phone off', note: '', day: today, applicationId: null, rejectionId: null });
  const rejected = made[0]!.id;
  await call('applications:setStatus', { id: rejected, status: 'rejected', day: day(-1) });
  const { id: rejectionId } = (await call('rejections:create', {
    company: 'Northwind',
    role: 'Frontend developer',
    stage: 'interview',
    receivedOn: day(-1),
    channel: 'email',
    note: 'A kind note, thanking me for my time.',
    applicationId: rejected,
  })) as { id: number };
  const steps: Records['steps'] = [];
  for (const { number: step } of reflectionSteps)
    steps.push({ step, rejectionId: await rejectionAtStep(call, `Step ${step} Studio`, day(-2), step) });
  await call('planner:logActivity', { kind: 'network', day: day(-4), note: 'Call about the team', contactId });
  return { applicationId: interviewing, rejectionId, contactId, steps };
}

const h1 = (title: string) => (page: Page) => page.getByRole('heading', { level: 1, name: title });
const css = (selector: string) => (page: Page) => page.locator(selector).first();

interface Records {
  applicationId: number;
  rejectionId: number;
  /** A person whose side panel has applications and history in it. */
  contactId: number;
  /** A rejection whose reflection stands at each step shown. */
  steps: { step: number; rejectionId: number }[];
}

function viewsOf(ids: Records): ViewCase[] {
  return [
    { name: 'Today', hash: '#/today', ready: css('main h2') },
    { name: 'Plan, this week', hash: '#/plan', ready: css('#plan-panel-week .week-title') },
    { name: 'Plan, applications table', hash: '#/plan?applications', ready: css('table.app-table tbody tr') },
    { name: 'Plan, applications board', hash: '#/plan?applications-board', ready: css('.board') },
    { name: 'Plan, review', hash: '#/plan?review', ready: css('#plan-panel-review form') },
    {
      name: 'Plan, quick add',
      hash: '#/plan?add-application',
      ready: css('section.quick-add form'),
      scope: 'section.quick-add',
    },
    {
      name: 'Plan, an application',
      hash: `#/plan?application-${ids.applicationId}`,
      ready: css('dialog.side-panel[open] h2'),
      scope: 'dialog.side-panel',
    },
    { name: 'Plan, people', hash: '#/plan?people', ready: css('table.people-table tbody tr') },
    {
      name: 'Plan, a person',
      hash: `#/plan?person-${ids.contactId}`,
      ready: css('dialog.side-panel[open] .person-history li'),
      scope: 'dialog.side-panel',
    },
    { name: 'Reflect', hash: '#/reflect', ready: css('.rejection-list li') },
    { name: 'Reflect, new rejection', hash: '#/reflect?new-rejection', ready: css('form.rejection-form') },
    { name: "Reflect, a rejection's page", hash: `#/reflect?rejection-${ids.rejectionId}`, ready: css('.rejection-page #details-heading') },
    ...ids.steps.map(({ step, rejectionId }) => ({
      name: `Reflect, step ${step}`,
      hash: `#/reflect?reflect-${rejectionId}`,
      // By its title: the step before has a heading of the same id until this one renders.
      ready: (page: Page) => page.getByRole('heading', { level: 2, name: reflectionSteps[step - 1]?.title }),
    })),
    { name: 'Wins', hash: '#/wins', ready: css('.timeline-list .win') },
    { name: 'Wins, quick log', hash: '#/wins?quick-log', ready: css('form.win-form'), scope: 'form.win-form' },
    { name: 'Settings', hash: '#/settings', ready: h1(content.views.settings.title) },
  ];
}

/** Each serious or critical finding as one readable line: view, rule, impact, the first few elements. */
async function findings(page: Page, view: ViewCase): Promise<string[]> {
  // Legacy mode runs axe in the page itself (the app has no frames) rather than in a fresh page per run, and
  // only violations are gathered: together about four times faster on a busy machine, with the same findings.
  const axe = new AxeBuilder({ page });
  if (view.scope) axe.include(view.scope);
  const results = await axe
    .withTags(tags)
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations
    .filter((violation) => failing.has(violation.impact ?? ''))
    .map((violation) => {
      const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' '));
      const more = violation.nodes.length > 3 ? ` and ${violation.nodes.length - 3} more` : '';
      // axe's own words for the first element, e.g. the contrast it measured and the colours.
      const first = violation.nodes[0];
      const why = [...(first?.any ?? []), ...(first?.all ?? []), ...(first?.none ?? [])][0]?.message ?? violation.help;
      return `${view.name}: ${violation.id} (${violation.impact}) at ${targets.join(', ')}${more}: ${why}`;
    });
}

async function open(page: Page, harness: Harness, view: ViewCase): Promise<void> {
  await page.goto(`${harness.url}/${view.hash}`);
  await view.ready(page).waitFor();
  await expect
    .poll(() =>
      page.evaluate(
        (words) =>
          [...document.querySelectorAll('[role=status]')].some((status) => words.some((word) => status.textContent?.includes(word))),
        loadingWords,
      ),
    )
    .toBe(false);
}

/**
 * One describe per data set: a page per window size and theme (the theme set when the page opens, never
 * switched under a view), every view reached on it by its address.
 */
function axeOverEveryView(
  name: string,
  setup: () => Promise<{ harness: Harness; dataDir: string; views: ViewCase[] }>,
  options: { sizes: readonly (typeof sizes)[number][]; setupTimeout?: number } = { sizes },
) {
  describe(name, () => {
    const state = {} as { browser: Browser; harness: Harness; dataDir: string; views: ViewCase[] };
    beforeAll(async () => {
      Object.assign(state, await setup());
      state.browser = await launchChromium();
    }, options.setupTimeout);
    afterAll(async () => {
      await state.browser?.close();
      await state.harness?.close();
      if (state.dataDir) fs.rmSync(state.dataDir, { recursive: true, force: true });
    });
    for (const size of options.sizes) {
      for (const theme of themes) {
        it(`finds nothing serious or critical in any view (${theme}, ${size.width}×${size.height})`, { timeout: 120_000 }, async () => {
          const context = await state.browser.newContext({
            viewport: { width: size.width, height: size.height },
            colorScheme: theme,
            reducedMotion: 'reduce',
          });
          const page = await context.newPage();
          const outside = watchForOutsideRequests(page);
          const found: string[] = [];
          for (const view of state.views) {
            await open(page, state.harness, view);
            found.push(...(await findings(page, view)));
          }
          await context.close();
          // The count the README's accessibility row adds up: one axe check per view, size and theme.
          console.info(
            `axe: ${state.views.length} views checked (${name}, ${theme}, ${size.width}×${size.height}), ${found.length} findings`,
          );
          expect(found, `axe found serious or critical problems (${theme}, ${size.name}):\n${found.join('\n')}`).toEqual([]);
          expect(outside).toEqual([]);
        });
      }
    }
  });
}

// Wednesday 11 March 2026, mid-morning: the ordinary weeks are placed around it.
const ordinaryToday = '2026-03-11';

axeOverEveryView('axe at first launch, every view empty', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-e2e-a11y-empty-'));
  const harness = await startBuiltHarness(dataDir, { now: () => new Date(`${ordinaryToday}T10:00:00`) });
  const empty = (view: Exclude<View, 'settings'>) => (page: Page) =>
    page.getByRole('heading', { level: 2, name: content.views[view].emptyTitle });
  const views: ViewCase[] = [
    { name: 'Today, empty', hash: '#/today', ready: empty('today') },
    { name: 'Plan, empty', hash: '#/plan', ready: empty('plan') },
    {
      name: 'Plan, people, empty',
      hash: '#/plan?people',
      ready: (page: Page) => page.getByRole('heading', { level: 2, name: content.planner.people.emptyTitle }),
    },
    { name: 'Reflect, empty', hash: '#/reflect', ready: empty('reflect') },
    { name: 'Wins, empty', hash: '#/wins', ready: empty('wins') },
  ];
  return { harness, dataDir, views };
});

axeOverEveryView('axe over a few weeks of ordinary use', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-e2e-a11y-'));
  const harness = await startBuiltHarness(dataDir, { now: () => new Date(`${ordinaryToday}T10:00:00`) });
  return { harness, dataDir, views: viewsOf(await ordinaryWeeks(caller(harness), ordinaryToday)) };
});

axeOverEveryView(
  'axe over ten years of heavy use',
  async () => {
    const { harness, dataDir } = await startTenYears('a11y-ten-years');
    const newest = (table: string) => harness.core.db.prepare(`SELECT max(id) FROM ${table}`).pluck().get() as number;
    const seeded = { applicationId: newest('applications'), rejectionId: newest('rejections'), contactId: busiestPerson(harness.core.db)! };
    // Every seeded reflection is finished, and only step 4 shows the years behind it (the strengths named
    // before): one more rejection, standing there. The other steps show this rejection's words alone.
    const step4 = await rejectionAtStep(caller(harness), 'Step 4 Studio', seedEndDay, 4);
    const ids = { ...seeded, steps: [{ step: 4, rejectionId: step4 }] };
    return { harness, dataDir, views: viewsOf(ids) };
  },
  // One window size keeps the file within a few minutes on a busy machine; tenYears.test.ts checks the layout at both.
  { sizes: [sizes[0]], setupTimeout: tenYearsSetupTimeout },
);
