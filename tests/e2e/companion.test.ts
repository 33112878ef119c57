import { describe, expect, it } from 'vitest';
import { setWeekTargets } from '../../electron/core/planner/weekRow';
import { defaultSettings } from '../../electron/core/settings/schema';
import { screenshot } from './support/browser';
import { e2eSession } from './support/session';

const s = e2eSession('companion', { width: 1040, height: 720 });

const remindersForm = () => s.page.getByRole('form', { name: 'Reminders' });

describe('the companion settings in Chromium over the real core', () => {
  it('shows the reminders with time pickers, refuses an emptied time beside its field, and saves a good one as it is picked', async () => {
    await s.page.goto(`${s.harness.url}/#/settings`);
    await remindersForm().scrollIntoViewIfNeeded();
    const time = remindersForm().getByLabel('Time').first();
    expect(await time.getAttribute('type')).toBe('time');
    await time.fill('');
    await time.press('Tab');
    await remindersForm().getByText('Pick a time of day, with both the hour and the minutes.').first().waitFor();
    expect(await time.getAttribute('aria-invalid')).toBe('true');
    await screenshot(s.page, 'companion-reminders-error');
    await time.fill('08:45');
    await time.press('Tab');
    await remindersForm().getByText('Saved', { exact: true }).waitFor();
    expect(s.harness.core.settings.get().reminders.weeklyPlanning.time).toBe('08:45');
    await remindersForm()
      .getByRole('heading', { name: 'Reminders' })
      .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await screenshot(s.page, 'companion-reminders-light');
    await s.page.getByLabel('Keys').scrollIntoViewIfNeeded();
    await s.page.getByLabel('Keys').fill('Shift+W');
    await s.page.getByLabel('Keys').press('Tab');
    await s.page.locator('.field-error', { hasText: /so the shortcut never gets in the way of typing/ }).waitFor();
    await screenshot(s.page, 'companion-startup-light');
  });

  it('pauses and resumes, and offers launch at login once a week is planned (light and dark)', async () => {
    setWeekTargets(s.harness.core.db, '2026-11-23', {}, defaultSettings.targets);
    for (const scheme of ['light', 'dark'] as const) {
      await s.page.emulateMedia({ colorScheme: scheme });
      await s.page.goto(`${s.harness.url}/#/settings`);
      const offer = s.page.getByRole('region', { name: 'Want Rebound to start with your computer?' });
      await offer.waitFor();
      await offer.scrollIntoViewIfNeeded();
      await screenshot(s.page, `companion-settings-${scheme}`);
    }
    await s.page.getByRole('button', { name: 'Pause until tomorrow' }).click();
    await s.page.getByText(/Reminders are paused until/).waitFor();
    await s.page.getByRole('button', { name: 'Resume now' }).scrollIntoViewIfNeeded();
    await screenshot(s.page, 'companion-paused-dark');
    await s.page.getByRole('button', { name: 'Resume now' }).click();
    await s.page.getByText(/Next up:/).waitFor();
    await s.page.getByRole('button', { name: 'No thanks' }).click();
    await expect.poll(() => s.page.getByRole('region', { name: /start with your computer/ }).count()).toBe(0);
  });

  it('opens the quick win log when a notification click (or the shortcut) sends nav:open', async () => {
    await s.page.goto(`${s.harness.url}/#/today`);
    await s.page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    s.harness.emit('nav:open', { view: 'wins', action: 'quick-log' });
    await expect.poll(() => s.page.getByRole('heading', { level: 1 }).textContent()).toBe('Wins');
  });
});
