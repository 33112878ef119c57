import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { content } from '../../content';
import { ActivityLog } from '../../renderer/src/plan/ActivityLog';
import type { TestCore } from '../support/core';
import { appCaller } from '../support/core';
import { connectRealCore, renderWithQuery } from './withCore';

let core: TestCore | null = null;
afterEach(() => core?.close());

const plan = content.planner.plan;
const today = '2026-03-11';

/** The log form over the real core, its clock fixed on a Wednesday morning, with these people already in Rebound. */
async function open(people: { name: string; company?: string }[]) {
  ({ core } = await connectRealCore({ now: () => new Date(`${today}T10:00:00`) }));
  const ids: number[] = [];
  for (const person of people) {
    const result = await core.dispatch('contacts:create', person, appCaller);
    if (!result.ok) throw new Error(result.error.message);
    ids.push((result.data as { id: number }).id);
  }
  renderWithQuery(<ActivityLog today={today} />);
  const form = await screen.findByRole('form', { name: plan.logHeading });
  return { user: userEvent.setup(), form: within(form), ids };
}

const saved = () => core!.db.prepare('SELECT kind, note, contact_id AS contactId FROM activities ORDER BY id').all();

describe('who a networking activity was with', () => {
  it('asks only for networking, offers every contact or no one, and says who it was logged with', async () => {
    const { user, form, ids } = await open([{ name: 'Dana Reyes', company: 'Hooli' }, { name: 'Sam Lee' }]);
    expect(form.queryByRole('combobox', { name: plan.logWho })).toBeNull();

    await user.selectOptions(form.getByRole('combobox', { name: plan.logKind }), content.planner.kinds.network);
    const who = await form.findByRole('combobox', { name: plan.logWho });
    await form.findByRole('option', { name: 'Sam Lee' });
    expect(
      within(who)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([plan.logWhoNobody, 'Dana Reyes (Hooli)', 'Sam Lee']);
    expect(who).toHaveValue('');

    await user.selectOptions(who, 'Dana Reyes (Hooli)');
    await user.type(form.getByRole('textbox', { name: plan.logNote }), 'Coffee chat');
    await user.click(form.getByRole('button', { name: plan.logButton }));
    expect(await form.findByText('Logged your time with Dana Reyes. Every bit counts.')).toBeInTheDocument();
    expect(saved()).toEqual([{ kind: 'network', note: 'Coffee chat', contactId: ids[0] }]);

    // The picker starts over at no one: the next chat is not Dana's by accident.
    expect(form.getByRole('combobox', { name: plan.logWho })).toHaveValue('');
    await user.click(form.getByRole('button', { name: plan.logButton }));
    expect(await form.findByText(plan.logged)).toBeInTheDocument();

    // Someone picked for networking is not carried over to learning.
    await user.selectOptions(form.getByRole('combobox', { name: plan.logWho }), 'Sam Lee');
    await user.selectOptions(form.getByRole('combobox', { name: plan.logKind }), content.planner.kinds.learn);
    expect(form.queryByRole('combobox', { name: plan.logWho })).toBeNull();
    await user.click(form.getByRole('button', { name: plan.logButton }));
    await expect.poll(() => saved().length).toBe(3);
    expect(saved()).toEqual([
      { kind: 'network', note: 'Coffee chat', contactId: ids[0] },
      { kind: 'network', note: '', contactId: null },
      { kind: 'learn', note: '', contactId: null },
    ]);
  });

  it('finds people by what is typed, keeps the one picked in the list, and Enter there logs nothing', async () => {
    const { user, form, ids } = await open([{ name: 'Dana Reyes', company: 'Hooli' }, { name: 'Sam Lee' }, { name: 'Ana Ruiz' }]);
    await user.selectOptions(form.getByRole('combobox', { name: plan.logKind }), content.planner.kinds.network);
    const who = await form.findByRole('combobox', { name: plan.logWho });
    await form.findByRole('option', { name: 'Sam Lee' });
    await user.selectOptions(who, 'Dana Reyes (Hooli)');

    const find = form.getByRole('searchbox', { name: plan.logWhoFind });
    await user.type(find, 'sam{Enter}');
    await waitFor(() => expect(form.queryByRole('option', { name: 'Ana Ruiz' })).toBeNull());
    expect(
      within(who)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([plan.logWhoNobody, 'Dana Reyes (Hooli)', 'Sam Lee']);
    expect(who).toHaveValue(String(ids[0]));
    expect(saved()).toEqual([]);

    await user.clear(find);
    await user.type(find, 'nobody like this');
    expect(await form.findByText(plan.logWhoNoMatch)).toBeInTheDocument();
    await user.click(form.getByRole('button', { name: plan.logButton }));
    expect(await form.findByText('Logged your time with Dana Reyes. Every bit counts.')).toBeInTheDocument();
    expect(saved()).toEqual([{ kind: 'network', note: '', contactId: ids[0] }]);
  });

  it('says where people come from when there is no one yet', async () => {
    const { user, form } = await open([]);
    await user.selectOptions(form.getByRole('combobox', { name: plan.logKind }), content.planner.kinds.network);
    const who = await form.findByRole('combobox', { name: plan.logWho });
    expect(who).toHaveAccessibleDescription(plan.logWhoHint);
    expect(
      within(who)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([plan.logWhoNobody]);
  });

  it('shows core’s refusal beside the picker when the person was forgotten meanwhile', async () => {
    const { user, form, ids } = await open([{ name: 'Dana Reyes' }]);
    await user.selectOptions(form.getByRole('combobox', { name: plan.logKind }), content.planner.kinds.network);
    await user.selectOptions(await form.findByRole('combobox', { name: plan.logWho }), 'Dana Reyes');
    // Forgotten in another window: this form's list has not heard yet.
    await core!.dispatch('contacts:delete', { id: ids[0] }, appCaller);
    await user.click(form.getByRole('button', { name: plan.logButton }));
    const who = form.getByRole('combobox', { name: plan.logWho });
    expect(await form.findByText(content.planner.errors.pickSomeoneElse)).toBeInTheDocument();
    expect(who).toHaveAttribute('aria-invalid', 'true');
    expect(who).toHaveAccessibleDescription(content.planner.errors.pickSomeoneElse);
    expect(saved()).toEqual([]);
  });
});
