import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { content } from '../../content';
import type { TestCore } from '../support/core';
import { addDaysTo, dayOf } from '../../electron/core/time/days';
import { recordAutoWin } from '../../electron/core/wins/recordAutoWin';
import { App } from '../../renderer/src/app/App';
import { appCaller } from '../support/core';
import { connectRealCore, renderWithQuery } from './withCore';

let core: TestCore | null = null;
afterEach(() => core?.close());

const words = content.wins;
const count = () => core?.db.prepare('SELECT count(*) FROM wins WHERE deleted_at IS NULL').pluck().get();
const today = () => dayOf(new Date());

async function logWin(title: string, extra: Record<string, unknown> = {}) {
  const result = await core?.dispatch('wins:log', { kind: 'networking', title, day: today(), ...extra }, appCaller);
  if (!result?.ok) throw new Error(JSON.stringify(result));
  return result.data as { id: number };
}

async function openWins(hash = '#/wins') {
  const connection = await connectRealCore();
  core = connection.core;
  window.location.hash = hash;
  renderWithQuery(<App />);
  await screen.findByRole('heading', { level: 1, name: 'Wins' });
  return connection;
}

describe('quick log from the tray', () => {
  it('lands in the title with a default kind; typing and Enter saves, celebrates and lists the win', async () => {
    const user = userEvent.setup();
    await openWins('#/wins?quick-log');
    const title = await screen.findByLabelText(words.view.title);
    await waitFor(() => expect(title).toHaveFocus());
    expect(screen.getByLabelText(words.view.kind)).toHaveValue('custom');
    await user.keyboard('Coffee chat with Sam{Enter}');

    const celebration = await screen.findByRole('heading', { level: 2, name: words.celebration.heading });
    const region = celebration.closest('section') as HTMLElement;
    const line = within(region).getByText((text, element) => element?.classList.contains('celebration-line') === true && text.length > 0);
    expect(content.encouragement.byKind.custom).toContain(line.textContent);
    expect(count()).toBe(1);
    expect(window.location.hash).toBe('#/wins');
    const list = await screen.findByRole('article', { name: 'Coffee chat with Sam' });
    expect(within(list).getByText(words.kinds.custom.label)).toBeInTheDocument();
  });

  it('closes on Escape without saving', async () => {
    const user = userEvent.setup();
    await openWins('#/wins?quick-log');
    const title = await screen.findByLabelText(words.view.title);
    await waitFor(() => expect(title).toHaveFocus());
    await user.keyboard('Half a thought{Escape}');
    await waitFor(() => expect(screen.queryByLabelText(words.view.title)).not.toBeInTheDocument());
    expect(count()).toBe(0);
    expect(window.location.hash).toBe('#/wins');
  });

  it('never shows the same encouraging line twice in a row', async () => {
    const user = userEvent.setup();
    const { emit } = await openWins('#/wins?quick-log');
    const seen: string[] = [];
    for (let index = 0; index < 6; index += 1) {
      if (index > 0) act(() => emit('nav:open', { view: 'wins', action: 'quick-log' }));
      const title = await screen.findByLabelText(words.view.title);
      await waitFor(() => expect(title).toHaveFocus());
      await user.keyboard(`Win ${index}{Enter}`);
      await screen.findByText(`Win ${index}`, { selector: '.celebration-win' + ' *, .celebration-win', exact: false });
      seen.push(document.querySelector('.celebration-line')?.textContent ?? '');
    }
    for (let index = 1; index < seen.length; index += 1) expect(seen[index]).not.toBe(seen[index - 1]);
  });
});

