import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App';
import copy from '../../content/planner.json';
import type { TestCore } from '../support/core';
import { appCaller } from '../support/core';
import { connectRealCore, renderWithQuery } from './withCore';

let core: TestCore | null = null;
afterEach(() => core?.close());

async function dispatch(channel: string, input: unknown) {
  const result = await core!.dispatch(channel, input, appCaller);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as { id: number };
}

const d = copy.details;

describe("linking someone already saved, in an application's panel", () => {
  it('finds them by what is typed instead of listing everyone, and links the one picked', async () => {
    ({ core } = await connectRealCore());
    const application = await dispatch('applications:create', { company: 'Cobalt', role: 'Designer' });
    // More people than the picker shows at once: the one wanted is not among the first by name.
    const at = new Date().toISOString();
    const insert = core!.db.prepare('INSERT INTO contacts (name, created_at, updated_at) VALUES (?, ?, ?)');
    core!.db.transaction(() => {
      for (let i = 0; i < 30; i += 1) insert.run(`Aaron ${String(i).padStart(2, '0')}`, at, at);
    })();
    await dispatch('contacts:create', { name: 'Ana Ruíz', company: 'Müller GmbH' });
    window.location.hash = `#/plan?application-${application.id}`;
    renderWithQuery(<App />);
    const user = userEvent.setup();

    await user.click(await screen.findByText(d.linkExisting));
    const picker = await screen.findByLabelText(d.linkPick);
    await waitFor(() => expect(within(picker).getAllByRole('option')).toHaveLength(20));
    expect(within(picker).queryByRole('option', { name: /Ana Ruíz/ })).toBeNull();

    await user.type(screen.getByLabelText(d.linkSearch), 'muller');
    await waitFor(() =>
      expect(
        within(picker)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Ana Ruíz (Müller GmbH)']),
    );
    await user.click(screen.getByRole('button', { name: d.linkButton }));
    await screen.findByText('Ana Ruíz', { selector: 'strong' });

    await user.clear(screen.getByLabelText(d.linkSearch));
    await user.type(screen.getByLabelText(d.linkSearch), 'nobody here');
    await screen.findByText(d.linkNoMatch);
  });
});
