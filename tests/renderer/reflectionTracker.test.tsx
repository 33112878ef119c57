import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { content } from '../../content';
import type { RejectionPerson } from '../../electron/core/reflection/schema';
import { App } from '../../renderer/src/app/App';
import { feedbackRecipient } from '../../renderer/src/reflect/feedbackDraft';
import type { TestCore } from '../support/core';
import { appCaller } from '../support/core';
import { connectRealCore, renderWithQuery } from './withCore';

const steps = content.reflection.steps;
let core: TestCore | null = null;
afterEach(() => core?.close());

async function call<T = { id: number }>(channel: string, input?: unknown): Promise<T> {
  const result = await core!.dispatch(channel, input, appCaller);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as T;
}

const typed = (recruiterName = '', recruiterEmail = '') => ({ recruiterName, recruiterEmail });
const person = (name: string, relation: RejectionPerson['relation'], email = ''): RejectionPerson => ({ name, relation, email });

describe('who the feedback note greets', () => {
  it.each<[string, { recruiterName: string; recruiterEmail: string }, RejectionPerson[], { name: string; email: string; linked: boolean }]>(
    [
      ['nobody anywhere: the general hello', typed(), [], { name: '', email: '', linked: false }],
      ['only the name typed on the rejection', typed('Sam', 'sam@acme.test'), [], { name: 'Sam', email: 'sam@acme.test', linked: false }],
      [
        'the linked recruiter',
        typed(),
        [person('Sam Lee', 'recruiter', 'sam@acme.test')],
        { name: 'Sam Lee', email: 'sam@acme.test', linked: true },
      ],
      [
        'the recruiter over an interviewer listed first',
        typed(),
        [person('Ana Park', 'interviewer', 'ana@acme.test'), person('Sam Lee', 'recruiter', 'sam@acme.test')],
        { name: 'Sam Lee', email: 'sam@acme.test', linked: true },
      ],
      [
        'the recruiter over the hiring manager',
        typed(),
        [person('Hana Ito', 'hiring_manager', 'hana@acme.test'), person('Sam Lee', 'recruiter')],
        { name: 'Sam Lee', email: '', linked: true },
      ],
      [
        'the hiring manager when there is no recruiter',
        typed(),
        [person('Hana Ito', 'hiring_manager', 'hana@acme.test')],
        { name: 'Hana Ito', email: 'hana@acme.test', linked: true },
      ],
      [
        'a linked recruiter over a different name typed on the rejection',
        typed('Sam', 'jobs@acme.test'),
        [person('Sam Lee', 'recruiter', 'sam@acme.test')],
        { name: 'Sam Lee', email: 'sam@acme.test', linked: true },
      ],
      [
        'a linked recruiter without an email keeps the address typed on the rejection',
        typed('', 'jobs@acme.test'),
        [person('Sam Lee', 'recruiter')],
        { name: 'Sam Lee', email: 'jobs@acme.test', linked: true },
      ],
      [
        'the typed name over someone met in a round',
        typed('Sam', 'sam@acme.test'),
        [person('Ana Park', 'interviewer', 'ana@acme.test')],
        { name: 'Sam', email: 'sam@acme.test', linked: false },
      ],
      [
        'an interviewer when nothing else is known',
        typed(),
        [person('Ana Park', 'interviewer', 'ana@acme.test')],
        { name: 'Ana Park', email: 'ana@acme.test', linked: true },
      ],
      [
        'never the friend who referred them',
        typed(),
        [person('Kim Roe', 'referral', 'kim@mail.test')],
        { name: '', email: '', linked: false },
      ],
      [
        'names trimmed, a blank one skipped',
        typed(),
        [person('   ', 'recruiter'), person('  Hana Ito ', 'hiring_manager')],
        { name: 'Hana Ito', email: '', linked: true },
      ],
    ],
  )('%s', (_name, rejection, people, expected) => {
    expect(feedbackRecipient({ rejection: { id: 1, applicationId: 1, company: 'Acme', role: '', ...rejection } as never, people })).toEqual(
      expected,
    );
  });
});