describe('the log form', () => {
  it('refuses an empty title and a future day beside the field, saving nothing', async () => {
    const user = userEvent.setup();
    await openWins();
    await user.click(await screen.findByRole('button', { name: content.views.wins.action }));
    await user.click(screen.getByRole('button', { name: words.view.save }));
    const title = screen.getByLabelText(words.view.title);
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(expect.stringContaining('short title'));

    await user.type(title, 'Tomorrow me did it');
    const day = screen.getByLabelText(words.view.day);
    await user.clear(day);
    await user.type(day, addDaysTo(today(), 1));
    await user.click(screen.getByRole('button', { name: words.view.save }));
    expect(day).toHaveAccessibleDescription(words.errors.futureDay);
    expect(count()).toBe(0);
  });

  it("keeps a long paste whole and refuses it at the store's limit, with the message beside the title", async () => {
    const user = userEvent.setup();
    await openWins();
    await user.click(await screen.findByRole('button', { name: content.views.wins.action }));
    const title = screen.getByLabelText(words.view.title);
    await user.click(title);
    await user.paste('x'.repeat(5000));
    expect(title).toHaveValue('x'.repeat(5000));
    await user.click(screen.getByRole('button', { name: words.view.save }));
    expect(title).toHaveAccessibleDescription('Keep the title under 200 characters; the note has room for the rest.');
    expect(title).toHaveValue('x'.repeat(5000));
    expect(count()).toBe(0);
  });

  it('logs a past win with a note, a kind and a link to an application', async () => {
    const user = userEvent.setup();
    await openWins();
    const at = new Date().toISOString();
    core?.db
      .prepare(
        "INSERT INTO applications (company, role, status, status_changed_at, created_at, updated_at) VALUES ('Acme', 'Designer', 'applied', ?, ?, ?)",
      )
      .run(at, at, at);
    await user.click(await screen.findByRole('button', { name: content.views.wins.action }));
    await user.selectOptions(screen.getByLabelText(words.view.kind), 'interview');
    await user.type(screen.getByLabelText(words.view.title), 'First-round interview');
    const day = screen.getByLabelText(words.view.day);
    await user.clear(day);
    await user.type(day, addDaysTo(today(), -2));
    await user.type(screen.getByLabelText(words.view.note), 'They liked the case study.');
    await screen.findByRole('option', { name: 'Acme, Designer' });
    await user.selectOptions(screen.getByLabelText(words.view.link), 'Acme, Designer');
    await user.click(screen.getByRole('button', { name: words.view.save }));
    const row = await screen.findByRole('article', { name: 'First-round interview' });
    expect(row).toHaveTextContent('Acme, Designer');
    expect(row).toHaveTextContent('They liked the case study.');
    expect(core?.db.prepare('SELECT kind, day, application_id FROM wins').get()).toEqual({
      kind: 'interview',
      day: addDaysTo(today(), -2),
      application_id: 1,
    });
  });
});

describe('the timeline', () => {
  it('tags wins recorded automatically, and edits a win', async () => {
    const user = userEvent.setup();
    const connection = await connectRealCore();
    core = connection.core;
    recordAutoWin(core.db, { kind: 'task_done', title: 'Refreshed my resume', day: today(), sourceKey: 'task:7:done' });
    await logWin('Met Priya for coffee');
    window.location.hash = '#/wins';
    renderWithQuery(<App />);
    const auto = await screen.findByRole('article', { name: 'Refreshed my resume' });
    expect(within(auto).getByText(words.timeline.recordedForYou)).toBeInTheDocument();
    const manual = screen.getByRole('article', { name: 'Met Priya for coffee' });
    expect(within(manual).queryByText(words.timeline.recordedForYou)).not.toBeInTheDocument();

    await user.click(within(manual).getByRole('button', { name: /^Edit/ }));
    const title = screen.getByLabelText(words.view.title);
    await waitFor(() => expect(title).toHaveFocus());
    await user.clear(title);
    await user.type(title, 'Met Priya for coffee and a tour{Enter}');
    expect(await screen.findByRole('article', { name: 'Met Priya for coffee and a tour' })).toBeInTheDocument();
  });

  it('removes a win with a keyboard-reachable Undo that brings it back', async () => {
    const user = userEvent.setup();
    const connection = await connectRealCore();
    core = connection.core;
    await logWin('Sent three applications');
    window.location.hash = '#/wins';
    renderWithQuery(<App />);
    const row = await screen.findByRole('article', { name: 'Sent three applications' });
    await user.click(within(row).getByRole('button', { name: /^Remove/ }));
    const undo = await screen.findByRole('button', { name: words.toast.undo });
    await waitFor(() => expect(undo).toHaveFocus());
    expect(undo.closest('[aria-live]')).toHaveTextContent('Removed “Sent three applications”.');
    expect(count()).toBe(0);
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('article', { name: 'Sent three applications' })).toBeInTheDocument();
    await waitFor(() => expect(count()).toBe(1));
  });

  it('filters by kind and by words', async () => {
    const user = userEvent.setup();
    const connection = await connectRealCore();
    core = connection.core;
    await logWin('Coffee with Ana');
    await logWin('Finished a course', { kind: 'learning' });
    window.location.hash = '#/wins';
    renderWithQuery(<App />);
    await screen.findByRole('article', { name: 'Finished a course' });
    await user.selectOptions(screen.getByLabelText(words.timeline.filterKind), 'learning');
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Coffee with Ana' })).not.toBeInTheDocument());
    await user.selectOptions(screen.getByLabelText(words.timeline.filterKind), '');
    await user.type(screen.getByLabelText(words.timeline.search), 'ana');
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Finished a course' })).not.toBeInTheDocument());
    expect(await screen.findByRole('article', { name: 'Coffee with Ana' })).toBeInTheDocument();
  });
});

