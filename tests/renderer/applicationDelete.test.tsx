import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { content } from '../../content';
import { buildApi } from '../../electron/core/ipc/api';
import { App } from '../../renderer/src/app/App';
import type { TestCore } from '../support/core';
import { appCaller } from '../support/core';
import { connectRealCore, renderWithQuery } from './withCore';

/**
 * Deleting an application from its side panel, over a real core on a temp folder: the panel closes
 * with no "no longer there" shown in between, the row or card leaves the list, and focus lands on the
 * row or card after it (before it, when it was the last), or on the list's heading when none is left,
 * never on the page. Expected values are the applications the tests made and the words of content/.
 */

let core: TestCore | null = null;
afterEach(() => {
  core?.close();
  core = null;
  vi.restoreAllMocks();
});

const a = content.planner.applications;
const gone = content.planner.errors.applicationGone;

async function dispatch(channel: string, input: unknown) {
  const result = await core!.dispatch(channel, input, appCaller);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as { id: number };
}

/**
 * Answers one call at a time, each in its own task, the way main answers IPC: the page is drawn between
 * two answers, so a read that says "gone" before the panel closes is seen (answered all in one turn, as
 * the plain test core does, React draws only the end).
 */
function answerOneAtATime() {
  const real = core!;
  let line: Promise<unknown> = Promise.resolve();
  window.rebound = buildApi(
    (channel, input) => {
      const answer = line.then(() => new Promise((resolve) => setTimeout(resolve, 0))).then(() => real.dispatch(channel, input, appCaller));
      line = answer;
      return answer;
    },
    () => () => undefined,
  );
}

/** Beta (newest activity), Acme (with a person and an interview round), Cobalt (oldest); the table lists them so. */
async function threeApplications(companies = ['Cobalt', 'Acme', 'Beta']) {
  ({ core } = await connectRealCore());
  const ids: Record<string, number> = {};
  for (const company of companies) ids[company] = (await dispatch('applications:create', { company, status: 'applied' })).id;
  if (ids.Acme) {
    await dispatch('contacts:create', { name: 'Ana Ruíz', applicationId: ids.Acme, relation: 'recruiter' });
    await dispatch('interviews:create', {
      applicationId: ids.Acme,
      kind: 'technical',
      date: '2026-03-20',
      time: '10:00',
      timeZone: 'Europe/Berlin',
    });
  }
  const at = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
  companies.forEach((company, index) =>
    core!.db.prepare('UPDATE applications SET updated_at = ? WHERE company = ?').run(at(30 - index * 10), company),
  );
  answerOneAtATime();
  return ids;
}

async function start(hash: string) {
  window.location.hash = hash;
  renderWithQuery(<App />);
  return userEvent.setup();
}

const rows = () => [...document.querySelectorAll('.app-table tbody tr[data-id] .row-open')].map((button) => button.textContent);
const stored = (company: string) => core!.db.prepare('SELECT count(*) FROM applications WHERE company = ?').pluck().get(company);

/**
 * Deletes from the open panel, answering the confirm with yes, and returns what the page showed from the
 * click until the panel had gone and the list had settled to `after` (each drawn state, as text).
 */
