import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmailSection } from '../../renderer/src/settings/EmailSection';
import { ImportSection } from '../../renderer/src/settings/ImportSection';
import type { TestCore } from '../support/core';
import { connectRealCore, renderWithQuery } from './withCore';

/** Settings → Bring your search in, over the real core: pick a file, see the preview, confirm. */

let core: TestCore | null = null;
afterEach(() => core?.close());

const clock = () => new Date('2026-03-10T10:00:00Z');

async function open() {
  ({ core } = await connectRealCore({ now: clock }));
  renderWithQuery(<ImportSection />);
  return userEvent.setup();
}

const csv = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

describe('bringing a file in from Settings', () => {
  it('shows what would be added, what is already here and what is left out with its line, and adds on confirm', async () => {
    const user = await open();
    await core?.dispatch(
      'applications:create',
      { company: 'Willowmere', role: 'Editor' },
      { url: 'app://rebound/index.html', isMainFrame: true },
    );
    const text =
      'Company,Role,Applied\r\n<b>Bold</b> & Co,Writer,2025-11-03\r\nWillowmere,Editor,2025-11-05\r\nLater Ltd,Cook,2027-01-01\r\n';
    await user.upload(screen.getByLabelText('File to bring in'), csv('search.csv', text));
    await user.click(screen.getByRole('button', { name: 'Show what would come in' }));
    expect(await screen.findByText('1 to add, 1 already here, 1 left out.')).toBeInTheDocument();
    // Text from the file is text: the tag shows as written, and no element is made from it.
    expect(screen.getByText('<b>Bold</b> & Co · Writer')).toBeInTheDocument();
    expect(document.querySelector('.card b')).toBeNull();
    const leftOut = screen.getByRole('heading', { name: 'Left out, with the reason' }).nextElementSibling as HTMLElement;
    expect(within(leftOut).getByText(/^search\.csv, line 4: /)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bring in 1' }));
    expect(await screen.findByText(/Done: 1 added\./)).toBeInTheDocument();
    const stored = core?.db.prepare('SELECT company FROM applications ORDER BY id').pluck().all();
    expect(stored).toEqual(['Willowmere', '<b>Bold</b> & Co']);
  });

  it('asks how ambiguous dates are written, and follows the answer', async () => {
    const user = await open();
    await user.upload(screen.getByLabelText('File to bring in'), csv('dates.csv', 'Company,Applied\nRowan Works,03/04/25\n'));
    await user.click(screen.getByRole('button', { name: 'Show what would come in' }));
    expect(await screen.findByText(/could be read two ways, like 03\/04\/25/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Bring in/ })).toBeNull();
    await user.click(screen.getByLabelText(/Day first/));
    await user.click(await screen.findByRole('button', { name: 'Bring in 1' }));
    await screen.findByText(/Done: 1 added\./);
    expect(core?.db.prepare('SELECT applied_on FROM applications').pluck().get()).toBe('2025-04-03');
  });

  it('says why a file is refused, beside the field', async () => {
    const user = await open();
    await user.upload(screen.getByLabelText('File to bring in'), new File([new Uint8Array([0, 1, 2, 3])], 'photo.csv'));
    await user.click(screen.getByRole('button', { name: 'Show what would come in' }));
    expect(await screen.findByText(/does not hold text/)).toBeInTheDocument();
    expect(screen.getByLabelText('File to bring in')).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('reading a pasted email from Settings', () => {
  it('says what it looks like, quotes the phrase that decided, and shows the email as text', async () => {
    ({ core } = await connectRealCore({ now: clock }));
    renderWithQuery(<EmailSection navigate={() => undefined} />);
    const user = userEvent.setup();
    await core?.dispatch(
      'applications:create',
      { company: 'Bright Kettle', role: 'Product Designer' },
      { url: 'app://rebound/index.html', isMainFrame: true },
    );
    const before = core?.db.prepare('SELECT count(*) FROM applications').pluck().get();
    await user.type(
      screen.getByLabelText('The email'),
      'From: <b>Maya</b> <maya@brightkettle.example>{enter}Subject: Your application for Product Designer{enter}{enter}We have decided to move forward with other candidates for the Product Designer role at Bright Kettle.',
    );
    await user.click(screen.getByRole('button', { name: 'Read it' }));
    expect(await screen.findByText('Looks like: A rejection')).toBeInTheDocument();
    expect(screen.getByText('matched: “decided to move forward with other candidates”')).toBeInTheDocument();
    expect(screen.getByText('<b>Maya</b> <maya@brightkettle.example>')).toBeInTheDocument();
    expect(document.querySelector('.card b')).toBeNull();
    expect(screen.getByText('This matches an application you track.')).toBeInTheDocument();
    expect(core?.db.prepare('SELECT count(*) FROM applications').pluck().get()).toBe(before);
  });

  it('logs the rejection only when asked, then offers its reflection with the sender kept for the note', async () => {
    ({ core } = await connectRealCore({ now: clock }));
    const navigate = vi.fn();
    renderWithQuery(<EmailSection navigate={navigate} />);
    const user = userEvent.setup();
    await user.type(
      screen.getByLabelText('The email'),
      'From: Maya Lind <maya@brightkettle.example>{enter}Subject: Your application for Product Designer{enter}{enter}We have decided to move forward with other candidates for the Product Designer role at Bright Kettle.',
    );
    await user.click(screen.getByRole('button', { name: 'Read it' }));
    expect(await screen.findByText('Rebound will add Bright Kettle to your tracker first.')).toBeInTheDocument();
    // Reading alone changed nothing.
    expect(core?.db.prepare('SELECT count(*) FROM rejections').pluck().get()).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Log the rejection and reflect on it' }));
    expect(await screen.findByText('Logged. Your reflection is ready when you are.')).toBeInTheDocument();
    const logged = core?.db.prepare('SELECT id, recruiter_name AS sender FROM rejections').get() as { id: number; sender: string };
    expect(logged.sender).toBe('Maya Lind');
    await user.click(screen.getByRole('button', { name: 'Start the reflection' }));
    expect(navigate).toHaveBeenCalledWith('reflect', `reflect-${logged.id}`);
  });

  it("asks for the interview's day and time beside the fields, and adds it once they are given", async () => {
    ({ core } = await connectRealCore({ now: clock }));
    renderWithQuery(<EmailSection navigate={() => undefined} />);
    const user = userEvent.setup();
    await core?.dispatch(
      'applications:create',
      { company: 'Lumen Labs', role: 'Data Analyst', status: 'applied' },
      { url: 'app://rebound/index.html', isMainFrame: true },
    );
    await user.type(
      screen.getByLabelText('The email'),
      'From: Tom <tom@lumenlabs.example>{enter}Subject: Data Analyst at Lumen Labs{enter}{enter}We would love to invite you to a first interview for the Data Analyst role at Lumen Labs.',
    );
    await user.click(screen.getByRole('button', { name: 'Read it' }));
    await user.click(await screen.findByRole('button', { name: 'Add the interview' }));
    const day = screen.getByLabelText('Day');
    expect(await screen.findByText('Pick the day and time of the interview first.')).toBeInTheDocument();
    expect(day).toHaveAttribute('aria-invalid', 'true');
    expect(core?.db.prepare('SELECT count(*) FROM interviews').pluck().get()).toBe(0);
    await user.type(day, '2026-03-12');
    await user.type(screen.getByLabelText('Time'), '14:30');
    await user.click(screen.getByRole('button', { name: 'Add the interview' }));
    expect(await screen.findByText("The interview is in your tracker. You've got this.")).toBeInTheDocument();
    expect(core?.db.prepare('SELECT count(*) FROM interviews').pluck().get()).toBe(1);
  });
});