describe('the numbers', () => {
  it('shows the chart and a table of the same numbers', async () => {
    const user = userEvent.setup();
    const connection = await connectRealCore();
    core = connection.core;
    await logWin('One');
    await logWin('Two');
    window.location.hash = '#/wins';
    renderWithQuery(<App />);
    expect(await screen.findByRole('img', { name: /Wins per week/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: words.chart.asTable }));
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(13);
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('2');
    await user.click(screen.getByRole('button', { name: words.chart.range52 }));
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(53));
  });

  it('offers the brag sheet as a Markdown download', async () => {
    const connection = await connectRealCore();
    core = connection.core;
    await logWin('Gave a talk at the meetup');
    window.location.hash = '#/wins';
    renderWithQuery(<App />);
    const link = await screen.findByRole('link', { name: words.brag.download });
    expect(link.getAttribute('download')).toMatch(/^rebound-wins-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.md$/);
    const href = link.getAttribute('href') ?? '';
    expect(href.startsWith('data:text/markdown;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(href.slice(href.indexOf(',') + 1))).toContain('- **Gave a talk at the meetup**');
  });

  it('shows this week and the streak on Today, and logs a win from there', async () => {
    const user = userEvent.setup();
    const connection = await connectRealCore();
    core = connection.core;
    await logWin('Yesterday', { day: addDaysTo(today(), -1) });
    await logWin('Today');
    renderWithQuery(<App />);
    const widget = (await screen.findByRole('heading', { level: 2, name: words.today.heading })).closest('section') as HTMLElement;
    await waitFor(() => expect(widget).toHaveTextContent('2 days in a row'));
    await user.click(within(widget).getByRole('button', { name: words.today.logButton }));
    await waitFor(() => expect(screen.getByLabelText(words.view.title)).toHaveFocus());
    expect(window.location.hash).toBe('#/wins?quick-log');
  });

  it('tells someone with wins behind them that one today starts a fresh streak, not their first', async () => {
    const connection = await connectRealCore();
    core = connection.core;
    await logWin('A while back', { day: addDaysTo(today(), -30) });
    renderWithQuery(<App />);
    const widget = (await screen.findByRole('heading', { level: 2, name: words.today.heading })).closest('section') as HTMLElement;
    await waitFor(() => expect(widget).toHaveTextContent('0 this week'));
    expect(widget).toHaveTextContent('One today starts a fresh streak.');
    expect(widget).not.toHaveTextContent('Log one to start a streak.');
  });

  it('celebrates a win recorded for the person while Today is open, without taking focus', async () => {
    const connection = await connectRealCore();
    core = connection.core;
    await logWin('Already there');
    renderWithQuery(<App />);
    await screen.findByRole('heading', { level: 2, name: words.today.heading });
    await waitFor(() => expect(screen.getByText(/1 this week/)).toBeInTheDocument());
    expect(screen.queryByRole('heading', { name: words.celebration.recordedHeading })).not.toBeInTheDocument();
    const focused = document.activeElement;

    recordAutoWin(connection.core.db, { kind: 'task_done', title: 'Practised three answers', day: today(), sourceKey: 'task:3:done' });
    act(() => connection.emit('data:changed', {}));
    const heading = await screen.findByRole('heading', { name: words.celebration.recordedHeading });
    const region = heading.closest('section') as HTMLElement;
    expect(region).toHaveTextContent('Practised three answers');
    expect(content.encouragement.byKind.task_done).toContain(region.querySelector('.celebration-line')?.textContent);
    expect(document.activeElement).toBe(focused);
  });
});
