import { describe, expect, it } from 'vitest';
import { content, fillTemplate } from '../../content';
import { screenshot } from './support/browser';
import { e2eSession } from './support/session';

/**
 * A "no" is never orphaned: an application marked rejected, its one-time
 * offer put off with "Not now", is mentioned once on Today, gently; that
 * mention leads to the reflection for that application, stays away once put
 * off itself, and the application's side panel keeps offering the reflection.
 */

const s = e2eSession('pending-reflection', { width: 1040, height: 720 });

const planner = content.planner;
const a = planner.applications;
const today = planner.today;
const company = 'Northwind Labs';
const caller = () => ({ url: `${s.harness.url}/`, isMainFrame: true });

async function createApplication(): Promise<number> {
  const result = await s.harness.core.dispatch(
    'applications:create',
    { company, role: 'Product designer', status: 'applied', day: new Date().toISOString().slice(0, 10) },
    caller(),
  );
  if (!result.ok) throw new Error(result.error.message);
  return (result.data as { id: number }).id;
}

/** Today's gentle mention of the rejection, found by its heading. */
const mention = () => s.page.getByRole('region', { name: fillTemplate(today.pendingTitle, { company }) });

async function openToday() {
  await s.page.goto(`${s.harness.url}/#/today`);
  await s.page.getByRole('heading', { level: 2, name: today.heading }).waitFor();
}

describe('a rejection not yet reflected on, in Chromium over the real store', () => {
  it('is mentioned once on Today after "Not now", leads to its reflection, stays away once put off, and stays in the side panel', async () => {
    const applicationId = await createApplication();
    const db = s.harness.core.db;

    // Marked rejected from its side panel: the one-time offer appears above the list, and is put off.
    await s.page.goto(`${s.harness.url}/#/plan?applications`);
    await s.page.getByRole('button', { name: company, exact: true }).click();
    const panel = s.page.getByRole('dialog', { name: company });
    await panel.getByLabel(a.status, { exact: true }).selectOption('rejected');
    await expect.poll(() => db.prepare('SELECT status FROM applications WHERE id = ?').pluck().get(applicationId)).toBe('rejected');
    // The panel closes by itself so the offer, above the list, is not hidden behind it.
    await panel.waitFor({ state: 'detached' });
    const offer = s.page.getByRole('region', { name: a.rejectedTitle });
    await offer.waitFor();
    await offer.getByRole('button', { name: a.notNow }).click();
    await offer.waitFor({ state: 'detached' });

    // Today mentions it, once.
    await openToday();
    await mention().waitFor();
    expect(await mention().count()).toBe(1);
    expect(await s.page.getByRole('heading', { name: fillTemplate(today.pendingTitle, { company }) }).count()).toBe(1);
    await screenshot(s.page, 'today-pending-reflection');

    // Its button opens the rejection form for that very application, and the reflection is linked to it.
    await mention().getByRole('link', { name: today.pendingAction }).click();
    await expect.poll(() => s.page.evaluate(() => window.location.hash)).toBe(`#/reflect?new-rejection-${applicationId}`);
    await s.page.getByText(fillTemplate(content.reflectUi.form.prefilled, { company })).waitFor();
    expect(await s.page.getByLabel(content.reflectUi.form.company).inputValue()).toBe(company);
    await s.page.getByRole('button', { name: content.reflectUi.form.reflectNow }).click();
    await s.page.getByRole('heading', { level: 2, name: content.reflection.steps[0]?.title }).waitFor();
    const rejection = db.prepare('SELECT id FROM rejections WHERE application_id = ?').get(applicationId) as { id: number } | undefined;
    expect(rejection).toBeDefined();
    const rejectionId = rejection!.id;
    expect(await s.page.evaluate(() => window.location.hash)).toBe(`#/reflect?reflect-${rejectionId}`);

    // Left part way: Today still mentions it, now to carry on. Put off, it stays away, reload or not.
    await openToday();
    await mention().getByRole('link', { name: today.pendingContinue }).waitFor();
    expect(await mention().count()).toBe(1);
    await mention().getByRole('button', { name: today.pendingLater }).click();
    await mention().waitFor({ state: 'detached' });
    const asked = s.page.waitForEvent('requestfinished', (request) => (request.postData() ?? '').includes('"reflection:pending"'));
    await s.page.reload();
    await asked;
    await s.page.getByRole('heading', { level: 2, name: today.heading }).waitFor();
    // The answer is in and the page has drawn a frame after it: had the mention come back, it would be here.
    await s.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    expect(await mention().count()).toBe(0);
    const pending = await s.harness.core.dispatch('reflection:pending', undefined, caller());
    expect(pending).toMatchObject({ ok: true, data: null });

    // The application's side panel still offers the reflection, to carry on where it stopped.
    await s.page.goto(`${s.harness.url}/#/plan?application-${applicationId}`);
    const opened = s.page.getByRole('dialog', { name: company });
    const carryOn = opened.getByRole('link', { name: fillTemplate(a.carryOnReflectingFor, { company }) });
    await carryOn.waitFor();
    expect(await carryOn.getAttribute('href')).toBe(`#/reflect?reflect-${rejectionId}`);
    await carryOn.click();
    await s.page.getByRole('heading', { level: 2, name: content.reflection.steps[0]?.title }).waitFor();
  });
});
