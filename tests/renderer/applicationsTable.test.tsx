import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { format, subDays } from 'date-fns';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App';
import { differsFrom, nextOrder } from '../../renderer/src/plan/keptOrder';
import { movedSpot } from '../../renderer/src/plan/ApplicationsTable';
import type { TestCore } from '../support/core';
import { appCaller } from '../support/core';
import { connectRealCore, renderWithQuery } from './withCore';

let core: TestCore | null = null;
let emit: Awaited<ReturnType<typeof connectRealCore>>['emit'] = () => undefined;
afterEach(() => core?.close());

const daysAgo = (days: number) => format(subDays(new Date(), days), 'yyyy-MM-dd');

async function dispatch(channel: string, input: unknown) {
  const result = await core!.dispatch(channel, input, appCaller);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as { id: number };
}

/** Three applications made one after another, so the last made is the most recent activity. */
async function open(hash = '#/plan?applications') {
  ({ core, emit } = await connectRealCore());
  await dispatch('applications:create', { company: 'Cobalt', role: 'Designer' });
  await dispatch('applications:create', { company: 'Acme', role: 'Writer', status: 'applied', day: daysAgo(3) });
  await dispatch('applications:create', { company: 'Beta', role: 'Analyst', status: 'interviewing', day: daysAgo(5) });
  // Last activity: Beta newest, then Acme, then Cobalt, whatever the clock's resolution.
  const at = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
  for (const [company, minutes] of [
    ['Cobalt', 30],
    ['Acme', 20],
    ['Beta', 10],
  ] as const) {
    core!.db.prepare('UPDATE applications SET updated_at = ? WHERE company = ?').run(at(minutes), company);
  }
  window.location.hash = hash;
  renderWithQuery(<App />);
  await screen.findByRole('table', { name: 'Your applications, one row each' });
  return userEvent.setup();
}

const shown = () => [...document.querySelectorAll('.app-table tbody tr[data-id] .row-open')].map((button) => button.textContent);
const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(`^${name}`) });
const opener = (company: string) => screen.getByRole('button', { name: company });

