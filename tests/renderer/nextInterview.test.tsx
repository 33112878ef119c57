import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/src/app/App';
import type { TestCore } from '../support/core';
import { appCaller } from '../support/core';
import { connectRealCore, renderWithQuery } from './withCore';

// The person lives in Berlin for these tests: an interview typed in New York's zone is read in Berlin's clock.
const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  process.env.TZ = zone;
});

let core: TestCore | null = null;
afterEach(() => core?.close());

async function call<T = { id: number }>(channel: string, input: unknown): Promise<T> {
  const result = await core!.dispatch(channel, input, appCaller);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as T;
}

const openExternal = vi.fn();

async function open(hash: string, setup?: () => Promise<void>) {
  const connection = await connectRealCore({ openExternal });
  core = connection.core;
  await setup?.();
  window.location.hash = hash;
  renderWithQuery(<App />);
  return { user: userEvent.setup(), emit: connection.emit };
}

describe("Today's next interview", () => {
  it('shows the soonest round ahead: who, what, when in the local clock, where it is held, and the way to it', async () => {
    let acme = 0;
    const { user } = await open('#/today', async () => {
      acme = (await call('applications:create', { company: 'Acme', role: 'Frontend developer', status: 'interviewing' })).id;
      const globex = (await call('applications:create', { company: 'Globex', role: 'Designer', status: 'applied' })).id;
      // Yesterday's round is over; Globex's is later than Acme's.
      await call('interviews:create', {
        applicationId: acme,
        kind: 'screen',
        date: '2026-03-10',
        time: '10:00',
        timeZone: 'Europe/Berlin',
      });
      await call('interviews:create', {
        applicationId: globex,
        kind: 'final',
        date: '2026-03-20',
        time: '10:00',
        timeZone: 'Europe/Berlin',
      });
      // 09:00 in New York (summer time since 8 March, UTC-4) is 14:00 in Berlin (UTC+1).
      await call('interviews:create', {
        applicationId: acme,
        kind: 'technical',
        date: '2026-03-13',
        time: '09:00',
        timeZone: 'America/New_York',
        place: 'https://meet.example.com/acme-tech',
      });
    });
    const card = (await screen.findByRole('heading', { level: 2, name: 'Next interview' })).closest('section') as HTMLElement;
    expect(within(card).getByText('Acme')).toBeInTheDocument();
    expect(within(card).getByText(/Technical interview for Frontend developer/)).toBeInTheDocument();
    expect(within(card).queryByText('Globex')).not.toBeInTheDocument();
    const when = card.querySelector('time') as HTMLTimeElement;
    expect(when.dateTime).toBe('2026-03-13T13:00:00.000Z');
    expect(when.textContent).toMatch(/13/);
    expect(when.textContent).toMatch(/14:00|2:00\sPM/);
    expect(within(card).getByText("That's 09:00 where it's held (New York).")).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Open the meeting link' }));
    expect(openExternal).toHaveBeenCalledWith('https://meet.example.com/acme-tech');

    await user.click(within(card).getByRole('button', { name: 'See it in your applications' }));
    expect(window.location.hash).toBe(`#/plan?application-${acme}`);
    expect(await screen.findByRole('tab', { name: 'Applications', selected: true })).toBeInTheDocument();
  });

  it('names a place that is not a link as it was typed, and gives no zone hint for a round in the local zone', async () => {
    await open('#/today', async () => {
      const id = (await call('applications:create', { company: 'Initech', status: 'applied' })).id;
      await call('interviews:create', {
        applicationId: id,
        kind: 'onsite',
        date: '2026-03-12',
        time: '11:30',
        timeZone: 'Europe/Berlin',
        place: 'Room 4, 2nd floor',
      });
    });
    const card = (await screen.findByRole('heading', { level: 2, name: 'Next interview' })).closest('section') as HTMLElement;
    // No role: the kind alone.
    expect(within(card).getByText(/On-site interview/)).toBeInTheDocument();
    expect(within(card).getByText('Where: Room 4, 2nd floor')).toBeInTheDocument();
    expect(within(card).queryByText(/where it's held/)).not.toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Open the meeting link' })).not.toBeInTheDocument();
  });

  it('with nothing booked says so and offers the quick add', async () => {
    await open('#/today', async () => {
      await call('applications:create', { company: 'Acme', status: 'applied' });
    });
    expect(await screen.findByText(/No interviews on the calendar yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add an application' })).toBeInTheDocument();
  });

  it('stays out of the way on a first run, where Today has its own start', async () => {
    await open('#/today');
    expect(await screen.findByRole('heading', { level: 2, name: 'Just heard a no?' })).toBeInTheDocument();
    expect(screen.queryByText(/No interviews on the calendar yet/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add an application' })).not.toBeInTheDocument();
  });
});

describe('the quick add', () => {
  it("opens the add form from Today's button, focused on Company, adds, and closes back to the list", async () => {
    const { user } = await open('#/today', async () => {
      await call('applications:create', { company: 'Acme', status: 'applied' });
    });
    await user.click(await screen.findByRole('button', { name: 'Add an application' }));
    expect(window.location.hash).toBe('#/plan?add-application');
    expect(await screen.findByRole('tab', { name: 'Applications', selected: true })).toBeInTheDocument();
    const form = await screen.findByRole('form', { name: 'Add an application' });
    const company = within(form).getByLabelText('Company');
    expect(company).toHaveFocus();
    await user.type(company, 'Umbrella');
    await user.click(within(form).getByRole('button', { name: 'Add application' }));
    expect(await within(form).findByText('Added.')).toBeInTheDocument();
    expect(core!.db.prepare("SELECT count(*) FROM applications WHERE company = 'Umbrella'").pluck().get()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(window.location.hash).toBe('#/plan?applications');
    expect(screen.queryByRole('form', { name: 'Add an application' })).not.toBeInTheDocument();
  });

  it('opens from the tray even when Plan is already open on another tab', async () => {
    const { emit } = await open('#/plan?review');
    expect(await screen.findByRole('tab', { name: 'Review and history', selected: true })).toBeInTheDocument();
    act(() => emit('nav:open', { view: 'plan', action: 'add-application' }));
    const form = await screen.findByRole('form', { name: 'Add an application' });
    expect(screen.getByRole('tab', { name: 'Applications', selected: true })).toBeInTheDocument();
    expect(within(form).getByLabelText('Company')).toHaveFocus();
  });
});
