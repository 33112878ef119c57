import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App';
import type { TestCore } from '../support/core';
import { appCaller } from '../support/core';
import { connectRealCore, renderWithQuery } from './withCore';

let core: TestCore | null = null;
let emit: Awaited<ReturnType<typeof connectRealCore>>['emit'] = () => undefined;
afterEach(() => core?.close());

async function dispatch<T = { id: number }>(channel: string, input: unknown): Promise<T> {
  const result = await core!.dispatch(channel, input, appCaller);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as T;
}

async function open(hash: string, setup?: () => Promise<void>) {
  ({ core, emit } = await connectRealCore());
  await setup?.();
  window.location.hash = hash;
  const view = renderWithQuery(<App />);
  return { user: userEvent.setup(), view };
}

/** Acme applied for, then marked rejected, with "Not now" on the one-time offer: nothing logged for it. */
async function rejectedAcme(): Promise<number> {
  const acme = await dispatch('applications:create', { company: 'Acme', role: 'Designer', status: 'applied' });
  await dispatch('applications:setStatus', { id: acme.id, status: 'rejected' });
  return acme.id;
}

describe('a rejected application keeps its offer to reflect', () => {
  it('on its card and its details, until the reflection is done', async () => {
    let id = 0;
    const { user } = await open('#/plan?applications-board', async () => {
      id = await rejectedAcme();
      await dispatch('applications:create', { company: 'Birch', status: 'applied' });
    });
    const card = (await screen.findByRole('article', { name: 'Acme' })) as HTMLElement;
    const offer = await within(card).findByRole('link', { name: 'Reflect on the no from Acme' });
    expect(offer).toHaveAttribute('href', `#/reflect?new-rejection-${id}`);
    // Only the rejected one offers it.
    const birch = screen.getByRole('article', { name: 'Birch' });
    expect(within(birch).queryByRole('link', { name: /Reflect/ })).not.toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: /^Details/ }));
    const panel = await screen.findByRole('dialog', { name: 'Acme' });
    await within(panel).findByRole('link', { name: 'Reflect on the no from Acme' });

    // Logged and half done: the offer carries on where the reflection stands.
    const rejection = await dispatch('rejections:create', { company: 'Acme', receivedOn: '2026-03-10', applicationId: id });
    await dispatch('reflection:start', { rejectionId: rejection.id });
    emit('data:changed', {});
    const carryOn = await within(card).findAllByRole('link', { name: 'Carry on reflecting on the no from Acme' });
    expect(carryOn[0]).toHaveAttribute('href', `#/reflect?reflect-${rejection.id}`);
  });

  it('and nothing once it is reflected on', async () => {
    await open('#/plan?applications-board', async () => {
      const id = await rejectedAcme();
      const rejection = await dispatch('rejections:create', { company: 'Acme', receivedOn: '2026-03-10', applicationId: id });
      await dispatch('reflection:start', { rejectionId: rejection.id });
      core!.db.prepare('UPDATE reflections SET finished_at = ?').run(new Date().toISOString());
      const cobalt = await dispatch('applications:create', { company: 'Cobalt', status: 'applied' });
      await dispatch('applications:setStatus', { id: cobalt.id, status: 'rejected' });
    });
    // Cobalt's offer shows once the reads are in; Acme's, reflected on, never does.
    await within(await screen.findByRole('article', { name: 'Cobalt' })).findByRole('link', { name: 'Reflect on the no from Cobalt' });
    expect(
      within(screen.getByRole('article', { name: 'Acme' })).queryByRole('link', { name: /Reflect|reflecting/ }),
    ).not.toBeInTheDocument();
  });
});

describe("Today's gentle mention", () => {
  it('names the rejection once; Not now is remembered, also after a restart of the page', async () => {
    let id = 0;
    const { user, view } = await open('#/today', async () => {
      id = await rejectedAcme();
    });
    const heading = await screen.findByRole('heading', { name: 'A no from Acme is still waiting for you' });
    const card = heading.closest('section') as HTMLElement;
    expect(within(card).getByRole('link', { name: 'Reflect on it' })).toHaveAttribute('href', `#/reflect?new-rejection-${id}`);
    await user.click(within(card).getByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: /still waiting for you/ })).not.toBeInTheDocument());
    view.unmount();
    renderWithQuery(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Today' });
    await screen.findByRole('heading', { name: 'Your routine today' });
    expect(screen.queryByRole('heading', { name: /still waiting for you/ })).not.toBeInTheDocument();
  });
});

describe('logging a rejection by hand', () => {
  it('links it to a tracked application of the same company', async () => {
    let id = 0;
    const { user } = await open('#/reflect?new-rejection', async () => {
      id = (await dispatch('applications:create', { company: 'Acme GmbH', role: 'Designer', status: 'applied' })).id;
      await dispatch('applications:create', { company: 'Birch', status: 'applied' });
    });
    await user.type(await screen.findByLabelText('Company'), 'acme');
    const pick = await screen.findByRole('combobox', { name: 'Which application was it? (optional)' });
    expect(
      within(pick)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['None of these', 'Acme GmbH: Designer, Applied']);
    await user.selectOptions(pick, String(id));
    await user.click(screen.getByRole('button', { name: 'Save, reflect later' }));
    await waitFor(() => expect(core!.db.prepare('SELECT application_id FROM rejections').pluck().get()).toBe(id));
  });
});

describe("a rejection's page", () => {
  it('goes to that application, opened', async () => {
    let id = 0;
    let rejectionId = 0;
    const { user } = await open('#/reflect', async () => {
      id = await rejectedAcme();
      rejectionId = (await dispatch('rejections:create', { company: 'Acme', receivedOn: '2026-03-10', applicationId: id })).id;
    });
    window.location.hash = `#/reflect?rejection-${rejectionId}`;
    const link = await screen.findByRole('link', { name: `Application #${id} in your tracker` });
    expect(link).toHaveAttribute('href', `#/plan?application-${id}`);
    await user.click(link);
    const opened = await screen.findByRole('dialog', { name: 'Acme' });
    expect(screen.getByRole('tab', { name: 'Applications' })).toHaveAttribute('aria-selected', 'true');
    await user.click(within(opened).getAllByRole('button', { name: /Close/ })[0] as HTMLElement);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Acme' })).not.toBeInTheDocument());
    expect(window.location.hash).toBe('#/plan?applications');
  });
});
