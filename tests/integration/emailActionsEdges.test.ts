import { describe, expect, it } from 'vitest';
import { content, fillMessage } from '../../content';
import type { EmailActed, EmailReading, ImportApplied } from '../../electron/core/imports/schema';
import { appCaller, dataOf, startTestCore, type TestCore } from '../support/core';
import { tempDir } from '../support/tempDir';

/**
 * The edges of reading and acting on an email, and of applying an import whose dates read both ways:
 * which tracked application an email is about, which status a new one gets, which stage a rejection
 * is logged at, and how the sender is kept.
 */

const clock = () => new Date('2026-03-10T10:00:00Z');
const start = () => startTestCore(tempDir(), { now: clock });

async function track(core: TestCore, company: string, role: string, status = 'applied') {
  return (await dataOf<{ id: number }>(core, 'applications:create', { company, role, status, confirmDuplicate: true })).id;
}

const read = (core: TestCore, text: string) => dataOf<EmailReading>(core, 'imports:readEmail', { text });

const statusOf = (core: TestCore, id: number) =>
  (core.db.prepare('SELECT status FROM applications WHERE id = ?').get(id) as { status: string }).status;

const contacts = (core: TestCore) =>
  core.db
    .prepare(
      'SELECT c.name, c.email, c.company, l.application_id AS app FROM contacts c JOIN application_contacts l ON l.contact_id = c.id',
    )
    .all();

const rejectionAt = (role: string) =>
  [
    'From: Ines Varga <ines@northwindferries.example>',
    'Subject: Update',
    '',
    `We have decided to move forward with other candidates for the ${role} role at Northwind Ferries.`,
    '',
  ].join('\n');

describe('which tracked application an email is about', () => {
  it('takes the one whose role matches among several at the company', async () => {
    const core = await start();
    await track(core, 'Northwind Ferries', 'Deckhand');
    const researcher = await track(core, 'Northwind Ferries', 'UX Researcher');
    expect((await read(core, rejectionAt('UX Researcher'))).applicationId).toBe(researcher);
    core.close();
  });

  it('takes none when several are at the company and no role matches', async () => {
    const core = await start();
    await track(core, 'Northwind Ferries', 'Deckhand');
    await track(core, 'Northwind Ferries', 'UX Researcher');
    expect((await read(core, rejectionAt('Data Analyst'))).applicationId).toBeNull();
    core.close();
  });

  it('takes the only one at the company even when the role differs', async () => {
    const core = await start();
    const only = await track(core, 'Northwind Ferries', 'Deckhand');
    await track(core, 'Elsewhere Ltd', 'Data Analyst');
    expect((await read(core, rejectionAt('Data Analyst'))).applicationId).toBe(only);
    core.close();
  });

  it('takes none when the email names another company, or none at all', async () => {
    const core = await start();
    await track(core, 'Elsewhere Ltd', 'UX Researcher');
    expect((await read(core, rejectionAt('UX Researcher'))).applicationId).toBeNull();
    expect((await read(core, 'We have decided to move forward with other candidates.')).applicationId).toBeNull();
    core.close();
  });
});

