import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { format, subDays } from 'date-fns';
import { afterEach, describe, expect, it } from 'vitest';
import { content, fillTemplate } from '../../content';
import { App } from '../../renderer/src/app/App';
import type { TestCore } from '../support/core';
import { appCaller } from '../support/core';
import { connectRealCore, renderWithQuery } from './withCore';

let core: TestCore | null = null;
afterEach(() => core?.close());

const today = content.planner.today;
const daysAgo = (days: number) => format(subDays(new Date(), days), 'yyyy-MM-dd');

async function open(hash: string, setup?: (core: TestCore) => Promise<void> | void) {
  ({ core } = await connectRealCore());
  await setup?.(core);
  window.location.hash = hash;
  renderWithQuery(<App />);
  return userEvent.setup();
}

async function dispatch(channel: string, input: unknown) {
  const result = await core!.dispatch(channel, input, appCaller);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as { id: number };
}

describe('Today with the planner', () => {
  it('keeps the empty state until there is a plan or an application', async () => {
    await open('#/today');
    expect(await screen.findByRole('heading', { level: 2, name: 'A clear day so far' })).toBeInTheDocument();
  });

  it("shows today's steps, a due follow-up sent in one click, and the week's progress", async () => {
    const user = await open('#/today', async (c) => {
      const result = await c.dispatch(
        'applications:create',
        { company: 'Acme', role: 'Designer', status: 'applied', day: daysAgo(10) },
        appCaller,
      );
      expect(result.ok).toBe(true);
    });
    const due = await screen.findByRole('list', { name: 'Follow-ups due' });
    expect(within(due).getByText('Acme')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: "Today's steps" })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Applications' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mark follow-up to Acme as sent' }));
    expect(await screen.findByText('No follow-ups due today.')).toBeInTheDocument();
    expect(core!.db.prepare("SELECT count(*) FROM activities WHERE kind = 'follow_up'").pluck().get()).toBe(1);
    expect(core!.db.prepare("SELECT count(*) FROM wins WHERE kind = 'followup'").pluck().get()).toBe(1);
  });
});

