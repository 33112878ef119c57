import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { format, subDays } from 'date-fns';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App';
import { contentHash } from '../support/contentHash';
import type { TestCore } from '../support/core';
import { connectRealCore, renderWithQuery } from './withCore';

let core: TestCore | null = null;
afterEach(() => core?.close());

const daysAgo = (days: number) => format(subDays(new Date(), days), 'yyyy-MM-dd');
const inAWeek = () => format(subDays(new Date(), -7), 'EEE, MMM d');
const hashOf = (c: TestCore) => contentHash(c.db, ['change_counters']);

/** Eight applications sent 40 days ago and quiet since, each with a follow-up overdue by a different number of days. */
function eightQuietOnes(c: TestCore) {
  const at = subDays(new Date(), 30).toISOString();
  const app = c.db.prepare(
    "INSERT INTO applications (company, role, status, applied_on, status_changed_at, created_at, updated_at) VALUES (?, 'Analyst', 'applied', ?, ?, ?, ?)",
  );
  const followUp = c.db.prepare('INSERT INTO follow_ups (application_id, due_on, created_at) VALUES (?, ?, ?)');
  c.db.transaction(() => {
    for (let i = 1; i <= 8; i += 1) {
      const id = Number(app.run(`Company ${i}`, daysAgo(40), at, at, at).lastInsertRowid);
      followUp.run(id, daysAgo(20 - i), at);
    }
  })();
}

async function open(setup: (c: TestCore) => void) {
  ({ core } = await connectRealCore());
  setup(core);
  window.location.hash = '#/today';
  renderWithQuery(<App />);
  return userEvent.setup();
}

describe('Today at scale', () => {
  it('says how many are waiting, shows the first five, and snoozes one with Undo', async () => {
    const user = await open(eightQuietOnes);
    const due = await screen.findByRole('list', { name: 'Follow-ups due' });
    expect(within(due).getAllByRole('listitem')).toHaveLength(5);
    expect(screen.getByText('8 waiting, oldest first.')).toBeInTheDocument();
    const before = hashOf(core!);

    await user.click(within(due).getByRole('button', { name: 'Snooze the follow-up to Company 1 by a week' }));
    const toast = document.querySelector('.toast') as HTMLElement;
    await waitFor(() => expect(toast).toHaveTextContent(`The follow-up to Company 1 now falls on ${inAWeek()}.`));
    await waitFor(() => expect(screen.getByText('7 waiting, oldest first.')).toBeInTheDocument());
    expect(within(screen.getByRole('list', { name: 'Follow-ups due' })).queryByText('Company 1')).not.toBeInTheDocument();

    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(toast).toHaveTextContent('Put back as it was.'));
    await waitFor(() => expect(screen.getByText('8 waiting, oldest first.')).toBeInTheDocument());
    expect(hashOf(core!)).toBe(before);
  });

  it('snoozes every follow-up due by a week in one click, and one Undo brings them all back', async () => {
    const user = await open(eightQuietOnes);
    const before = hashOf(core!);
    await user.click(await screen.findByRole('button', { name: 'Snooze all 8 by a week' }));
    expect(await screen.findByText('No follow-ups due today.')).toBeInTheDocument();
    const toast = document.querySelector('.toast') as HTMLElement;
    expect(toast).toHaveTextContent(`8 follow-ups now fall on ${inAWeek()}.`);
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('button', { name: 'Snooze all 8 by a week' })).toBeInTheDocument();
    expect(hashOf(core!)).toBe(before);
  });

  it('closes every quiet application as no reply in one click, and one Undo reopens them all', async () => {
    const user = await open(eightQuietOnes);
    expect(await screen.findByText(/^8 with no news for a while\./)).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Gone quiet' })).getAllByRole('listitem')).toHaveLength(5);
    const before = hashOf(core!);
    await user.click(screen.getByRole('button', { name: 'Close all 8 as no reply' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Gone quiet' })).not.toBeInTheDocument());
    expect(core!.db.prepare("SELECT count(*) FROM applications WHERE status = 'no_reply'").pluck().get()).toBe(8);
    const toast = document.querySelector('.toast') as HTMLElement;
    expect(toast).toHaveTextContent('8 quiet applications closed as no reply.');
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('button', { name: 'Close all 8 as no reply' })).toBeInTheDocument();
    expect(hashOf(core!)).toBe(before);
  });

  it('offers no action for all when only one is waiting', async () => {
    await open((c) => {
      eightQuietOnes(c);
      c.db.prepare("UPDATE follow_ups SET state = 'sent' WHERE id > 1").run();
      c.db.prepare("UPDATE applications SET status = 'interviewing', updated_at = ? WHERE id > 1").run(new Date().toISOString());
    });
    await screen.findByRole('list', { name: 'Follow-ups due' });
    expect(screen.queryByRole('button', { name: /^Snooze all/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Close all/ })).not.toBeInTheDocument();
  });
});
