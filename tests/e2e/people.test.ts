import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { content, fillTemplate } from '../../content';
import { screenshot } from './support/browser';
import { e2eSession } from './support/session';

/**
 * The People tab in Chromium over the real core (the harness, not Electron): a person added, found by
 * typing, opened, edited, their link kept across a reload, deleted; and pictures of the tab and a
 * person's panel at the window's usual size and its minimum, light and dark.
 */

const s = e2eSession('people');
const p = content.planner.people;
const d = content.planner.details;

/** An assertion that waits for the page to catch up (an IPC round trip on a busy machine), never a fixed pause. */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });

async function call<T = { id: number }>(channel: string, input: unknown): Promise<T> {
  const result = await s.harness.core.dispatch(channel, input, { url: `${s.harness.url}/`, isMainFrame: true });
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.data as T;
}

const table = () => s.page.locator('table.people-table');
const names = () => table().locator('tbody .row-open').allTextContents();
const panel = (name: string) => s.page.getByRole('dialog', { name });
const stored = (name: string) =>
  s.harness.core.db.prepare('SELECT role, profile_link AS profileLink FROM contacts WHERE name = ?').get(name) as
    { role: string; profileLink: string } | undefined;

async function bothThemes(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `${name}-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('the People tab in Chromium over the real core', () => {
  it('adds a person, finds them by typing, edits them, keeps their link after a reload, and deletes them', async () => {
    const acme = await call('applications:create', { company: 'Acme', role: 'Product designer' });
    await call('contacts:create', { name: 'Bo Chen', role: 'Recruiter', company: 'Birchwood' });
    await s.page.goto(`${s.harness.url}/#/plan?people`);
    await s.page.getByRole('tab', { name: content.planner.plan.tabPeople, selected: true }).waitFor();
    await eventually(names).toEqual(['Bo Chen']);

    await s.page.getByRole('button', { name: p.add }).click();
    const form = s.page.getByRole('form', { name: p.addHeading });
    await form.getByRole('button', { name: p.addButton }).click();
    await form.getByText(content.planner.errors.contactNameMissing).waitFor();
    await form.getByLabel(d.personName).fill('Priya Natarajan');
    await form.getByLabel(d.personRole).fill('Hiring manager');
    await form.getByLabel(p.company).fill('Acme');
    await form.getByRole('button', { name: p.addButton }).click();
    // Added, their panel opens at once to fill in the rest.
    await panel('Priya Natarajan').waitFor();
    const id = s.harness.core.db.prepare("SELECT id FROM contacts WHERE name = 'Priya Natarajan'").pluck().get() as number;
    await eventually(() => s.page.evaluate(() => window.location.hash)).toBe(`#/plan?person-${id}`);
    await panel('Priya Natarajan')
      .getByRole('button', { name: fillTemplate(p.closeLabel, { name: 'Priya Natarajan' }) })
      .click();
    await eventually(() => panel('Priya Natarajan').count()).toBe(0);
    await eventually(names).toEqual(['Bo Chen', 'Priya Natarajan']);

    // Found by a few letters of her company.
    await s.page.getByLabel(p.filter).fill('acm');
    await eventually(names).toEqual(['Priya Natarajan']);
    await table().getByRole('button', { name: 'Priya Natarajan' }).click();
    const priya = panel('Priya Natarajan');
    await priya.getByLabel(d.personRole).waitFor();

    // Edited: a link that is not a web link is refused beside its field, the text kept; a good one saves.
    await priya.getByLabel(d.personRole).fill('Head of design');
    const link = priya.getByLabel(d.personProfile);
    await link.fill('javascript:alert(1)');
    await link.press('Tab');
    await priya.getByText(content.planner.errors.webLink).waitFor();
    await priya.getByLabel(d.personName).fill('');
    await priya.getByLabel(d.personName).press('Tab');
    await priya.getByText(content.planner.errors.contactNameMissing).waitFor();
    await screenshot(s.page, 'people-panel-refused-wide-light');
    await priya.getByLabel(d.personName).fill('Priya Natarajan');
    expect(await link.getAttribute('aria-invalid')).toBe('true');
    expect(await link.inputValue()).toBe('javascript:alert(1)');
    await eventually(() => Promise.resolve(stored('Priya Natarajan')?.role)).toBe('Head of design');
    expect(stored('Priya Natarajan')?.profileLink ?? '').toBe('');
    await link.fill('https://profiles.example/priya');
    await link.press('Tab');
    await eventually(() => Promise.resolve(stored('Priya Natarajan')?.profileLink)).toBe('https://profiles.example/priya');
    await eventually(() => priya.getByText(content.planner.errors.webLink).count()).toBe(0);

    // Linked to an application from elsewhere: the count and the panel say so after a reload.
    await call('contacts:link', { applicationId: acme.id, contactId: id });
    await s.page.reload();
    await priya.getByLabel(d.personProfile).waitFor();
    expect(await priya.getByLabel(d.personProfile).inputValue()).toBe('https://profiles.example/priya');
    expect(await priya.getByLabel(d.personRole).inputValue()).toBe('Head of design');
    await priya.getByRole('button', { name: fillTemplate(p.openApplication, { company: 'Acme', role: 'Product designer' }) }).waitFor();

    // Deleted, after a question that says what goes and what stays.
    await priya.getByRole('button', { name: p.delete }).click();
    const ask = priya.getByRole('group', { name: fillTemplate(p.deleteQuestion, { name: 'Priya Natarajan' }) });
    await ask.getByText(fillTemplate(p.deleteWhat, { count: 1 })).waitFor();
    await ask.getByRole('button', { name: p.deleteYes }).click();
    await eventually(() => s.page.getByRole('dialog').count()).toBe(0);
    await s.page.getByText(fillTemplate(p.deleted, { name: 'Priya Natarajan' })).waitFor();
    await s.page.getByLabel(p.filter).fill('');
    await eventually(names).toEqual(['Bo Chen']);
    expect(stored('Priya Natarajan')).toBeUndefined();
    expect(await call<unknown[]>('contacts:list', { applicationId: acme.id })).toEqual([]);
    expect(s.harness.core.db.prepare('SELECT count(*) FROM applications').pluck().get()).toBe(1);
  });

  it('is pictured with a full list and a full panel at 1040×720 and 720×520, light and dark', { timeout: 60_000 }, async () => {
    const before = s.harness.core.db.prepare('SELECT count(*) FROM contacts').pluck().get() as number;
    const apps: { id: number }[] = [];
    for (const [company, role] of [
      ['Northwind Traders International', 'Senior frontend developer'],
      ['Bluebridge', 'Product designer'],
      ['Cedar Health', 'Data analyst'],
    ] as const)
      apps.push(await call('applications:create', { company, role, status: 'applied' }));
    const people = [
      { name: 'Sam Rivera', role: 'Technical recruiter', company: 'Bluebridge' },
      {
        name: 'Maximiliane Obermüller-Hohenstein',
        role: 'Director of people operations, EMEA',
        company: 'Northwind Traders International',
      },
      { name: 'Jo Kim', role: '', company: '' },
      { name: 'Ana Ruíz', role: 'Hiring manager', company: 'Cedar Health' },
      { name: 'Dev Patel', role: 'Friend, referred me', company: '' },
    ];
    const ids: number[] = [];
    for (const person of people) ids.push((await call('contacts:create', person)).id);
    for (const app of apps) await call('contacts:link', { applicationId: app.id, contactId: ids[1]!, relation: 'hiring_manager' });
    await call('contacts:update', {
      id: ids[1]!,
      fields: {
        email: 'maximiliane.obermueller-hohenstein@northwind-traders.example',
        phone: '+49 30 1234567 ext. 12',
        profileLink: 'https://profiles.example/maximiliane-obermueller-hohenstein-director-people',
        notes: 'Met at the design meetup in May. Asked me to send my portfolio once the new role opens.',
      },
    });
    await call('planner:logActivity', { kind: 'network', note: 'Coffee about the new design team', contactId: ids[1]! });

    for (const size of [
      { name: 'wide', width: 1040, height: 720 },
      { name: 'small', width: 720, height: 520 },
    ]) {
      await s.page.setViewportSize({ width: size.width, height: size.height });
      // Reloaded: a hash-only goto would keep the tab as the last size left it (the add form open).
      await s.page.goto(`${s.harness.url}/#/plan?people`);
      await s.page.reload();
      await eventually(async () => (await names()).length).toBe(before + people.length);
      await bothThemes(s.page, `people-tab-${size.name}`);
      await s.page.getByRole('button', { name: p.add }).click();
      const form = s.page.getByRole('form', { name: p.addHeading });
      await form.getByRole('button', { name: p.addButton }).click();
      await form.getByText(content.planner.errors.contactNameMissing).waitFor();
      await bothThemes(s.page, `people-add-${size.name}`);
      // Nothing spills sideways out of the window.
      expect(await s.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);

      await s.page.goto(`${s.harness.url}/#/plan?person-${ids[1]}`);
      await panel(people[1]!.name).getByLabel(d.personNotes).waitFor();
      await bothThemes(s.page, `people-panel-${size.name}`);
      await panel(people[1]!.name)
        .getByRole('heading', { name: p.applications })
        .evaluate((heading) => heading.scrollIntoView({ block: 'center' }));
      await bothThemes(s.page, `people-panel-apps-${size.name}`);
      await panel(people[1]!.name).getByRole('button', { name: p.delete }).click();
      await panel(people[1]!.name).getByRole('button', { name: p.deleteNo }).scrollIntoViewIfNeeded();
      await bothThemes(s.page, `people-panel-delete-${size.name}`);
      await panel(people[1]!.name).getByRole('button', { name: p.deleteNo }).click();
      // The panel fits the window: no sideways scroll inside it.
      expect(
        await s.page.evaluate(() => {
          const dialog = document.querySelector('dialog.side-panel');
          return dialog ? dialog.scrollWidth - dialog.clientWidth : -1;
        }),
      ).toBe(0);
    }
  });

  it('keeps the field the keyboard moves back to clear of the panel’s sticky heading (720×520)', async () => {
    const { id } = await call('contacts:create', {
      name: 'Ngozi Adaeze Okonkwo-Whitfield',
      role: 'Senior talent partner, engineering',
      company: 'Northwind Traders International',
      notes: 'Long notes.\n'.repeat(20),
    });
    await s.page.setViewportSize({ width: 720, height: 520 });
    await s.page.goto(`${s.harness.url}/#/plan?person-${id}`);
    const dialog = panel('Ngozi Adaeze Okonkwo-Whitfield');
    await dialog.getByLabel(d.personNotes).waitFor();
    await dialog.getByRole('button', { name: p.delete }).focus();
    // Shift+Tab back up to the first field: each one the focus lands on is below the heading, not under it.
    const hidden: string[] = [];
    for (let step = 0; step < 12; step += 1) {
      await s.page.keyboard.press('Shift+Tab');
      const where = await s.page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        const head = document.querySelector('dialog.side-panel .side-panel-head');
        if (!active || !head || head.contains(active)) return null;
        return {
          label: active.id ? (document.querySelector(`label[for="${active.id}"]`)?.textContent ?? active.id) : active.textContent,
          top: active.getBoundingClientRect().top,
          below: head.getBoundingClientRect().bottom,
        };
      });
      if (where && where.top < where.below) hidden.push(`${where.label} at ${Math.round(where.top)} under ${Math.round(where.below)}`);
      if (where?.label === d.personName) break;
    }
    expect(hidden).toEqual([]);
  });
});
