import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App';
import type { TestCore } from '../support/core';
import { appCaller } from '../support/core';
import { connectRealCore, renderWithQuery } from './withCore';

let core: TestCore | null = null;
let emit: Awaited<ReturnType<typeof connectRealCore>>['emit'] = () => undefined;
afterEach(() => core?.close());

// jsdom lays nothing out: give the board's columns and cards the boxes a browser would, side by side,
// so dnd-kit's keyboard sensor and our column finder have real geometry to work with.
const realRect = Element.prototype.getBoundingClientRect;
beforeAll(() => {
  Element.prototype.getBoundingClientRect = function rect(this: Element): DOMRect {
    // The picture that follows the pointer or the keys starts where the card it stands for is.
    const dragging = document.querySelector('.board-card.dragging');
    if (dragging && (this.closest('.drag-preview') || this.querySelector('.drag-preview'))) return dragging.getBoundingClientRect();
    const column = this.closest('.board-column');
    if (!column) return realRect.call(this);
    const index = [...document.querySelectorAll('.board-column')].indexOf(column);
    const card = this.closest('.board-card');
    const row = card ? [...column.querySelectorAll('.board-card')].indexOf(card) : -1;
    const box = card
      ? { left: index * 240 + 10, top: 60 + row * 110, width: 200, height: 100 }
      : { left: index * 240, top: 0, width: 220, height: 900 };
    return { ...box, x: box.left, y: box.top, right: box.left + box.width, bottom: box.top + box.height, toJSON: () => box } as DOMRect;
  };
});
afterAll(() => {
  Element.prototype.getBoundingClientRect = realRect;
});

async function dispatch(channel: string, input: unknown) {
  const result = await core!.dispatch(channel, input, appCaller);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as { id: number };
}

async function openBoard() {
  ({ core, emit } = await connectRealCore());
  await dispatch('applications:create', { company: 'Acme', status: 'applied' });
  await dispatch('applications:create', { company: 'Beta', status: 'applied' });
  await dispatch('applications:create', { company: 'Cobalt' });
  // Last activity: Beta newer than Acme.
  const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
  core!.db.prepare("UPDATE applications SET updated_at = ? WHERE company = 'Acme'").run(ago(20));
  core!.db.prepare("UPDATE applications SET updated_at = ? WHERE company = 'Beta'").run(ago(10));
  window.location.hash = '#/plan?applications-board';
  renderWithQuery(<App />);
  await screen.findByRole('group', { name: 'Applications by status' });
  return userEvent.setup();
}

const column = (status: string) => screen.getByRole('region', { name: new RegExp(`^${status} \\d+$`) });
const statusOf = (company: string) => core!.db.prepare('SELECT status FROM applications WHERE company = ?').pluck().get(company);
/** What dnd-kit's live region last said (our words, from content/). */
const announced = () => document.querySelector('[aria-live="assertive"]')?.textContent ?? '';

describe('the board', () => {
  it('moves a card from the keyboard, says so in our words, and takes the same way as the buttons (a rejection offers a reflection)', async () => {
    const user = await openBoard();
    const handle = within(column('Applied')).getByRole('button', { name: 'Move Beta' });
    expect(handle).toHaveAccessibleDescription(/press Space or Enter on its move button/);
    act(() => handle.focus());
    await user.keyboard('[Space]');
    await waitFor(() =>
      expect(announced()).toBe(
        'Picked up Beta from Applied. Use the left and right arrow keys to choose a column, then Space to drop it there, or Escape to leave it where it was.',
      ),
    );
    // Applied → Interviewing → Offer → Rejected.
    await user.keyboard('[ArrowRight]');
    await waitFor(() => expect(announced()).toBe('Over Interviewing.'));
    await user.keyboard('[ArrowRight][ArrowRight]');
    await waitFor(() => expect(announced()).toBe('Over Rejected.'));
    await user.keyboard('[Space]');
    await waitFor(() => expect(announced()).toBe('Beta moved to Rejected.'));
    await waitFor(() => expect(statusOf('Beta')).toBe('rejected'));
    expect(await within(column('Rejected')).findByRole('article', { name: 'Beta' })).toBeInTheDocument();
    expect(within(column('Applied')).queryByRole('article', { name: 'Beta' })).not.toBeInTheDocument();
    // What a rejection by button offers, a drop offers too.
    await user.click(await screen.findByRole('button', { name: 'Reflect on it' }));
    const id = core!.db.prepare("SELECT id FROM applications WHERE company = 'Beta'").pluck().get();
    await waitFor(() => expect(window.location.hash).toBe(`#/reflect?new-rejection-${id}`));
  });

  it('puts a card back on Escape, and keeps the focus on a card that moved by its button', async () => {
    const user = await openBoard();
    act(() => within(column('Applied')).getByRole('button', { name: 'Move Acme' }).focus());
    await user.keyboard('[Space]');
    await user.keyboard('[ArrowLeft]');
    await waitFor(() => expect(announced()).toBe('Over Saved.'));
    await user.keyboard('[Escape]');
    await waitFor(() => expect(announced()).toBe('Moving Acme cancelled. It stays in Applied.'));
    expect(statusOf('Acme')).toBe('applied');

    // The one-click step is still there; the card lands in its new column with focus on its move button.
    await user.click(within(column('Saved')).getByRole('button', { name: 'Mark applied' }));
    await waitFor(() => expect(statusOf('Cobalt')).toBe('applied'));
    const moved = await within(column('Applied')).findByRole('button', { name: 'Move Cobalt' });
    await waitFor(() => expect(moved).toHaveFocus());
  });

  it('keeps the cards of a column in place after a change, a new arrival on top', async () => {
    const user = await openBoard();
    const cards = (status: string) =>
      within(column(status))
        .getAllByRole('article')
        .map((card) => card.querySelector('h3')?.textContent);
    await waitFor(() => expect(cards('Applied')).toEqual(['Beta', 'Acme']));
    // Acme changed (elsewhere): sorted afresh by last activity it would jump above Beta.
    core!.db
      .prepare("UPDATE applications SET updated_at = ?, role = 'Writer' WHERE company = 'Acme'")
      .run(new Date(Date.now() - 5 * 60_000).toISOString());
    act(() => emit('data:changed', {}));
    expect(await within(column('Applied')).findByText('Writer')).toBeInTheDocument();
    expect(cards('Applied')).toEqual(['Beta', 'Acme']);
    await user.click(within(column('Saved')).getByRole('button', { name: 'Mark applied' }));
    await waitFor(() => expect(cards('Applied')).toEqual(['Cobalt', 'Beta', 'Acme']));
  });
});
