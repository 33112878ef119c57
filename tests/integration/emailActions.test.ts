import { describe, expect, it } from 'vitest';
import type { EmailActed } from '../../electron/core/imports/schema';
import { contentHash } from '../support/contentHash';
import { appCaller, startTestCore, type TestCore, dataOf } from '../support/core';
import { tempDir } from '../support/tempDir';

/** imports:actOnEmail through core.dispatch: only the person's confirmation acts, and each act is done once. */

const clock = () => new Date('2026-03-10T10:00:00Z');
const start = () => startTestCore(tempDir(), { now: clock });

const rejectionEmail = [
  'From: "Ines Varga" <ines.varga@northwindferries.example>',
  'Subject: Your application for UX Researcher',
  '',
  'Hi Dana, thank you for meeting us. We have decided to move forward with other candidates',
  'for the UX Researcher role at Northwind Ferries.',
  '',
].join('\n');

const invitation = [
  'From: Tom Okafor <tom@lumenlabs.example>',
  'Subject: Interview for Data Analyst at Lumen Labs',
  '',
  'Hi Dana, we would love to invite you to a first interview for the Data Analyst role at Lumen Labs.',
  '',
].join('\n');

const received = [
  'From: Careers <jobs@quietharbor.example>',
  'Subject: Application received: Support Lead at Quiet Harbor',
  '',
  'Thank you for applying to the Support Lead role at Quiet Harbor. We will review your application soon.',
  '',
].join('\n');

const ok = <T>(core: TestCore, channel: string, input: unknown) => dataOf<T>(core, channel, input);

async function track(core: TestCore, company: string, role: string, status = 'applied') {
  return (await ok<{ id: number }>(core, 'applications:create', { company, role, status })).id;
}

const statusOf = (core: TestCore, id: number) =>
  (core.db.prepare('SELECT status FROM applications WHERE id = ?').get(id) as { status: string }).status;

