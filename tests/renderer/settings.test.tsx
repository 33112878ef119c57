import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App';
import type { TestCore } from '../support/core';
import { appCaller } from '../support/core';
import { connectRealCore, renderWithQuery } from './withCore';

let core: TestCore | null = null;
afterEach(() => core?.close());

async function openSettings() {
  ({ core } = await connectRealCore());
  window.location.hash = '#/settings';
  renderWithQuery(<App />);
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  return userEvent.setup();
}

/** Settings saves as you type; leaving a field writes at once, so no test waits out the pause. */
const prefs = () => within(screen.getByRole('form', { name: 'Your week' }));
const typeAndLeave = (field: HTMLElement, value: string) => {
  fireEvent.change(field, { target: { value } });
  fireEvent.focusOut(field);
};

describe('the settings view', () => {
  it('saves weekly targets and the first day of the week to the real store as they change', async () => {
    const user = await openSettings();
    typeAndLeave(await screen.findByLabelText('Applications'), '8');
    await user.selectOptions(screen.getByLabelText('My week starts on'), 'Sunday');
    fireEvent.focusOut(screen.getByLabelText('My week starts on'));
    expect(await prefs().findByText('Saved')).toBeInTheDocument();
    const stored = core?.settings.get();
    expect(stored?.targets.apply).toBe(8);
    expect(stored?.weekStartsOn).toBe(0);
    expect(screen.queryByRole('button', { name: /^Save/ })).toBeNull();
  });

  it('keeps the name that signs drafted notes, and refuses one too long beside the field, keeping what was typed', async () => {
    await openSettings();
    const name = (await screen.findByLabelText('Your name')) as HTMLInputElement;
    typeAndLeave(name, '  Alex Kim ');
    expect(await prefs().findByText('Saved')).toBeInTheDocument();
    expect(core?.settings.get().yourName).toBe('Alex Kim');
    typeAndLeave(name, 'y'.repeat(101));
    expect(await screen.findByText('Keep your name under 100 characters.')).toBeInTheDocument();
    expect(name.value).toBe('y'.repeat(101));
    expect(core?.settings.get().yourName).toBe('Alex Kim');
  });

  it('says beside the field what is wrong and saves nothing', async () => {
    await openSettings();
    const apply = await screen.findByLabelText('Applications');
    typeAndLeave(apply, '5000');
    typeAndLeave(screen.getByLabelText('Follow-ups'), '');
    expect(await screen.findByText(/under 1,000/)).toBeInTheDocument();
    expect(screen.getByText('Enter a whole number.')).toBeInTheDocument();
    expect(apply).toHaveAttribute('aria-invalid', 'true');
    expect(apply).toHaveAccessibleDescription(/under 1,000/);
    expect(core?.settings.get().targets.apply).toBe(5);
  });

  it('shows where the data lives', async () => {
    await openSettings();
    const info = await core?.dispatch('app:info', undefined, appCaller);
    const dataDir = info?.ok ? (info.data as { dataDir: string }).dataDir : 'missing';
    expect(await screen.findByText(dataDir)).toBeInTheDocument();
  });
});
