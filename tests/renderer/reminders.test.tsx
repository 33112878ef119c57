import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App';
import { setWeekTargets } from '../../electron/core/planner/weekRow';
import { defaultSettings } from '../../electron/core/settings/schema';
import type { CoreOptions } from '../../electron/core/startCore';
import type { TestCore } from '../support/core';
import { connectRealCore, renderWithQuery } from './withCore';

let core: TestCore | null = null;
afterEach(() => core?.close());

async function openSettings(overrides: Partial<CoreOptions> = {}, before?: (core: TestCore) => void) {
  ({ core } = await connectRealCore(overrides));
  before?.(core);
  window.location.hash = '#/settings';
  renderWithQuery(<App />);
  await screen.findByRole('heading', { level: 2, name: 'Reminders' });
  return userEvent.setup();
}

const form = () => screen.getByRole('form', { name: 'Reminders' });

describe('the reminders section in Settings', () => {
  it('turns a kind off and moves a time, saved to the real settings', async () => {
    const user = await openSettings();
    await user.click(within(form()).getByRole('checkbox', { name: 'Look back at my week' }));
    const planningTime = within(form()).getAllByLabelText('Time')[0] as HTMLInputElement;
    await user.clear(planningTime);
    await user.type(planningTime, '08:30');
    await user.click(screen.getByRole('button', { name: 'Save reminders' }));
    expect(await within(form()).findByText('Saved.')).toBeInTheDocument();
    expect(core?.settings.get().reminders.weeklyReview.enabled).toBe(false);
    expect(core?.settings.get().reminders.weeklyPlanning.time).toBe('08:30');
  });

  it('says beside the field when a time is not a time, and saves nothing', async () => {
    const user = await openSettings();
    const time = within(form()).getAllByLabelText('Time')[0] as HTMLInputElement;
    await user.clear(time);
    await user.type(time, '25:00');
    await user.click(screen.getByRole('button', { name: 'Save reminders' }));
    expect(await within(form()).findByText(/Use a time like 09:00/)).toBeInTheDocument();
    expect(time).toHaveAttribute('aria-invalid', 'true');
    expect(time).toHaveAccessibleDescription(/24-hour clock/);
    expect(core?.settings.get().reminders).toEqual(defaultSettings.reminders);
  });

  it('accepts quiet hours across midnight and refuses a span that starts where it ends', async () => {
    const user = await openSettings();
    const until = within(form()).getByLabelText('Until');
    await user.clear(until);
    await user.type(until, '21:00');
    await user.click(screen.getByRole('button', { name: 'Save reminders' }));
    expect(await within(form()).findByText(/different start and end/)).toBeInTheDocument();
    expect(until).toHaveAccessibleDescription(/different start and end/);
    expect(core?.settings.get().reminders.quietHours).toEqual(defaultSettings.reminders.quietHours);
    await user.clear(until);
    await user.type(until, '07:15');
    await user.click(screen.getByRole('button', { name: 'Save reminders' }));
    expect(await within(form()).findByText('Saved.')).toBeInTheDocument();
    expect(core?.settings.get().reminders.quietHours).toEqual({ enabled: true, start: '21:00', end: '07:15' });
  });

  it('pauses reminders for an hour and resumes them', async () => {
    const user = await openSettings();
    await user.click(screen.getByRole('button', { name: 'Pause for an hour' }));
    expect(await screen.findByText(/Reminders are paused until/)).toBeInTheDocument();
    expect(core?.settings.get().reminders.pausedUntil).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Resume now' }));
    await waitFor(() => expect(core?.settings.get().reminders.pausedUntil).toBeNull());
    expect(await screen.findByText(/Next up:/)).toBeInTheDocument();
  });

  it('reports a shortcut the system refuses beside the field and saves nothing', async () => {
    const user = await openSettings({
      companion: {
        applyShortcut: ({ enabled, accelerator }) => !(enabled && accelerator === 'Alt+Space'),
        shortcutActive: () => true,
        applyLaunchAtLogin: () => undefined,
        notificationsSupported: () => true,
      },
    });
    await user.click(screen.getByRole('checkbox', { name: 'Open the quick win log from anywhere' }));
    const keys = screen.getByLabelText('Keys');
    await user.clear(keys);
    await user.type(keys, 'alt+space');
    await user.click(screen.getByRole('button', { name: 'Save shortcut' }));
    expect(await screen.findByText(/Alt\+Space is already taken/)).toBeInTheDocument();
    expect(keys).toHaveAccessibleDescription(/already taken/);
    expect(core?.settings.get().globalShortcut).toEqual(defaultSettings.globalShortcut);
    await user.clear(keys);
    await user.type(keys, 'CommandOrControl+Shift+W');
    await user.click(screen.getByRole('button', { name: 'Save shortcut' }));
    expect(await screen.findByText('Shortcut saved.')).toBeInTheDocument();
    expect(core?.settings.get().globalShortcut).toEqual({ enabled: true, accelerator: 'CommandOrControl+Shift+W' });
  });

  it('suggests launch at login once a week is planned, and a dismissal is final', async () => {
    const user = await openSettings({}, (c) => setWeekTargets(c.db, '2026-11-23', {}, defaultSettings.targets));
    const offer = await screen.findByRole('region', { name: 'Want Rebound to start with your computer?' });
    await user.click(within(offer).getByRole('button', { name: 'No thanks' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /start with your computer/ })).not.toBeInTheDocument());
    await user.click(screen.getByRole('checkbox', { name: /Start Rebound when I log in/ }));
    await waitFor(() => expect(core?.settings.get().launchAtLogin).toBe(true));
  });
});