describe('acting on a read email', () => {
  it('logs a rejection on the tracked application, marks it rejected, keeps the sender for the feedback draft, and does it once', async () => {
    const core = await start();
    const id = await track(core, 'Northwind Ferries', 'UX Researcher', 'interviewing');
    const acted = await ok<EmailActed>(core, 'imports:actOnEmail', { text: rejectionEmail, action: 'logRejection', applicationId: id });
    expect(acted).toEqual({ applicationId: id, rejectionId: expect.any(Number), interviewId: null });
    expect(statusOf(core, id)).toBe('rejected');
    const rejection = core.db
      .prepare('SELECT company, role, stage, received_on, recruiter_name, recruiter_email, application_id FROM rejections')
      .all();
    expect(rejection).toEqual([
      {
        company: 'Northwind Ferries',
        role: 'UX Researcher',
        // It had reached interviews: the reflection asks about that stage.
        stage: 'interview',
        received_on: '2026-03-10',
        recruiter_name: 'Ines Varga',
        recruiter_email: 'ines.varga@northwindferries.example',
        application_id: id,
      },
    ]);
    const people = core.db
      .prepare('SELECT c.name, c.email, l.relation FROM contacts c JOIN application_contacts l ON l.contact_id = c.id')
      .all();
    expect(people).toEqual([{ name: 'Ines Varga', email: 'ines.varga@northwindferries.example', relation: 'recruiter' }]);

    const hash = contentHash(core.db);
    const again = await ok<EmailActed>(core, 'imports:actOnEmail', { text: rejectionEmail, action: 'logRejection', applicationId: id });
    expect(again.rejectionId).toBe(acted.rejectionId);
    expect(contentHash(core.db)).toBe(hash);
  });

  it('adds the application from the email first when none is tracked, then logs the rejection on it', async () => {
    const core = await start();
    const acted = await ok<EmailActed>(core, 'imports:actOnEmail', { text: rejectionEmail, action: 'logRejection', applicationId: null });
    const app = core.db.prepare('SELECT id, company, role, status FROM applications').all();
    expect(app).toEqual([{ id: acted.applicationId, company: 'Northwind Ferries', role: 'UX Researcher', status: 'rejected' }]);
    const linked = core.db.prepare('SELECT application_id AS id, stage FROM rejections').get();
    expect(linked).toEqual({ id: acted.applicationId, stage: 'applied' });
  });

  it('asks before adding one that looks already tracked, and adds it when the person says so', async () => {
    const core = await start();
    await track(core, 'Northwind Ferries GmbH', 'UX researcher');
    const asked = await core.dispatch('imports:actOnEmail', { text: rejectionEmail, action: 'track', applicationId: null }, appCaller);
    expect(asked.ok).toBe(false);
    if (!asked.ok) expect(asked.error.code).toBe('conflict');
    const yes = await ok<EmailActed>(core, 'imports:actOnEmail', {
      text: rejectionEmail,
      action: 'track',
      applicationId: null,
      confirmDuplicate: true,
    });
    expect((core.db.prepare('SELECT COUNT(*) AS n FROM applications').get() as { n: number }).n).toBe(2);
    expect(statusOf(core, yes.applicationId)).toBe('applied');
  });

  it('adds the interview the person timed, with the sender as who it is with, and moves an applied application to interviewing', async () => {
    const core = await start();
    const id = await track(core, 'Lumen Labs', 'Data Analyst');
    const acted = await ok<EmailActed>(core, 'imports:actOnEmail', {
      text: invitation,
      action: 'addInterview',
      applicationId: id,
      interview: { kind: 'screen', date: '2026-03-12', time: '14:30', timeZone: 'Europe/Berlin' },
    });
    expect(statusOf(core, id)).toBe('interviewing');
    const interview = core.db
      .prepare('SELECT application_id, kind, starts_at, time_zone FROM interviews WHERE id = ?')
      .get(acted.interviewId);
    // 14:30 in Berlin in March (UTC+1) is 13:30 UTC.
    expect(interview).toEqual({ application_id: id, kind: 'screen', starts_at: '2026-03-12T13:30:00.000Z', time_zone: 'Europe/Berlin' });
    const withWhom = core.db
      .prepare('SELECT c.name FROM interview_contacts ic JOIN contacts c ON c.id = ic.contact_id WHERE ic.interview_id = ?')
      .all(acted.interviewId);
    expect(withWhom).toEqual([{ name: 'Tom Okafor' }]);
  });

  it('asks when the interview is, and changes nothing until it knows', async () => {
    const core = await start();
    const id = await track(core, 'Lumen Labs', 'Data Analyst');
    const hash = contentHash(core.db);
    const result = await core.dispatch('imports:actOnEmail', { text: invitation, action: 'addInterview', applicationId: id }, appCaller);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields).toEqual({ 'interview.date': expect.stringContaining('day and time') });
    // The sender is kept inside the same transaction, so a refusal leaves no contact behind.
    expect(contentHash(core.db)).toBe(hash);
  });

  it('marks a saved application applied on a "we received it" note, and leaves one further along as it is', async () => {
    const core = await start();
    const saved = await track(core, 'Quiet Harbor', 'Support Lead', 'saved');
    await ok(core, 'imports:actOnEmail', { text: received, action: 'markApplied', applicationId: saved });
    expect(statusOf(core, saved)).toBe('applied');
    expect((core.db.prepare('SELECT applied_on FROM applications WHERE id = ?').get(saved) as { applied_on: string }).applied_on).toBe(
      '2026-03-10',
    );

    const further = await track(core, 'Quiet Harbor', 'Support Lead II', 'interviewing');
    await ok(core, 'imports:actOnEmail', { text: received, action: 'markApplied', applicationId: further });
    expect(statusOf(core, further)).toBe('interviewing');
  });

  it('refuses to add an application from an email that names no company, and changes nothing', async () => {
    const core = await start();
    const hash = contentHash(core.db);
    const result = await core.dispatch(
      'imports:actOnEmail',
      { text: 'We have decided to move forward with other candidates.', action: 'logRejection', applicationId: null },
      appCaller,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/couldn't tell which company/);
    expect(contentHash(core.db)).toBe(hash);
  });
});
