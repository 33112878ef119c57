import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { content, fillMessage } from '../../content';
import copy from '../../content/planner.json';
import { App } from '../../renderer/src/app/App';
import type { TestCore } from '../support/core';
import { appCaller } from '../support/core';
import { connectRealCore, renderWithQuery } from './withCore';

/**
 * The People tab of Plan over a real core on a temp folder: the list, its filter and paging, a
 * person's side panel (autosaved fields, refusals beside their field, delete) and adding someone.
 * Expected values are the people the tests made and the words of content/, never read back from
 * the component.
 */

let core: TestCore | null = null;
afterEach(() => {
  core?.close();
  core = null;
  vi.useRealTimers();
  delete (document as unknown as { visibilityState?: string }).visibilityState;
});

const p = copy.people;
const d = copy.details;
const words = content.planner.errors;

async function dispatch<T = { id: number }>(channel: string, input: unknown): Promise<T> {
  const result = await core!.dispatch(channel, input, appCaller);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as T;
}

/** One person's row as stored, to check what was (or was not) saved. */
const stored = (id: number) =>
  core!.db.prepare('SELECT name, role, company, email, phone, profile_link AS profileLink, notes FROM contacts WHERE id = ?').get(id) as
    Record<string, string> | undefined;

async function start(hash: string) {
  window.location.hash = hash;
  renderWithQuery(<App />);
  return userEvent.setup();
}

/** The names in the list, top to bottom. */
const names = () => [...document.querySelectorAll('.people-table tbody .row-open')].map((button) => button.textContent);

/** `count` people named "Person 000", "Person 001"…, written straight to the database (fast). */
function manyPeople(count: number) {
  const at = new Date().toISOString();
  const insert = core!.db.prepare('INSERT INTO contacts (name, created_at, updated_at) VALUES (?, ?, ?)');
  core!.db.transaction(() => {
    for (let i = 0; i < count; i += 1) insert.run(`Person ${String(i).padStart(3, '0')}`, at, at);
  })();
}

/** Ana (on two applications), Bo (on none) and Cy (on one). */
async function threePeople() {
  const acme = await dispatch('applications:create', { company: 'Acme', role: 'Designer' });
  const birch = await dispatch('applications:create', { company: 'Birch', role: 'Lead' });
  const ana = await dispatch('contacts:create', {
    name: 'Ana Ruíz',
    role: 'Hiring manager',
    company: 'Müller GmbH',
    applicationId: acme.id,
    relation: 'hiring_manager',
  });
  await dispatch('contacts:link', { applicationId: birch.id, contactId: ana.id });
  const bo = await dispatch('contacts:create', { name: 'Bo Chen', role: 'Recruiter', company: 'Birchwood' });
  const cy = await dispatch('contacts:create', { name: 'Cy Okafor', company: 'Acme', applicationId: acme.id });
  return { ana: ana.id, bo: bo.id, cy: cy.id, acme: acme.id, birch: birch.id };
}