describe('Today, the first hour', () => {
  it('leads a first run with logging the rejection', async () => {
    const user = await open('#/today');
    const card = (await screen.findByRole('heading', { level: 2, name: 'Just heard a no?' })).closest('section') as HTMLElement;
    await user.click(within(card).getByRole('button', { name: 'Log a rejection' }));
    expect(window.location.hash).toBe('#/reflect?new-rejection');
  });

  it('logs a step done by hand in one click, once, and sends applying to the applications', async () => {
    const user = await open('#/today', async (c) => {
      const week = await c.dispatch('planner:week', undefined, appCaller);
      if (!week.ok) throw new Error(week.error.message);
      const weekStart = (week.data as { weekStart: string }).weekStart;
      const every = ['search', 'apply', 'learn'];
      const dayPlan = Object.fromEntries(['0', '1', '2', '3', '4', '5', '6'].map((day) => [day, every]));
      const saved = await c.dispatch('planner:setDayPlan', { weekStart, dayPlan }, appCaller);
      if (!saved.ok) throw new Error(saved.error.message);
    });
    expect(screen.queryByRole('heading', { name: 'Just heard a no?' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Log Learn for today' }));
    const logged = await screen.findByRole('button', { name: 'Learn logged for today' });
    expect(logged).toHaveAttribute('aria-pressed', 'true');
    expect(logged).toBeDisabled();
    expect(core!.db.prepare("SELECT count(*) FROM activities WHERE kind = 'learn'").pluck().get()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Apply: open your applications' }));
    expect(window.location.hash).toBe('#/plan?applications');
    expect(core!.db.prepare("SELECT count(*) FROM activities WHERE kind = 'apply'").pluck().get()).toBe(0);
  });
});

describe('Plan', () => {
  it('lands on the tab a tray or notification click asks for, even when Plan is already open on another', async () => {
    const connection = await connectRealCore();
    core = connection.core;
    window.location.hash = '#/plan?review';
    renderWithQuery(<App />);
    const user = userEvent.setup();
    expect(await screen.findByRole('tab', { name: 'Review and history', selected: true })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'This week' }));
    expect(await screen.findByRole('tab', { name: 'This week', selected: true })).toBeInTheDocument();
    act(() => connection.emit('nav:open', { view: 'plan', action: 'review' }));
    expect(await screen.findByRole('tab', { name: 'Review and history', selected: true })).toBeInTheDocument();
    act(() => connection.emit('nav:open', { view: 'plan', action: 'applications' }));
    expect(await screen.findByRole('tab', { name: 'Applications', selected: true })).toBeInTheDocument();
  });

  it('shows every tab on a first run, the week inviting a start', async () => {
    const user = await open('#/plan');
    expect(await screen.findByRole('button', { name: "Set this week's targets" })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Applications' }));
    expect(await screen.findByRole('tab', { name: 'Applications', selected: true })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/plan?applications');
  });

  it('starts from its empty state, and changes a single week without touching the defaults', async () => {
    const user = await open('#/plan');
    await user.click(await screen.findByRole('button', { name: "Set this week's targets" }));
    const apply = await screen.findByRole('spinbutton', { name: 'Applications' });
    const search = screen.getByRole('spinbutton', { name: 'Search sessions' });
    // Targets save as they are typed; leaving a field writes at once.
    fireEvent.change(apply, { target: { value: '1001' } });
    fireEvent.change(search, { target: { value: '-1' } });
    fireEvent.focusOut(search);
    expect(await screen.findByText('Keep targets under 1,000 a week; a steady pace beats a huge one.')).toBeInTheDocument();
    expect(apply).toHaveAttribute('aria-invalid', 'true');
    expect(apply).toHaveAccessibleDescription(/under 1,000/);
    expect(search).toHaveAccessibleDescription('A target cannot be negative.');
    expect(core!.db.prepare('SELECT count(*) FROM weeks').pluck().get()).toBe(0);
    fireEvent.change(apply, { target: { value: '4' } });
    fireEvent.change(search, { target: { value: '2' } });
    fireEvent.focusOut(search);
    const targets = within(screen.getByRole('form', { name: 'Targets for this week' }));
    expect(await targets.findByText('Saved')).toBeInTheDocument();
    expect(core!.db.prepare('SELECT target_apply FROM weeks').pluck().get()).toBe(4);
    expect(core!.settings.get().targets.apply).toBe(5);
  });

  it('moves between its sections with the arrow keys', async () => {
    const user = await open('#/plan?review');
    const review = await screen.findByRole('tab', { name: 'Review and history' });
    expect(review).toHaveAttribute('aria-selected', 'true');
    review.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'This week' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Review and history' })).toHaveAttribute('aria-selected', 'true');
    // The chart has a text alternative: a title and a table of the same numbers.
    expect(await screen.findByRole('img', { name: /Activities per week/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Activities per week, as a table' })).toBeInTheDocument();
  });

  it('asks before adding one already tracked, naming it beside Company, and adds it when the person confirms', async () => {
    const user = await open('#/plan?applications', async (c) => {
      expect((await c.dispatch('applications:create', { company: 'ACME, Inc.', role: 'Designer' }, appCaller)).ok).toBe(true);
    });
    await user.click(await screen.findByRole('button', { name: 'Add application' }));
    const form = screen.getByRole('form', { name: 'Add an application' });
    await user.type(within(form).getByLabelText('Company'), 'Acme');
    await user.type(within(form).getByLabelText('Role'), 'designer');
    await user.click(within(form).getByRole('button', { name: 'Add application' }));
    await waitFor(() =>
      expect(within(form).getByLabelText('Company')).toHaveAccessibleDescription(
        'ACME, Inc. (Designer) is already on your list. Is this a different opening?',
      ),
    );
    expect(core!.db.prepare('SELECT count(*) FROM applications').pluck().get()).toBe(1);
    await user.click(within(form).getByRole('button', { name: 'Add anyway' }));
    await waitFor(() => expect(core!.db.prepare('SELECT count(*) FROM applications').pluck().get()).toBe(2));
    expect(within(form).queryByRole('button', { name: 'Add anyway' })).not.toBeInTheDocument();
  });

  it('adds an application (refusing a bad link beside its field) and marks it applied from its row', async () => {
    const user = await open('#/plan?applications');
    await user.click(await screen.findByRole('button', { name: 'Add application' }));
    const form = screen.getByRole('form', { name: 'Add an application' });
    await user.type(within(form).getByLabelText('Company'), 'Acme');
    await user.selectOptions(within(form).getByLabelText('Status'), 'saved');
    await user.type(within(form).getByLabelText('Link to the posting'), 'ftp://acme.example');
    await user.click(within(form).getByRole('button', { name: 'Add application' }));
    const link = within(form).getByLabelText('Link to the posting');
    expect(link).toHaveAccessibleDescription('Use a web link that starts with http:// or https://.');
    // Focus leaves the button for the field in error, so its message is what is read next.
    await waitFor(() => expect(link).toHaveFocus());
    expect(core!.db.prepare('SELECT count(*) FROM applications').pluck().get()).toBe(0);
    await user.clear(link);
    await user.type(link, 'https://acme.example/jobs/7');
    await user.click(within(form).getByRole('button', { name: 'Add application' }));
    const row = await screen.findByRole('row', { name: /^Acme/ });
    await user.click(within(row).getByRole('button', { name: 'Mark applied: Acme' }));
    expect(await within(row).findByText(/Follow up on/)).toBeInTheDocument();
    expect(within(row).getByText('Applied', { selector: '.status-chip' })).toBeInTheDocument();
    // A rejection, and the reflection it offers, from the board: tests/renderer/applicationsBoard.test.tsx.
  });

  it('refuses a link that is not a web link in the details, beside its field, and saves the fields around it', async () => {
    const user = await open('#/plan?applications', async () => {
      await dispatch('applications:create', { company: 'Acme', status: 'applied', day: daysAgo(2), link: 'https://acme.example/jobs/7' });
    });
    const row = await screen.findByRole('row', { name: /^Acme/ });
    await user.click(within(row).getByRole('button', { name: 'Acme' }));
    const panel = await screen.findByRole('dialog', { name: 'Acme' });
    const link = await within(panel).findByLabelText('Link to the posting');
    await user.clear(link);
    await user.type(link, 'javascript:alert(1)');
    await user.tab();
    expect(await within(panel).findByText('Use a web link that starts with http:// or https://.')).toBeInTheDocument();
    expect(link).toHaveAccessibleDescription('Use a web link that starts with http:// or https://.');
    // What was typed stays in the field to be mended.
    expect(link).toHaveValue('javascript:alert(1)');
    // A field saved after it lands (saves run in order), and the link kept is still the good one.
    const location = within(panel).getByLabelText('Location');
    await user.type(location, 'Porto');
    await user.tab();
    await waitFor(() => expect(core!.db.prepare('SELECT location FROM applications').pluck().get()).toBe('Porto'));
    expect(core!.db.prepare('SELECT link FROM applications').pluck().get()).toBe('https://acme.example/jobs/7');
  });

  it('names the notes field in the details apart from its heading, and saves what is written in it', async () => {
    const user = await open('#/plan?applications', async () => {
      await dispatch('applications:create', { company: 'Acme', status: 'applied', day: daysAgo(2) });
    });
    const row = await screen.findByRole('row', { name: /^Acme/ });
    await user.click(within(row).getByRole('button', { name: 'Acme' }));
    const panel = await screen.findByRole('dialog', { name: 'Acme' });
    const section = within(panel).getByRole('region', { name: 'Notes' });
    // The heading says "Notes" once; the field says what goes in it (a screen reader read "Notes, Notes").
    const notes = within(section).getByRole('textbox', { name: 'What you want to remember about this one' });
    await user.type(notes, 'Ask about the team size');
    await user.tab();
    await waitFor(() => expect(core!.db.prepare('SELECT notes FROM applications').pluck().get()).toBe('Ask about the team size'));
  });

  it('offers a short closure for an application gone quiet', async () => {
    const user = await open('#/plan?applications', async () => {
      const app = await dispatch('applications:create', { company: 'Quiet Co', status: 'applied', day: daysAgo(40) });
      core!.db.prepare('UPDATE applications SET updated_at = ? WHERE id = ?').run(subDays(new Date(), 30).toISOString(), app.id);
    });
    const row = await screen.findByRole('row', { name: /^Quiet Co/ });
    expect(within(row).getByText('Quiet for a while')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Close as no reply: Quiet Co' }));
    await waitFor(() => expect(core!.db.prepare('SELECT status FROM applications').pluck().get()).toBe('no_reply'));
  });

  it('shows the board by status', async () => {
    const user = await open('#/plan?applications', async () => {
      await dispatch('applications:create', { company: 'Saved Co' });
      await dispatch('applications:create', { company: 'Applied Co', status: 'applied' });
    });
    await screen.findByRole('row', { name: /^Saved Co/ });
    await user.click(screen.getByRole('radio', { name: 'Board' }));
    await waitFor(() => expect(window.location.hash).toBe('#/plan?applications-board'));
    const applied = await screen.findByRole('region', { name: /^Applied/ });
    expect(within(applied).getByRole('article', { name: 'Applied Co' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: /^Saved/ })).getByRole('article', { name: 'Saved Co' })).toBeInTheDocument();
  });
});

describe('the planner settings', () => {
  it('saves what keeps a streak and when to suggest "no reply", refusing odd values beside the field', async () => {
    await open('#/settings');
    const silence = await screen.findByLabelText(/"no reply" after this many quiet days/);
    fireEvent.change(silence, { target: { value: '2' } });
    fireEvent.focusOut(silence);
    expect(await screen.findByText('Give it at least 3 days.')).toBeInTheDocument();
    expect(silence).toHaveAccessibleDescription('Give it at least 3 days.');
    expect(core!.settings.get().silenceAfterDays).toBe(21);
    fireEvent.change(silence, { target: { value: '30' } });
    const minApply = screen.getByLabelText('Roles applied for');
    fireEvent.change(minApply, { target: { value: '2' } });
    fireEvent.focusOut(minApply);
    expect(await within(screen.getByRole('form', { name: 'Your week' })).findByText('Saved')).toBeInTheDocument();
    expect(core!.settings.get().silenceAfterDays).toBe(30);
    expect(core!.settings.get().streakRule).toEqual({ minApply: 2, minFollowUp: 1 });
  });
});

describe('follow-ups from an application', () => {
  it('marks one sent from the details and schedules the next', async () => {
    const user = await open('#/plan?applications', async () => {
      await dispatch('applications:create', { company: 'Acme', status: 'applied', day: daysAgo(2) });
    });
    const row = await screen.findByRole('row', { name: /^Acme/ });
    await user.click(within(row).getByRole('button', { name: 'Acme' }));
    const panel = await screen.findByRole('dialog', { name: 'Acme' });
    await user.type(await within(panel).findByLabelText(/follow up again in/), '5');
    await user.click(within(panel).getByRole('button', { name: 'Mark follow-up sent' }));
    expect(await within(panel).findByText('Follow-up logged. Nice nudge.')).toBeInTheDocument();
    const rows = core!.db.prepare('SELECT state, due_on AS dueOn FROM follow_ups ORDER BY id').all();
    expect(rows).toEqual([
      { state: 'sent', dueOn: daysAgo(-5) },
      { state: 'pending', dueOn: daysAgo(-5) },
    ]);
  });

  it('closes the details for a rejection chosen there, so the offer to reflect can take the focus', async () => {
    const user = await open('#/plan?applications', async () => {
      await dispatch('applications:create', { company: 'Acme', status: 'applied', day: daysAgo(2) });
    });
    const row = await screen.findByRole('row', { name: /^Acme/ });
    await user.click(within(row).getByRole('button', { name: 'Acme' }));
    const panel = await screen.findByRole('dialog', { name: 'Acme' });
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Status' }), 'rejected');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('heading', { name: "Sorry this one didn't work out" })).toHaveFocus());
    expect(core!.db.prepare('SELECT status FROM applications').pluck().get()).toBe('rejected');
  });

  it('lists quiet applications on Today with a short closure', async () => {
    const user = await open('#/today', async () => {
      const app = await dispatch('applications:create', { company: 'Quiet Co', status: 'applied', day: daysAgo(40) });
      core!.db.prepare('UPDATE applications SET updated_at = ? WHERE id = ?').run(subDays(new Date(), 30).toISOString(), app.id);
    });
    await user.click(await screen.findByRole('button', { name: 'Keep waiting: Quiet Co' }));
    await waitFor(() => expect(screen.queryByText('Quiet for a while: Quiet Co')).not.toBeInTheDocument());
    expect(core!.db.prepare('SELECT status FROM applications').pluck().get()).toBe('applied');
  });
});

/** Applications straight into the store (one transaction), as years of use would leave them. */
function manyApplications(c: TestCore, count: number, status = 'applied') {
  const at = new Date().toISOString();
  const insert = c.db.prepare(
    'INSERT INTO applications (company, role, status, applied_on, status_changed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  c.db.transaction(() => {
    for (let i = 0; i < count; i += 1) insert.run(`Company ${String(i).padStart(3, '0')}`, 'Analyst', status, daysAgo(40), at, at, at);
  })();
}

describe('Long lists', () => {
  it("picks a round's time zone by region and then city, never one list of every zone", async () => {
    const d = content.planner.details;
    let applicationId = 0;
    const user = await open('#/plan?applications', async () => {
      applicationId = (await dispatch('applications:create', { company: 'Acme', role: 'Designer' })).id;
    });
    window.location.hash = `#/plan?application-${applicationId}`;
    const panel = await screen.findByRole('dialog', { name: 'Acme' });
    await user.click(within(panel).getByRole('button', { name: d.addRound }));
    const form = within(panel).getByRole('form', { name: d.addRound });
    const region = within(form).getByLabelText(d.timeZoneRegion);
    const zone = within(form).getByLabelText(d.timeZone);
    const every = Intl.supportedValuesOf('timeZone').length;
    expect(within(zone).getAllByRole('option').length).toBeLessThan(every / 2);
    await user.selectOptions(region, 'Asia');
    await waitFor(() => expect((zone as HTMLSelectElement).value).toMatch(/^Asia\//));
    expect(
      within(zone)
        .getAllByRole<HTMLOptionElement>('option')
        .every((option) => option.value.startsWith('Asia/')),
    ).toBe(true);
    await user.selectOptions(zone, 'Asia/Tokyo');
    expect(within(zone).getByRole('option', { name: 'Tokyo' })).toHaveProperty('selected', true);
    await user.type(within(form).getByLabelText(d.day), '2026-12-10');
    await user.click(within(form).getByRole('button', { name: d.addRoundButton }));
    await waitFor(() => expect(core!.db.prepare('SELECT time_zone FROM interviews').pluck().all()).toEqual(['Asia/Tokyo']));
  });

  it('links someone known from a short list found by name, never every contact in the panel', async () => {
    const d = content.planner.details;
    let applicationId = 0;
    const user = await open('#/plan?applications', async (c) => {
      applicationId = (await dispatch('applications:create', { company: 'Acme', role: 'Designer' })).id;
      const insert = c.db.prepare('INSERT INTO contacts (name, company, created_at, updated_at) VALUES (?, ?, ?, ?)');
      const at = new Date().toISOString();
      for (let i = 0; i < 30; i += 1) insert.run(`Person ${String(i).padStart(2, '0')}`, 'Elsewhere', at, at);
      insert.run('Zed Quinn', 'Umbra', at, at);
    });
    window.location.hash = `#/plan?application-${applicationId}`;
    const panel = await screen.findByRole('dialog', { name: 'Acme' });
    // Closed, the picker reads nothing and holds nothing.
    const offered = () => [...panel.querySelectorAll('option')].filter((option) => option.textContent?.includes('(Elsewhere)')).length;
    expect(offered()).toBe(0);
    await user.click(within(panel).getByText(d.linkExisting));
    const who = await within(panel).findByLabelText(d.linkPick);
    await waitFor(() => expect(offered()).toBe(20));
    expect(within(panel).getByText(fillTemplate(d.linkMore, { count: '20' }))).toBeInTheDocument();
    await user.type(within(panel).getByLabelText(d.linkSearch), 'umbr');
    await waitFor(() =>
      expect(
        within(who)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Zed Quinn (Umbra)']),
    );
    expect(within(panel).queryByText(fillTemplate(d.linkMore, { count: '20' }))).not.toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: d.linkButton }));
    await within(panel).findByRole('button', { name: fillTemplate(d.unlink, { name: 'Zed Quinn' }) });
    // Linked now, so no longer offered.
    expect(await within(panel).findByText(d.linkNoMatch)).toBeInTheDocument();
  });

  it('pages the applications list fifty at a time, and the board ten per column with whole counts', { timeout: 20_000 }, async () => {
    const user = await open('#/plan?applications', (c) => {
      manyApplications(c, 60);
      manyApplications(c, 3, 'offer');
    });
    expect(await screen.findByText('Showing 50 of 63.')).toBeInTheDocument();
    expect(document.querySelectorAll('.app-table tbody tr[data-id]')).toHaveLength(50);
    await user.click(screen.getByRole('button', { name: 'Show 13 more' }));
    expect(await screen.findByText('Showing 63 of 63.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Board' }));
    const applied = await screen.findByRole('region', { name: 'Applied 60' });
    expect(within(applied).getAllByRole('article')).toHaveLength(10);
    expect(within(screen.getByRole('region', { name: 'Offer 3' })).getAllByRole('article')).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Show 10 more' }));
    await waitFor(() => expect(within(applied).getAllByRole('article')).toHaveLength(20));
  });

  it('lists the first five follow-ups due on Today, and every one on request', async () => {
    const user = await open('#/today', (c) => {
      manyApplications(c, 8);
      const insert = c.db.prepare('INSERT INTO follow_ups (application_id, due_on, created_at) VALUES (?, ?, ?)');
      for (let id = 1; id <= 8; id += 1) insert.run(id, daysAgo(20 - id), new Date().toISOString());
    });
    const due = await screen.findByRole('list', { name: 'Follow-ups due' });
    expect(within(due).getAllByRole('listitem')).toHaveLength(5);
    await user.click(screen.getByRole('button', { name: 'Show all 8 due' }));
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Follow-ups due' })).getAllByRole('listitem')).toHaveLength(8));
    // Eight fit on one page: no pages to move between.
    expect(screen.queryByRole('group', { name: today.dueHeading })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show fewer' }));
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Follow-ups due' })).getAllByRole('listitem')).toHaveLength(5));
  });

  it('opens a long list of follow-ups a page at a time, and keeps the reader inside it as it shrinks', async () => {
    const user = await open('#/today', (c) => {
      manyApplications(c, 41);
      const insert = c.db.prepare('INSERT INTO follow_ups (application_id, due_on, created_at) VALUES (?, ?, ?)');
      for (let id = 1; id <= 41; id += 1) insert.run(id, daysAgo(60 - id), new Date().toISOString());
    });
    const list = () => screen.getByRole('list', { name: today.dueHeading });
    const companies = () =>
      within(list())
        .getAllByRole('listitem')
        .map((item) => item.querySelector('strong')?.textContent);
    await screen.findByRole('list', { name: today.dueHeading });
    await user.click(screen.getByRole('button', { name: fillTemplate(today.showAllDue, { count: '41' }) }));
    const pages = await screen.findByRole('group', { name: today.dueHeading });
    const status = (first: number, last: number, total: number) =>
      fillTemplate(today.pageShowing, { first: String(first), last: String(last), total: String(total) });
    const previous = within(pages).getByRole('button', { name: fillTemplate(today.previousPage, { count: '20' }) });
    const next = within(pages).getByRole('button', { name: fillTemplate(today.nextPage, { count: '20' }) });
    expect(within(pages).getByRole('status')).toHaveTextContent(status(1, 20, 41));
    expect(companies()).toHaveLength(20);
    expect(companies()[0]).toBe('Company 000');
    expect(previous).toBeDisabled();

    await user.click(next);
    await waitFor(() => expect(companies()[0]).toBe('Company 020'));
    expect(companies()).toHaveLength(20);
    expect(within(pages).getByRole('status')).toHaveTextContent(status(21, 40, 41));
    await user.click(next);
    await waitFor(() => expect(companies()).toEqual(['Company 040']));
    expect(next).toBeDisabled();

    // The last one on the last page sent: that page is gone, so the reader lands on the one before it.
    await user.click(screen.getByRole('button', { name: fillTemplate(today.sentFor, { company: 'Company 040' }) }));
    await waitFor(() => expect(companies()[0]).toBe('Company 020'));
    expect(companies()).toHaveLength(20);
    expect(within(pages).getByRole('status')).toHaveTextContent(status(21, 40, 40));
    expect(next).toBeDisabled();
    await user.click(previous);
    await waitFor(() => expect(companies()[0]).toBe('Company 000'));

    await user.click(screen.getByRole('button', { name: today.showFewer }));
    await waitFor(() => expect(companies()).toHaveLength(5));
    expect(screen.queryByRole('group', { name: today.dueHeading })).not.toBeInTheDocument();
  });
});
