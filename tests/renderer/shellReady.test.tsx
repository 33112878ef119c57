import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { content, fillTemplate } from '../../content';
import { App } from '../../renderer/src/app/App';
import type { Core } from '../../electron/core/startCore';
import { connectRealCore, renderWithQuery } from './withCore';

let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

describe('the page and the desktop shell', () => {
  it('tells main it listens for navigation once it has subscribed', async () => {
    const pageReady = vi.fn();
    ({ core } = await connectRealCore({ shell: { pageReady } }));
    window.location.hash = '#/today';
    renderWithQuery(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Today' }, { timeout: 10_000 });
    await vi.waitFor(() => expect(pageReady).toHaveBeenCalled(), { timeout: 10_000 });
  });

  it('Settings opens the log folder through main', async () => {
    const openLogFolder = vi.fn(async () => true);
    ({ core } = await connectRealCore({ shell: { openLogFolder, logFolder: '/data/logs' } }));
    window.location.hash = '#/settings';
    renderWithQuery(<App />);
    const user = userEvent.setup();
    // The Settings view loads lazily; on a busy machine that can take more than findBy's default second.
    await user.click(await screen.findByRole('button', { name: content.data.openLogFolder }, { timeout: 10_000 }));
    await vi.waitFor(() => expect(openLogFolder).toHaveBeenCalledTimes(1), { timeout: 10_000 });
  });

  it('says where the log folder is when it would not open', async () => {
    ({ core } = await connectRealCore({ shell: { openLogFolder: () => false, logFolder: '/data/logs' } }));
    window.location.hash = '#/settings';
    renderWithQuery(<App />);
    const user = userEvent.setup();
    // The Settings view loads lazily; on a busy machine that can take more than findBy's default second.
    await user.click(await screen.findByRole('button', { name: content.data.openLogFolder }, { timeout: 10_000 }));
    expect(
      await screen.findByText(fillTemplate(content.data.logFolderFailed, { path: '/data/logs' }), {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });
});
