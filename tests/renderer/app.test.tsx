import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { content } from '../../content';
import { App } from '../../renderer/src/app/App';
import { parseHash, viewNames } from '../../renderer/src/app/route';
import { viewSchema } from '../../electron/core/app/contract';
import type { TestCore } from '../support/core';
import { connectRealCore, renderWithQuery } from './withCore';

let core: TestCore | null = null;
afterEach(() => core?.close());

describe('the app shell', () => {
  it('reads the view from the URL, and anything it does not know is Today', () => {
    expect(viewNames).toEqual(viewSchema.options);
    expect(parseHash('#/wins?quick-log')).toEqual({ view: 'wins', action: 'quick-log' });
    expect(parseHash('#/settings')).toEqual({ view: 'settings', action: null });
    for (const hash of ['', '#/', '#/nope', '#/constructor', '#/toString?x', '#/WINS']) {
      expect(parseHash(hash)).toEqual({ view: 'today', action: null });
    }
  });

  it('has a labelled main navigation with every view, Today current at first', async () => {
    ({ core } = await connectRealCore());
    renderWithQuery(<App />);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Today', 'Reflect', 'Plan', 'Wins', 'Settings']);
    expect(within(nav).getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
  });

  it.each(['reflect', 'plan', 'wins'] as const)('shows the %s empty state, saying what it will hold', async (view) => {
    ({ core } = await connectRealCore());
    window.location.hash = `#/${view}`;
    renderWithQuery(<App />);
    const copy = content.views[view];
    expect(await screen.findByRole('heading', { level: 1, name: copy.title })).toBeInTheDocument();
    // A view with data shows its empty state once its first read says there is none.
    expect(await screen.findByRole('heading', { level: 2, name: copy.emptyTitle })).toBeInTheDocument();
    expect(screen.getByText(copy.emptyBody)).toBeInTheDocument();
  });

  it('moves between views with the keyboard alone and focuses the new heading', async () => {
    ({ core } = await connectRealCore());
    const user = userEvent.setup();
    renderWithQuery(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Today' });
    const wins = screen.getByRole('link', { name: 'Wins' });
    wins.focus();
    await user.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Wins' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(wins).toHaveAttribute('aria-current', 'page');
  });

  it('opens the view main asks for (a tray item)', async () => {
    const connection = await connectRealCore();
    core = connection.core;
    renderWithQuery(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Today' });
    act(() => connection.emit('nav:open', { view: 'settings', action: 'targets' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/settings?targets');
  });

  it("goes from Today's empty state to planning", async () => {
    ({ core } = await connectRealCore());
    const user = userEvent.setup();
    renderWithQuery(<App />);
    await user.click(await screen.findByRole('button', { name: content.views.today.action }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan' })).toBeInTheDocument();
  });
});