describe('acting on an email, the edges', () => {
  it('adds an email that decides nothing as saved when the person only tracks it', async () => {
    const core = await start();
    const text = 'Subject: Hello\n\nWe saw your profile and think of the Data Analyst role at Lumen Labs.\n';
    expect((await read(core, text)).kind).toBe('none');
    const acted = await dataOf<EmailActed>(core, 'imports:actOnEmail', { text, action: 'track', applicationId: null });
    expect(statusOf(core, acted.applicationId)).toBe('saved');
    expect(acted).toEqual({ applicationId: acted.applicationId, rejectionId: null, interviewId: null });
    core.close();
  });

  it('logs a rejection at the offer stage, and leaves an application already rejected as it is', async () => {
    const core = await start();
    const offer = await track(core, 'Northwind Ferries', 'UX Researcher', 'offer');
    await dataOf(core, 'imports:actOnEmail', { text: rejectionAt('UX Researcher'), action: 'logRejection', applicationId: offer });
    const rejected = await track(core, 'Northwind Ferries', 'Deckhand', 'rejected');
    await dataOf(core, 'imports:actOnEmail', { text: rejectionAt('Deckhand'), action: 'logRejection', applicationId: rejected });
    expect(core.db.prepare('SELECT application_id AS app, stage FROM rejections ORDER BY id').all()).toEqual([
      { app: offer, stage: 'offer' },
      { app: rejected, stage: 'applied' },
    ]);
    expect(statusOf(core, rejected)).toBe('rejected');
    core.close();
  });

  it('keeps a sender with no name under the address, at the application company, once whatever the case of the address', async () => {
    const core = await start();
    const id = await track(core, 'Lumen Labs', 'Data Analyst');
    const text = 'From: tom@lumenlabs.example\nSubject: Interview\n\nWe would like to schedule an interview with you.\n';
    await dataOf(core, 'imports:actOnEmail', { text, action: 'markApplied', applicationId: id });
    const upper = text.replace('tom@lumenlabs.example', 'TOM@LumenLabs.example');
    await dataOf(core, 'imports:actOnEmail', { text: upper, action: 'markApplied', applicationId: id });
    expect(contacts(core)).toEqual([{ name: 'tom@lumenlabs.example', email: 'tom@lumenlabs.example', company: 'Lumen Labs', app: id }]);
    const acted = await dataOf<EmailActed>(core, 'imports:actOnEmail', {
      text: upper,
      action: 'addInterview',
      applicationId: id,
      interview: { kind: 'screen', date: '2026-03-12', time: '14:30', timeZone: 'Europe/Berlin' },
    });
    const withWhom = core.db.prepare('SELECT contact_id FROM interview_contacts WHERE interview_id = ?').all(acted.interviewId);
    expect(withWhom).toHaveLength(1);
    core.close();
  });

  it('adds an interview with nobody when the email has no sender, and keeps no contact', async () => {
    const core = await start();
    const id = await track(core, 'Lumen Labs', 'Data Analyst', 'saved');
    await dataOf<EmailActed>(core, 'imports:actOnEmail', {
      text: 'We would like to schedule an interview with you for the Data Analyst role at Lumen Labs.',
      action: 'addInterview',
      applicationId: id,
      interview: { kind: 'screen', date: '2026-03-12', time: '14:30', timeZone: 'Europe/Berlin' },
    });
    expect(statusOf(core, id)).toBe('interviewing');
    expect(core.db.prepare('SELECT COUNT(*) AS n FROM interviews WHERE application_id = ?').get(id)).toEqual({ n: 1 });
    expect(core.db.prepare('SELECT COUNT(*) AS n FROM interview_contacts').get()).toEqual({ n: 0 });
    expect(contacts(core)).toEqual([]);
    core.close();
  });

  it('refuses an interview with no time, beside its field, in the words of content', async () => {
    const core = await start();
    const id = await track(core, 'Lumen Labs', 'Data Analyst');
    const result = await core.dispatch(
      'imports:actOnEmail',
      { text: 'We would like to schedule an interview.', action: 'addInterview', applicationId: id },
      appCaller,
    );
    const when = content.imports.errors.emailInterviewWhen;
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: when, fields: { 'interview.date': when } } });
    core.close();
  });
});

describe('applying an import whose dates read both ways', () => {
  const text = 'Company,Applied\nRowan Works,03/04/25\nElmstead,05/06/25\n';

  it('refuses with the example in the sentence until the person chooses, then applies the choice', async () => {
    const core = await start();
    const refused = await core.dispatch('imports:apply', { name: 'dates.csv', text }, appCaller);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: fillMessage(content.imports.errors.dateFormatNeeded, { value: '03/04/25' }) },
    });
    const applied = await dataOf<ImportApplied>(core, 'imports:apply', { name: 'dates.csv', text, dateFormat: 'dmy' });
    expect(applied).toMatchObject({ added: 2, alreadyTracked: 0, refused: 0 });
    core.close();
  });
});
