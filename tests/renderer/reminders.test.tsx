import { fireEvent, screen, waitFor, within } from '@testing-library/react';
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
/** The reminders save as they change; leaving a field writes at once, so no test waits out the pause. */
const setAndLeave = (field: HTMLElement, value: string) => {
  fireEvent.change(field, { target: { value } });
  fireEvent.focusOut(field);
};

describe('the reminders section in Settings', () => {
  it('turns a kind off and moves a time with a time picker, saved to the real settings', async () => {
    const user = await openSettings();
    await user.click(within(form()).getByRole('checkbox', { name: 'Look back at my week' }));
    const planningTime = within(form()).getAllByLabelText('Time')[0] as HTMLInputElement;
    expect(planningTime.type).toBe('time');
    setAndLeave(planningTime, '08:30');
    expect(await within(form()).findByText('Saved')).toBeInTheDocument();
    expect(core?.settings.get().reminders.weeklyReview.enabled).toBe(false);
    expect(core?.settings.get().reminders.weeklyPlanning.time).toBe('08:30');
  });

  it('says beside the field when a time is emptied, keeps the rest, and saves nothing', async () => {
    await openSettings();
    const time = within(form()).getAllByLabelText('Time')[0] as HTMLInputElement;
    setAndLeave(time, '');
    expect(await within(form()).findByText('Pick a time of day, with both the hour and the minutes.')).toBeInTheDocument();
    expect(time).toHaveAttribute('aria-invalid', 'true');
    expect(time).toHaveAccessibleDescription(/both the hour and the minutes/);
    expect(core?.settings.get().reminders).toEqual(defaultSettings.reminders);
  });

  it('accepts quiet hours across midnight and refuses a span that starts where it ends', async () => {
    await openSettings();
    const until = within(form()).getByLabelText('Until');
    setAndLeave(until, '21:00');
    // Core's refusal: beside the field, and announced in the form's status line.
    await waitFor(() => expect(until).toHaveAccessibleDescription(/different start and end/));
    expect(within(form()).getByRole('status')).toHaveTextContent(/Not saved yet: .*different start and end/);
    expect(core?.settings.get().reminders.quietHours).toEqual(defaultSettings.reminders.quietHours);
    setAndLeave(until, '07:15');
    expect(await within(form()).findByText('Saved')).toBeInTheDocument();
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
    const startup = () => within(screen.getByRole('form', { name: 'Start and shortcut' }));
    const keys = screen.getByLabelText('Keys');
    fireEvent.change(keys, { target: { value: 'alt+space' } });
    await user.click(screen.getByRole('checkbox', { name: 'Open the quick win log from anywhere' }));
    await waitFor(() => expect(keys).toHaveAccessibleDescription(/Alt\+Space is already taken/));
    expect(startup().getByRole('status')).toHaveTextContent(/Not saved yet: .*already taken/);
    expect(keys).toHaveValue('alt+space');
    expect(core?.settings.get().globalShortcut).toEqual(defaultSettings.globalShortcut);
    // Half-typed keys are never tried: the shortcut is written when the field is left.
    fireEvent.change(keys, { target: { value: 'CommandOrControl+Shift+W' } });
    fireEvent.focusOut(keys);
    expect(await startup().findByText('Saved')).toBeInTheDocument();
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