async function deleteFromPanel(panel: HTMLElement, user: ReturnType<typeof userEvent.setup>, settled: () => void) {
  vi.spyOn(window, 'confirm').mockReturnValue(true);
  const drawn: { alerts: string[]; panel: string | null; rows: (string | null)[] }[] = [];
  const watcher = new MutationObserver(() =>
    drawn.push({
      alerts: [...document.querySelectorAll('[role="alert"]')].map((node) => node.textContent ?? ''),
      panel: document.querySelector('dialog[open]')?.textContent ?? null,
      rows: rows(),
    }),
  );
  watcher.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  await user.click(within(panel).getByRole('button', { name: a.delete }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  await waitFor(settled);
  watcher.disconnect();
  return drawn;
}

describe('deleting an application from its side panel', () => {
  it('closes the panel with no "no longer there" in between, the row leaves, and focus goes to the next row', async () => {
    await threeApplications();
    const user = await start('#/plan?applications');
    await waitFor(() => expect(rows()).toEqual(['Beta', 'Acme', 'Cobalt']));
    await user.click(screen.getByRole('button', { name: 'Acme' }));
    const panel = await screen.findByRole('dialog', { name: 'Acme' });
    await within(panel).findByText('Ana Ruíz');
    await within(panel).findByText('Technical interview: Fri, Mar 20, 10:00');

    const drawn = await deleteFromPanel(panel, user, () => expect(rows()).toEqual(['Beta', 'Cobalt']));
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.filter((state) => state.alerts.length > 0 || state.panel?.includes(gone))).toEqual([]);
    // While the panel was open it still showed Acme's people and round, and once it had gone Acme never came back.
    expect(drawn.filter((state) => state.panel !== null && !state.panel.includes('Ana Ruíz'))).toEqual([]);
    // Once the panel had gone it never came back, and once the list was read again Acme never came back to it.
    const closed = drawn.findIndex((state) => state.panel === null);
    expect(closed).toBeGreaterThan(0);
    expect(drawn.slice(closed).filter((state) => state.panel !== null)).toEqual([]);
    const left = drawn.findIndex((state) => !state.rows.includes('Acme'));
    expect(drawn.slice(left).filter((state) => state.rows.includes('Acme'))).toEqual([]);
    expect(stored('Acme')).toBe(0);
    expect(screen.getByRole('button', { name: 'Cobalt' })).toHaveFocus();
    // The row that took the focus is the table's one Tab stop now.
    expect(screen.getByRole('button', { name: 'Cobalt' })).toHaveAttribute('tabindex', '0');
  });

  it('sends focus to the row before it when the last row is deleted, and to the list’s heading when none is left', async () => {
    await threeApplications(['Cobalt', 'Beta']);
    const user = await start('#/plan?applications');
    await waitFor(() => expect(rows()).toEqual(['Beta', 'Cobalt']));
    await user.click(screen.getByRole('button', { name: 'Cobalt' }));
    let panel = await screen.findByRole('dialog', { name: 'Cobalt' });
    await within(panel).findByLabelText('Company');
    await deleteFromPanel(panel, user, () => expect(rows()).toEqual(['Beta']));
    expect(screen.getByRole('button', { name: 'Beta' })).toHaveFocus();

    await user.keyboard('{Enter}');
    panel = await screen.findByRole('dialog', { name: 'Beta' });
    await within(panel).findByLabelText('Company');
    await deleteFromPanel(panel, user, () => expect(screen.getByText(a.none)).toBeInTheDocument());
    expect(screen.getByRole('heading', { name: a.heading })).toHaveFocus();
    expect(stored('Beta')).toBe(0);
  });

  it('keeps everything when the confirm is answered no', async () => {
    await threeApplications();
    const user = await start('#/plan?applications');
    await user.click(await screen.findByRole('button', { name: 'Acme' }));
    const panel = await screen.findByRole('dialog', { name: 'Acme' });
    await within(panel).findByLabelText('Company');
    const ask = vi.spyOn(window, 'confirm').mockReturnValue(false);
    await user.click(within(panel).getByRole('button', { name: a.delete }));
    expect(ask).toHaveBeenCalledWith(a.deleteConfirm);
    expect(screen.getByRole('dialog', { name: 'Acme' })).toBeInTheDocument();
    expect(stored('Acme')).toBe(1);
  });

  it('on the board, the card leaves and focus goes to the Details of the card after it in its column', async () => {
    await threeApplications();
    const user = await start('#/plan?applications-board');
    const applied = await screen.findByRole('region', { name: /^Applied \d+$/ });
    const details = (company: string) => within(applied).getByRole('button', { name: `${a.details}: ${company}` });
    await waitFor(() => expect(details('Acme')).toBeInTheDocument());
    const cards = () =>
      within(applied)
        .getAllByRole('heading', { level: 3 })
        .slice(0)
        .map((node) => node.textContent);
    const before = cards();
    await user.click(details('Acme'));
    const panel = await screen.findByRole('dialog', { name: 'Acme' });
    await within(panel).findByText('Ana Ruíz');
    const drawn = await deleteFromPanel(panel, user, () => expect(within(applied).queryByText('Acme')).toBeNull());
    expect(drawn.filter((state) => state.alerts.length > 0 || state.panel?.includes(gone))).toEqual([]);
    const next = before[before.indexOf('Acme') + 1];
    expect(next).toBeDefined();
    expect(details(next!)).toHaveFocus();
  });

  it('opened by its address (Today’s next interview), closes with no "no longer there" and leaves the person on the list', async () => {
    const ids = await threeApplications();
    const user = await start(`#/plan?application-${ids.Acme}`);
    const panel = await screen.findByRole('dialog', { name: 'Acme' });
    await within(panel).findByText('Ana Ruíz');
    await waitFor(() => expect(rows()).toEqual(['Beta', 'Acme', 'Cobalt']));
    const drawn = await deleteFromPanel(panel, user, () => expect(rows()).toEqual(['Beta', 'Cobalt']));
    expect(drawn.filter((state) => state.alerts.length > 0 || state.panel?.includes(gone))).toEqual([]);
    expect(window.location.hash).toBe('#/plan?applications');
    expect(screen.getByRole('button', { name: 'Cobalt' })).toHaveFocus();
  });
});