describe('the People tab', () => {
  it('lists each person with their role, company and how many applications they are on', async () => {
    ({ core } = await connectRealCore());
    await threePeople();
    await start('#/plan?people');
    const table = await screen.findByRole('table');
    await waitFor(() => expect(names()).toEqual(['Ana Ruíz', 'Bo Chen', 'Cy Okafor']));
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual([p.colName, p.colRole, p.colCompany, p.colApplications]);
    const cells = (name: string) =>
      within(screen.getByRole('row', { name: new RegExp(`^${name}`) }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells('Ana Ruíz')).toEqual(['Hiring manager', 'Müller GmbH', '2']);
    expect(cells('Bo Chen')).toEqual(['Recruiter', 'Birchwood', '0']);
    expect(cells('Cy Okafor')).toEqual(['', 'Acme', '1']);
    expect(screen.getByRole('tab', { name: copy.plan.tabPeople })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText(fillMessage(p.showing, { shown: 3 }))).toBeInTheDocument();
  });

  it('welcomes with an invitation to add someone when there is no one yet', async () => {
    ({ core } = await connectRealCore());
    const user = await start('#/plan?people');
    expect(await screen.findByText(p.emptyTitle)).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    await user.click(screen.getByRole('button', { name: p.add }));
    expect(await screen.findByRole('form', { name: p.addHeading })).toBeInTheDocument();
  });

  it('narrows the list as a name, company or role is typed, and says when no one matches', async () => {
    ({ core } = await connectRealCore());
    await threePeople();
    const user = await start('#/plan?people');
    await waitFor(() => expect(names()).toHaveLength(3));
    const find = screen.getByLabelText(p.filter);
    await user.type(find, 'muller');
    await waitFor(() => expect(names()).toEqual(['Ana Ruíz']));
    await user.clear(find);
    await user.type(find, 'recruiter');
    await waitFor(() => expect(names()).toEqual(['Bo Chen']));
    await user.clear(find);
    await user.type(find, 'acme');
    await waitFor(() => expect(names()).toEqual(['Cy Okafor']));
    await user.clear(find);
    await user.type(find, 'nobody at all');
    expect(await screen.findByText(p.noMatch)).toBeInTheDocument();
    await waitFor(() => expect(names()).toEqual([]));
    await user.clear(find);
    await waitFor(() => expect(names()).toHaveLength(3));
  });

  it('shows twenty at a time, twenty more on asking up to a hundred, then asks for a few letters instead', async () => {
    ({ core } = await connectRealCore());
    manyPeople(130);
    const user = await start('#/plan?people');
    await waitFor(() => expect(names()).toHaveLength(20));
    expect(names()[0]).toBe('Person 000');
    expect(names()[19]).toBe('Person 019');
    const more = () => screen.queryByRole('button', { name: fillMessage(p.showMore, { count: '20' }) });
    const narrow = fillMessage(p.narrow, { count: '100' });
    expect(screen.queryByText(narrow)).toBeNull();
    for (const total of [40, 60, 80, 100]) {
      await user.click(more()!);
      await waitFor(() => expect(names()).toHaveLength(total));
    }
    expect(names()[99]).toBe('Person 099');
    expect(more()).toBeNull();
    expect(screen.getByText(narrow)).toBeInTheDocument();
    expect(screen.getByText(fillMessage(p.showing, { shown: 100 }))).toBeInTheDocument();
    // Those past the hundred are found by typing, and a new search starts again at twenty.
    await user.type(screen.getByLabelText(p.filter), 'Person 12');
    await waitFor(() => expect(names()).toEqual(Array.from({ length: 10 }, (_, i) => `Person 12${i}`)));
    expect(more()).toBeNull();
    expect(screen.queryByText(narrow)).toBeNull();
    await user.clear(screen.getByLabelText(p.filter));
    await user.type(screen.getByLabelText(p.filter), 'Person 1');
    await waitFor(() => expect(names()[0]).toBe('Person 100'));
    expect(names()).toHaveLength(20);
    await user.click(more()!);
    await waitFor(() => expect(names()).toEqual(Array.from({ length: 30 }, (_, i) => `Person ${100 + i}`)));
  });

  it('offers "show more" only while there is more: exactly twenty people show no button', async () => {
    ({ core } = await connectRealCore());
    manyPeople(20);
    await start('#/plan?people');
    await waitFor(() => expect(names()).toHaveLength(20));
    expect(screen.queryByRole('button', { name: fillMessage(p.showMore, { count: '20' }) })).toBeNull();
  });

  it('opens a person in the side panel when their name is chosen, with the address saying who', async () => {
    ({ core } = await connectRealCore());
    const { ana } = await threePeople();
    const user = await start('#/plan?people');
    await user.click(await screen.findByRole('button', { name: 'Ana Ruíz' }));
    const panel = await screen.findByRole('dialog', { name: 'Ana Ruíz' });
    await waitFor(() => expect(window.location.hash).toBe(`#/plan?person-${ana}`));
    expect(within(panel).getByText('Hiring manager · Müller GmbH')).toBeInTheDocument();
    expect(within(panel).getByLabelText(d.personEmail)).toHaveValue('');
    // The applications they are on, each a way to its own panel.
    const apps = within(panel).getByRole('region', { name: p.applications });
    expect(
      within(apps).getByRole('button', { name: fillMessage(p.openApplication, { company: 'Acme', role: 'Designer' }) }),
    ).toBeInTheDocument();
    expect(
      within(apps).getByRole('button', { name: fillMessage(p.openApplication, { company: 'Birch', role: 'Lead' }) }),
    ).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: fillMessage(p.closeLabel, { name: 'Ana Ruíz' }) }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(window.location.hash).toBe('#/plan?people');
  });

  it("shows a person's history, newest first: the chats that named them and the rounds they sat in", async () => {
    ({ core } = await connectRealCore());
    const { ana, acme } = await threePeople();
    await dispatch('planner:logActivity', { kind: 'network', day: '2026-03-02', note: 'Coffee near the office', contactId: ana });
    await dispatch('interviews:create', {
      applicationId: acme,
      kind: 'technical',
      date: '2026-03-05',
      time: '10:00',
      timeZone: 'Europe/Berlin',
      contactIds: [ana],
    });
    const user = await start(`#/plan?person-${ana}`);
    const panel = await screen.findByRole('dialog', { name: 'Ana Ruíz' });
    const history = await within(panel).findByRole('region', { name: p.history });
    await waitFor(() =>
      expect(
        within(history)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(['Mar 5, 2026 Technical interview, Acme', 'Mar 2, 2026 Networking · Coffee near the office']),
    );
    // A round opens its application's panel.
    await user.click(within(history).getByRole('button', { name: 'Technical interview, Acme' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/plan?application-${acme}`));
  });
});

/** Opens `#/plan?person-<id>` and waits for their details. */
async function openPerson(id: number, name: string) {
  const user = await start(`#/plan?person-${id}`);
  const panel = await screen.findByRole('dialog', { name });
  await within(panel).findByLabelText(d.personRole);
  return { user, panel };
}

/** Fake timers from here on, so "not yet saved" means "not before the pause", never "not within a real wait". */
function fakeTimers() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.now() });
}

/** Lets the queued saves and the real core run, without moving the clock. */
const settle = () => act(() => vi.advanceTimersByTimeAsync(0));
/**
 * Waits for a save by letting promises and zero-delay timers run, the fake clock standing still (vi.waitFor
 * would move it, and the pause's own timer would then save: not what is being tested).
 */
async function waitSaved(check: () => void) {
  for (let turn = 0; ; turn += 1) {
    await settle();
    try {
      check();
      return;
    } catch (error) {
      if (turn >= 200) throw error;
    }
  }
}

describe("a person's side panel", () => {
  it('saves a field after a pause in typing, not before', async () => {
    ({ core } = await connectRealCore());
    const { bo } = await threePeople();
    const { panel } = await openPerson(bo, 'Bo Chen');
    fakeTimers();
    fireEvent.change(within(panel).getByLabelText(d.personRole), { target: { value: 'Head of talent' } });
    await act(() => vi.advanceTimersByTimeAsync(399));
    await settle();
    expect(stored(bo)?.role).toBe('Recruiter');
    await act(() => vi.advanceTimersByTimeAsync(1));
    await waitSaved(() => expect(stored(bo)?.role).toBe('Head of talent'));
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(within(panel).getByText(d.saved)).toBeInTheDocument();
  });

  it('writes what is typed at once when the panel closes, or the window hides to the tray', async () => {
    ({ core } = await connectRealCore());
    const { bo, cy } = await threePeople();
    let { panel } = await openPerson(bo, 'Bo Chen');
    fakeTimers();
    fireEvent.change(within(panel).getByLabelText(d.personPhone), { target: { value: '+44 20 7946 0000' } });
    fireEvent.click(within(panel).getByRole('button', { name: fillMessage(p.closeLabel, { name: 'Bo Chen' }) }));
    await settle();
    await waitSaved(() => expect(stored(bo)?.phone).toBe('+44 20 7946 0000'));
    vi.useRealTimers();

    window.location.hash = `#/plan?person-${cy}`;
    panel = await screen.findByRole('dialog', { name: 'Cy Okafor' });
    await within(panel).findByLabelText(d.personNotes);
    fakeTimers();
    fireEvent.change(within(panel).getByLabelText(d.personNotes), { target: { value: 'Met at the meetup in May.' } });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    await waitSaved(() => expect(stored(cy)?.notes).toBe('Met at the meetup in May.'));
  });

  it.each([
    ['email', d.personEmail, 'ana at acme', words.emailInvalid],
    ['profileLink', d.personProfile, 'javascript:alert(1)', words.webLink],
    ['profileLink', d.personProfile, 'ftp://files.test/ana', words.webLink],
  ] as const)('refuses a bad %s beside its field (%s), keeps the text and saves nothing', async (key, label, typed, message) => {
    ({ core } = await connectRealCore());
    const { ana } = await threePeople();
    const { panel, user } = await openPerson(ana, 'Ana Ruíz');
    const before = stored(ana);
    const field = within(panel).getByLabelText(label);
    await user.type(field, typed);
    await user.tab();
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(field.closest('.field')).toHaveTextContent(message);
    expect(field).toHaveValue(typed);
    // Other fields still save: the refusal is about this one field.
    await user.type(within(panel).getByLabelText(d.personPhone), '555');
    await user.tab();
    await waitFor(() => expect(stored(ana)?.phone).toBe('555'));
    expect(stored(ana)?.[key]).toBe(before?.[key]);
    expect(field).toHaveValue(typed);
  });

  it('asks before deleting, says what goes and what stays, then closes with no "not found" in between', async () => {
    ({ core } = await connectRealCore());
    const { ana, acme } = await threePeople();
    const { panel, user } = await openPerson(ana, 'Ana Ruíz');
    await user.click(within(panel).getByRole('button', { name: p.delete }));
    const ask = within(panel).getByRole('group', { name: fillMessage(p.deleteQuestion, { name: 'Ana Ruíz' }) });
    expect(ask).toHaveAccessibleDescription(fillMessage(p.deleteWhat, { count: 2 }));
    // Asked only: nothing has gone yet, and "Keep them" takes the question away.
    expect(stored(ana)).toBeDefined();
    await user.click(within(ask).getByRole('button', { name: p.deleteNo }));
    expect(within(panel).queryByRole('group')).toBeNull();
    expect(stored(ana)).toBeDefined();

    // Every text the page shows from the answer on, to catch a flash of the panel's "not found".
    const seen: string[] = [];
    const watcher = new MutationObserver(() => seen.push(document.body.textContent ?? ''));
    watcher.observe(document.body, { subtree: true, childList: true, characterData: true });
    await user.click(within(panel).getByRole('button', { name: p.delete }));
    await user.click(screen.getByRole('button', { name: p.deleteYes }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText(fillMessage(p.deleted, { name: 'Ana Ruíz' }))).toBeInTheDocument();
    await waitFor(() => expect(names()).toEqual(['Bo Chen', 'Cy Okafor']));
    watcher.disconnect();
    expect(seen.filter((text) => text.includes(words.contactGone))).toEqual([]);
    expect(window.location.hash).toBe('#/plan?people');
    expect(stored(ana)).toBeUndefined();
    // The applications stay, without her.
    expect(await dispatch<unknown[]>('contacts:list', { applicationId: acme })).toHaveLength(1);
    expect(core!.db.prepare('SELECT count(*) FROM applications').pluck().get()).toBe(2);
  });

  it('says plainly when someone with no applications is deleted that nothing else changes', async () => {
    ({ core } = await connectRealCore());
    const { bo } = await threePeople();
    const { panel, user } = await openPerson(bo, 'Bo Chen');
    await user.click(within(panel).getByRole('button', { name: p.delete }));
    const ask = within(panel).getByRole('group', { name: fillMessage(p.deleteQuestion, { name: 'Bo Chen' }) });
    expect(ask).toHaveAccessibleDescription(fillMessage(p.deleteWhat, { count: 0 }));
  });
});

describe('adding a person', () => {
  it('needs only a name, refuses an empty one plainly, and opens the new person', async () => {
    ({ core } = await connectRealCore());
    await threePeople();
    const user = await start('#/plan?people');
    await waitFor(() => expect(names()).toHaveLength(3));
    await user.click(screen.getByRole('button', { name: p.add }));
    const form = await screen.findByRole('form', { name: p.addHeading });
    const count = () => core!.db.prepare('SELECT count(*) FROM contacts').pluck().get();

    await user.type(within(form).getByLabelText(d.personRole), 'Engineer');
    await user.click(within(form).getByRole('button', { name: p.addButton }));
    const name = within(form).getByLabelText(d.personName);
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(expect.stringContaining(words.contactNameMissing));
    expect(within(form).getByLabelText(d.personRole)).toHaveValue('Engineer');
    expect(count()).toBe(3);

    await user.clear(within(form).getByLabelText(d.personRole));
    await user.type(name, 'Dee Park');
    await user.click(within(form).getByRole('button', { name: p.addButton }));
    const panel = await screen.findByRole('dialog', { name: 'Dee Park' });
    expect(count()).toBe(4);
    const id = core!.db.prepare("SELECT id FROM contacts WHERE name = 'Dee Park'").pluck().get();
    await waitFor(() => expect(window.location.hash).toBe(`#/plan?person-${id}`));
    expect(within(panel).getByLabelText(d.personName)).toHaveValue('Dee Park');
    expect(screen.getByText(fillMessage(p.added, { name: 'Dee Park' }))).toBeInTheDocument();
  });
});

describe("a linked person, edited in an application's panel (the same save rule as the People tab)", () => {
  it('saves their details after a pause, refuses a bad email beside it, and has no company of its own', async () => {
    ({ core } = await connectRealCore());
    const { ana, acme } = await threePeople();
    const user = await start(`#/plan?application-${acme}`);
    const panel = await screen.findByRole('dialog', { name: 'Acme' });
    await user.click(await within(panel).findByRole('button', { name: fillMessage(d.edit, { name: 'Ana Ruíz' }) }));
    const editor = panel.querySelector<HTMLElement>('.person-editor')!;
    const role = within(editor).getByLabelText(d.personRole);
    expect(role).toHaveValue('Hiring manager');
    // The company is the application's: not asked again here.
    expect(within(editor).queryByLabelText(p.company)).toBeNull();

    fakeTimers();
    fireEvent.change(role, { target: { value: 'Design director' } });
    await act(() => vi.advanceTimersByTimeAsync(399));
    await settle();
    expect(stored(ana)?.role).toBe('Hiring manager');
    await act(() => vi.advanceTimersByTimeAsync(1));
    await waitSaved(() => expect(stored(ana)?.role).toBe('Design director'));

    const email = within(editor).getByLabelText(d.personEmail);
    fireEvent.change(email, { target: { value: 'ana at acme' } });
    fireEvent.blur(email);
    await waitSaved(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription(expect.stringContaining(words.emailInvalid));
    expect(email).toHaveValue('ana at acme');
    expect(stored(ana)?.email).toBe('');

    // Typed, then the editor closed at once: written as it goes.
    fireEvent.change(within(editor).getByLabelText(d.personNotes), { target: { value: 'Prefers email.' } });
    fireEvent.click(within(panel).getByRole('button', { name: d.doneEditing }));
    await waitSaved(() => expect(stored(ana)?.notes).toBe('Prefers email.'));
  });
});
