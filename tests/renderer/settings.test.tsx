import { screen } from '@testing-library/react';
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

describe('the settings view', () => {
  it('saves weekly targets and the first day of the week to the real store', async () => {
    const user = await openSettings();
    const apply = await screen.findByLabelText('Applications');
    await user.clear(apply);
    await user.type(apply, '8');
    await user.selectOptions(screen.getByLabelText('My week starts on'), 'Sunday');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText(/Saved\./)).toBeInTheDocument();
    const stored = core?.settings.get();
    expect(stored?.targets.apply).toBe(8);
    expect(stored?.weekStartsOn).toBe(0);
  });

  it('keeps the name that signs drafted notes, and refuses one too long beside the field', async () => {
    const user = await openSettings();
    const name = await screen.findByLabelText('Your name');
    await user.type(name, '  Alex Kim ');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText(/Saved\./)).toBeInTheDocument();
    expect(core?.settings.get().yourName).toBe('Alex Kim');
    await user.clear(name);
    await user.click(name);
    await user.paste('y'.repeat(101));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Keep your name under 100 characters.')).toBeInTheDocument();
    expect(core?.settings.get().yourName).toBe('Alex Kim');
  });

  it('says beside the field what is wrong and saves nothing', async () => {
    const user = await openSettings();
    const apply = await screen.findByLabelText('Applications');
    await user.clear(apply);
    await user.type(apply, '5000');
    const follow = screen.getByLabelText('Follow-ups');
    await user.clear(follow);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
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