describe('the applications table', () => {
  it('sorts by a column when its heading is clicked, and the other way round on a second click', async () => {
    const user = await open();
    await waitFor(() => expect(shown()).toEqual(['Beta', 'Acme', 'Cobalt']));
    expect(header('Last activity')).toHaveAttribute('aria-sort', 'descending');
    expect(header('Company')).not.toHaveAttribute('aria-sort');

    await user.click(within(header('Company')).getByRole('button'));
    await waitFor(() => expect(shown()).toEqual(['Acme', 'Beta', 'Cobalt']));
    expect(header('Company')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Last activity')).not.toHaveAttribute('aria-sort');

    await user.click(within(header('Company')).getByRole('button'));
    await waitFor(() => expect(shown()).toEqual(['Cobalt', 'Beta', 'Acme']));
    expect(header('Company')).toHaveAttribute('aria-sort', 'descending');

    await user.click(within(header('Role')).getByRole('button'));
    await waitFor(() => expect(shown()).toEqual(['Beta', 'Cobalt', 'Acme']));
    expect(header('Role')).toHaveAttribute('aria-sort', 'ascending');

    await user.click(within(header('Status')).getByRole('button'));
    await waitFor(() => expect(shown()).toEqual(['Cobalt', 'Acme', 'Beta']));
  });

  it('is one Tab stop the arrow keys move through: rows, Home and End, a row’s buttons; Enter opens the details', async () => {
    const user = await open();
    await waitFor(() => expect(shown()).toEqual(['Beta', 'Acme', 'Cobalt']));
    const stops = () => [...document.querySelectorAll<HTMLElement>('.app-table [data-stop]')].filter((node) => node.tabIndex === 0);
    expect(stops()).toEqual([opener('Beta')]);

    act(() => opener('Beta').focus());
    await user.keyboard('{ArrowDown}');
    expect(opener('Acme')).toHaveFocus();
    expect(stops()).toEqual([opener('Acme')]);
    await user.keyboard('{End}');
    expect(opener('Cobalt')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(opener('Beta')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Got an offer: Beta' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'Got an interview: Acme' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(opener('Acme')).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(opener('Beta')).toHaveFocus();

    await user.keyboard('{ArrowDown}{Enter}');
    expect(opener('Acme')).toHaveAttribute('aria-expanded', 'true');
    // The same details a card's Details button opens: the form to edit it.
    expect(await screen.findByRole('button', { name: 'Save changes' })).toBeInTheDocument();
    // Keys typed inside the details stay there.
    const company = screen.getByLabelText('Company');
    await user.click(company);
    await user.keyboard('{End}{ArrowDown}');
    expect(company).toHaveFocus();
  });

  it('keeps rows where they are after a change, until the person sorts again', async () => {
    const user = await open();
    await waitFor(() => expect(shown()).toEqual(['Beta', 'Acme', 'Cobalt']));
    // Marking Cobalt applied makes it the latest activity: sorted afresh it would jump to the top.
    await user.click(screen.getByRole('button', { name: 'Mark applied: Cobalt' }));
    const cobalt = screen.getByRole('row', { name: /^Cobalt/ });
    await within(cobalt).findByText('Applied', { selector: '.status-chip' });
    expect(shown()).toEqual(['Beta', 'Acme', 'Cobalt']);
    // The step taken, focus stays on the row: on its next step.
    expect(within(cobalt).getByRole('button', { name: 'Got an interview: Cobalt' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Sort again' }));
    await waitFor(() => expect(shown()).toEqual(['Cobalt', 'Beta', 'Acme']));
    expect(screen.queryByRole('button', { name: 'Sort again' })).not.toBeInTheDocument();
  });

  it('keeps a row that no longer matches the filter, saying what is true now', async () => {
    const user = await open();
    await user.selectOptions(screen.getByLabelText('Show'), 'saved');
    await waitFor(() => expect(shown()).toEqual(['Cobalt']));
    await user.click(screen.getByRole('button', { name: 'Mark applied: Cobalt' }));
    const cobalt = screen.getByRole('row', { name: /^Cobalt/ });
    expect(await within(cobalt).findByText('Applied', { selector: '.status-chip' })).toBeInTheDocument();
    expect(shown()).toEqual(['Cobalt']);
    // Deleted meanwhile (from elsewhere, say the tray): it leaves.
    const id = core!.db.prepare("SELECT id FROM applications WHERE company = 'Cobalt'").pluck().get();
    await dispatch('applications:delete', { id });
    act(() => emit('data:changed', {}));
    await waitFor(() => expect(shown()).toEqual([]));
  });

  it('opens on the board when the address asks, and the toggle writes the layout into the address', async () => {
    ({ core } = await connectRealCore());
    await dispatch('applications:create', { company: 'Acme' });
    window.location.hash = '#/plan?applications-board';
    renderWithQuery(<App />);
    expect(await screen.findByRole('group', { name: 'Applications by status' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Board' })).toBeChecked();
    expect(screen.getByRole('tab', { name: 'Applications' })).toHaveAttribute('aria-selected', 'true');
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Table' }));
    await waitFor(() => expect(window.location.hash).toBe('#/plan?applications'));
    expect(await screen.findByRole('table', { name: 'Your applications, one row each' })).toBeInTheDocument();
  });
});

describe('the kept order, as pure steps', () => {
  it.each([
    ['nothing new', [3, 1, 2], [1, 2, 3], [3, 1, 2]],
    ['a new first item goes first', [3, 1, 2], [9, 1, 2, 3], [9, 3, 1, 2]],
    ['two new first items keep their order', [3, 1], [8, 9, 1, 3], [8, 9, 3, 1]],
    ['the next page goes last', [3, 1, 2], [2, 3, 1, 7, 8], [3, 1, 2, 7, 8]],
    ['a new one in the middle follows the one before it', [1, 2, 3], [1, 2, 5, 3], [1, 2, 5, 3]],
    ['one gone from the fresh page keeps its place', [1, 2, 3], [1, 3], [1, 2, 3]],
  ])('%s', (_name, shownIds, fresh, expected) => {
    expect(nextOrder(shownIds, fresh)).toEqual(expected);
  });

  it('tells when the kept order is not the fresh one', () => {
    expect(differsFrom([1, 2, 3], [1, 2, 3, 4])).toBe(false);
    expect(differsFrom([1, 2, 3], [1, 3])).toBe(false);
    expect(differsFrom([1, 2, 3], [2, 1, 3])).toBe(true);
  });

  it.each([
    ['ArrowDown', 2, 0, { row: 3, stop: 0 }],
    ['ArrowDown', 9, 1, { row: 9, stop: 1 }],
    ['ArrowUp', 0, 0, { row: 0, stop: 0 }],
    ['PageDown', 2, 0, { row: 9, stop: 0 }],
    ['PageUp', 8, 0, { row: 0, stop: 0 }],
    ['Home', 5, 1, { row: 0, stop: 1 }],
    ['End', 5, 0, { row: 9, stop: 0 }],
    ['ArrowRight', 5, 0, { row: 5, stop: 1 }],
    ['ArrowLeft', 5, 0, { row: 5, stop: 0 }],
    ['a', 5, 0, null],
  ])('%s from row %i, button %i, of ten', (key, row, stop, expected) => {
    expect(movedSpot(key, row, stop, 10)).toEqual(expected);
  });
});
