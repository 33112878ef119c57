import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { content, fillMessage } from '../../content';
import { App } from '../../renderer/src/app/App';
import type { TestCore } from '../support/core';
import { appCaller } from '../support/core';
import { connectRealCore, renderWithQuery } from './withCore';

/**
 * An interview time the clocks skip (Berlin goes from 02:00 to 03:00 on 29 March 2026) is explained
 * beside the time field of the application's side panel, both when a round is added and when a round's
 * time is changed, and nothing is saved: never silently moved to 03:30. Over a real core; the words
 * are content/'s, filled with the day, time and zone the test typed.
 */

let core: TestCore | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

const d = content.planner.details;
const gap = fillMessage(content.planner.errors.dstGap, { time: '02:30', zone: 'Europe/Berlin', date: '2026-03-29' });

async function dispatch(channel: string, input: unknown) {
  const result = await core!.dispatch(channel, input, appCaller);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as { id: number };
}

const rounds = () => core!.db.prepare('SELECT starts_at AS startsAt, time_zone AS timeZone FROM interviews ORDER BY id').all();

async function openAcme(withRound = false) {
  ({ core } = await connectRealCore());
  const acme = await dispatch('applications:create', { company: 'Acme', status: 'applied' });
  if (withRound)
    await dispatch('interviews:create', {
      applicationId: acme.id,
      kind: 'screen',
      date: '2026-03-29',
      time: '10:00',
      timeZone: 'Europe/Berlin',
    });
  window.location.hash = `#/plan?application-${acme.id}`;
  renderWithQuery(<App />);
  const panel = await screen.findByRole('dialog', { name: 'Acme' });
  const section = await within(panel).findByRole('region', { name: d.interviews });
  return { section, user: userEvent.setup() };
}

/** Berlin from the two zone selects, as a person picks it. */
async function pickBerlin(user: ReturnType<typeof userEvent.setup>, within_: ReturnType<typeof within>) {
  await user.selectOptions(within_.getByLabelText(d.timeZoneRegion), 'Europe');
  await user.selectOptions(within_.getByLabelText(d.timeZone), 'Europe/Berlin');
}

describe('an interview time in the night the clocks skip', () => {
  it('is explained beside the time when a round is added, and no round is saved', async () => {
    const { section, user } = await openAcme();
    await user.click(within(section).getByRole('button', { name: d.addRound }));
    const form = within(section).getByRole('form', { name: d.addRound });
    const inForm = within(form);
    fireEvent.change(inForm.getByLabelText(d.day), { target: { value: '2026-03-29' } });
    fireEvent.change(inForm.getByLabelText(d.time), { target: { value: '02:30' } });
    await pickBerlin(user, inForm);
    await user.click(inForm.getByRole('button', { name: d.addRoundButton }));
    const time = inForm.getByLabelText(d.time);
    await waitFor(() => expect(time).toHaveAttribute('aria-invalid', 'true'));
    expect(time).toHaveAccessibleDescription(expect.stringContaining(gap));
    expect(time.closest('.field')).toHaveTextContent(gap);
    expect(rounds()).toEqual([]);
    // Just after the jump is taken.
    fireEvent.change(time, { target: { value: '03:00' } });
    await user.click(inForm.getByRole('button', { name: d.addRoundButton }));
    expect(await inForm.findByText(d.roundAdded)).toBeInTheDocument();
    expect(rounds()).toEqual([{ startsAt: '2026-03-29T01:00:00.000Z', timeZone: 'Europe/Berlin' }]);
  });

  it("is explained beside the time when a round's time is changed to it, and the round keeps its time", async () => {
    const { section, user } = await openAcme(true);
    const edit = await within(section).findByRole('button', { name: /^Edit round:/ });
    await user.click(edit);
    const editor = within(section.querySelector<HTMLElement>('.round-editor')!);
    const time = editor.getByLabelText(d.time);
    fireEvent.change(time, { target: { value: '02:30' } });
    fireEvent.blur(time);
    await waitFor(() => expect(time).toHaveAttribute('aria-invalid', 'true'));
    expect(time).toHaveAccessibleDescription(expect.stringContaining(gap));
    expect(time.closest('.field')).toHaveTextContent(gap);
    expect(rounds()).toEqual([{ startsAt: '2026-03-29T08:00:00.000Z', timeZone: 'Europe/Berlin' }]);
  });
});