const openExternal = vi.fn();

/** Acme's application with its people and rounds, rejected, and the reflection opened at `step`. */
async function reflectionAt(step: number, linked = true) {
  ({ core } = await connectRealCore({ openExternal }));
  const app = await call('applications:create', { company: 'Acme', role: 'Designer', status: 'interviewing' });
  await call('contacts:create', { name: 'Ana Park', email: 'ana@acme.test', applicationId: app.id, relation: 'interviewer' });
  await call('contacts:create', { name: 'Sam Lee', email: 'sam@acme.test', applicationId: app.id, relation: 'recruiter' });
  const screenRound = await call('interviews:create', {
    applicationId: app.id,
    kind: 'screen',
    date: '2026-02-20',
    time: '10:00',
    timeZone: 'UTC',
  });
  await call('interviews:noteHowItWent', { id: screenRound.id, howItWent: 'Good rapport.\nStumbled on the salary question.' });
  await call('interviews:create', { applicationId: app.id, kind: 'technical', date: '2026-03-02', time: '14:00', timeZone: 'UTC' });
  // Booked but never held: the rejection came first.
  await call('interviews:create', { applicationId: app.id, kind: 'final', date: '2026-03-20', time: '09:00', timeZone: 'UTC' });
  const rejection = await call('rejections:create', {
    company: 'Acme',
    role: 'Designer',
    receivedOn: '2026-03-10',
    applicationId: linked ? app.id : null,
  });
  await call('reflection:start', { rejectionId: rejection.id });
  core!.db.prepare('UPDATE reflections SET current_step = ? WHERE rejection_id = ?').run(step, rejection.id);
  window.location.hash = `#/reflect?reflect-${rejection.id}`;
  renderWithQuery(<App />);
  await screen.findByRole('heading', { level: 2, name: steps[step - 1]?.title });
  return userEvent.setup();
}

describe('the reflection draws on the tracker', () => {
  it('step 2 reads back how the rounds went, gently, the ones held only', async () => {
    await reflectionAt(2);
    const recap = screen.getByRole('region', { name: 'How your interviews went' });
    const rounds = within(recap).getAllByRole('listitem');
    expect(rounds).toHaveLength(2);
    expect(within(rounds[0]!).getByText('Screening call')).toBeInTheDocument();
    expect(within(rounds[0]!).getByText(/Good rapport\.\s+Stumbled on the salary question\./)).toBeInTheDocument();
    expect(within(rounds[1]!).getByText('Technical interview')).toBeInTheDocument();
    expect(within(rounds[1]!).getByText("No note after this one, and that's fine.")).toBeInTheDocument();
    expect(within(recap).queryByText('Final interview')).not.toBeInTheDocument();
  });

  it('step 2 has no recap for a rejection not linked to an application', async () => {
    await reflectionAt(2, false);
    expect(screen.queryByRole('region', { name: 'How your interviews went' })).not.toBeInTheDocument();
  });

  it("step 3's note greets the linked recruiter, says so, and opens in the mail app addressed to them", async () => {
    const user = await reflectionAt(3);
    const note = screen.getByLabelText(content.reflectUi.feedback.message) as HTMLTextAreaElement;
    expect(note.value.startsWith('Hi Sam Lee,\n')).toBe(true);
    expect(screen.getByText(/addressed to Sam Lee/)).toBeInTheDocument();
    expect(screen.queryByText(content.reflectUi.feedback.noRecruiter)).not.toBeInTheDocument();
    // Another tone greets the same person.
    await user.click(screen.getByRole('radio', { name: 'Formal' }));
    expect(note.value.startsWith('Hello Sam Lee,\n')).toBe(true);
    await user.click(screen.getByRole('button', { name: steps[2]?.prompts.openMail }));
    expect(openExternal).toHaveBeenLastCalledWith(expect.stringMatching(/^mailto:sam@acme\.test\?subject=/));
  });
});
