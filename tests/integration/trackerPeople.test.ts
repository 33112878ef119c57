import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { content, fillMessage } from '../../content';
import type { TestCore } from '../support/core';
import { appCaller, startTestCore, dataOf } from '../support/core';
import { tempDir } from '../support/tempDir';

/** Contacts and interview rounds through core.dispatch, on a fixed clock (2026-03-10T12:00Z). */

const clock = new Date('2026-03-10T12:00:00Z');
let core: TestCore;
let applicationId: number;

const call = <T>(channel: string, payload?: unknown) => dataOf<T>(core, channel, payload);

beforeEach(async () => {
  core = await startTestCore(tempDir(), { now: () => clock });
  applicationId = (await call<{ id: number }>('applications:create', { company: 'Acme', role: 'Designer' })).id;
});
afterEach(() => core.close());

describe('contacts', () => {
  it('are created linked, listed per application, edited, unlinked and deleted', async () => {
    const ana = await call<{ id: number }>('contacts:create', {
      name: 'Ana Ruíz',
      role: 'Hiring manager',
      email: 'ana@acme.test',
      phone: '+49 30 1234567',
      profileLink: 'https://profiles.test/ana',
      applicationId,
      relation: 'hiring_manager',
    });
    await call('contacts:create', { name: 'Bo Chen' });
    expect(await call('contacts:list', { applicationId })).toMatchObject([{ id: ana.id, name: 'Ana Ruíz', relation: 'hiring_manager' }]);
    expect((await call<{ name: string }[]>('contacts:list')).map((c) => c.name)).toEqual(['Ana Ruíz', 'Bo Chen']);
    // The People list says how many applications each person is on: Ana one, Bo none, Ana two once linked again.
    const counts = async () =>
      (await call<{ name: string; applicationCount: number }[]>('contacts:list')).map((c) => [c.name, c.applicationCount]);
    expect(await counts()).toEqual([
      ['Ana Ruíz', 1],
      ['Bo Chen', 0],
    ]);
    const other = await call<{ id: number }>('applications:create', { company: 'Birch', role: 'Lead' });
    await call('contacts:link', { applicationId: other.id, contactId: ana.id });
    expect(await counts()).toEqual([
      ['Ana Ruíz', 2],
      ['Bo Chen', 0],
    ]);
    await call('contacts:unlink', { applicationId: other.id, contactId: ana.id });
    await call('contacts:update', { id: ana.id, fields: { role: 'Design lead' } });
    expect(await call('contacts:list', { applicationId })).toMatchObject([{ role: 'Design lead', email: 'ana@acme.test' }]);
    expect(await call('contacts:unlink', { applicationId, contactId: ana.id })).toEqual({ unlinked: true });
    expect(await call('contacts:list', { applicationId })).toEqual([]);
    await call('contacts:link', { applicationId, contactId: ana.id });
    expect(await call('contacts:delete', { id: ana.id })).toEqual({ deleted: true });
    expect(await call('contacts:list', { applicationId })).toEqual([]);
  });

  it('offers the people not yet linked here, found by a part of the name or company, a few at a time', async () => {
    await call('contacts:create', { name: 'Ana Ruíz', company: 'Acme', applicationId });
    await call('contacts:create', { name: 'Bo Chen', company: 'Birchwood' });
    await call('contacts:create', { name: 'Cleo 100% Park', company: 'Cedar' });
    await call('contacts:create', { name: 'Dev Patel', company: 'Acme' });
    const names = async (input: unknown) => (await call<{ name: string }[]>('contacts:list', input)).map((c) => c.name);
    expect(await names({ notLinkedTo: applicationId })).toEqual(['Bo Chen', 'Cleo 100% Park', 'Dev Patel']);
    expect(await names({ notLinkedTo: applicationId, search: 'acme' })).toEqual(['Dev Patel']);
    expect(await names({ search: 'ACME' })).toEqual(['Ana Ruíz', 'Dev Patel']);
    expect(await names({ search: ' birch ' })).toEqual(['Bo Chen']);
    // Wildcards typed are looked for as they are.
    expect(await names({ search: '0%' })).toEqual(['Cleo 100% Park']);
    expect(await names({ search: '_' })).toEqual([]);
    expect(await names({ notLinkedTo: applicationId, limit: 2 })).toEqual(['Bo Chen', 'Cleo 100% Park']);
    // Within one application, the same narrowing.
    expect(await names({ applicationId, search: 'ana' })).toEqual(['Ana Ruíz']);
    expect(await names({ applicationId, search: 'dev' })).toEqual([]);
    const refused = await core.dispatch('contacts:list', { notLinkedTo: applicationId, limit: 201 }, appCaller);
    expect(refused).toMatchObject({
      ok: false,
      error: { fields: { limit: fillMessage(content.planner.errors.contactsPageMax, { max: 200 }) } },
    });
    expect(await core.dispatch('contacts:list', { notLinkedTo: 999 }, appCaller)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it.each([
    [{ name: 'Ana', email: 'not-an-email' }, 'email', 'emailInvalid'],
    [{ name: 'Ana', profileLink: 'javascript:alert(1)' }, 'profileLink', 'webLink'],
    [{ name: 'Ana', phone: '0'.repeat(61) }, 'phone', 'phoneTooLong'],
    [{ name: '   ' }, 'name', 'contactNameMissing'],
  ])('refuses %o beside %s and saves nothing', async (input, field, key) => {
    const { content } = await import('../../content');
    const result = await core.dispatch('contacts:create', input, appCaller);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: {
          [field]:
            key === 'phoneTooLong'
              ? 'Keep the phone number under 60 characters.'
              : content.planner.errors[key as keyof typeof content.planner.errors],
        },
      },
    });
    expect(core.db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(0);
  });
});

describe('everyone, as a picker asks for them', () => {
  const names = async (input?: unknown) => (await call<{ name: string }[]>('contacts:list', input)).map((c) => c.name);
  const refusal = async (input: unknown) => {
    const result = await core.dispatch('contacts:list', input, appCaller);
    return result.ok ? null : result.error.message;
  };

  it('come a page at a time by name, found by any word that starts their name, company or role', async () => {
    for (const [name, company, role] of [
      ['Zoe Park', 'Globex', 'Recruiter'],
      ['Ana Ruíz', 'Müller GmbH', 'Hiring manager'],
      ['bo chen', 'Acme', 'Engineer'],
      ['Carla 100%', '', ''],
    ])
      await call('contacts:create', { name, company, role });
    // By name whatever the case; fifty unless told.
    expect(await names()).toEqual(['Ana Ruíz', 'bo chen', 'Carla 100%', 'Zoe Park']);
    expect(await names({ limit: 2 })).toEqual(['Ana Ruíz', 'bo chen']);
    expect(await names({ search: 'ruiz' })).toEqual(['Ana Ruíz']);
    expect(await names({ search: 'muller' })).toEqual(['Ana Ruíz']);
    expect(await names({ search: 'recr' })).toEqual(['Zoe Park']);
    expect(await names({ search: 'ch' })).toEqual(['bo chen']);
    // One letter or punctuation: the name and company, wildcards taken as typed.
    expect(await names({ search: '%' })).toEqual(['Carla 100%']);
    expect(await names({ search: 'k' })).toEqual(['Zoe Park']);
    expect(await names({ search: 'nobody' })).toEqual([]);
    expect(await names({ search: '   ' })).toEqual(['Ana Ruíz', 'bo chen', 'Carla 100%', 'Zoe Park']);
    for (let i = 0; i < 60; i += 1) await call('contacts:create', { name: `Person ${String(i).padStart(2, '0')}` });
    expect(await names()).toHaveLength(50);
  });

  it('refuse a page too large or a search too long, with the reason', async () => {
    expect(await refusal({ limit: 201 })).toContain('Ask for at most 200 people at a time.');
    expect(await refusal({ limit: 0 })).not.toBeNull();
    expect(await refusal({ search: 'x'.repeat(201) })).toContain('Keep the search under 200 characters.');
  });
});

describe('interviews', () => {
  it('store the wall time and zone as UTC, list per application and upcoming, and take a how-it-went note', async () => {
    const ana = await call<{ id: number }>('contacts:create', { name: 'Ana', applicationId });
    const round = await call<{ id: number; startsAt: string }>('interviews:create', {
      applicationId,
      kind: 'screen',
      date: '2026-03-30',
      time: '10:00',
      timeZone: 'Europe/Berlin',
      place: 'https://meet.acme.test/x',
      contactIds: [ana.id],
    });
    // After the spring change Berlin is UTC+2.
    expect(round.startsAt).toBe('2026-03-30T08:00:00.000Z');
    await call('interviews:create', { applicationId, kind: 'technical', date: '2026-03-09', time: '15:00', timeZone: 'UTC' });
    expect((await call<{ kind: string }[]>('interviews:list', { applicationId })).map((i) => i.kind)).toEqual(['technical', 'screen']);
    expect(await call('interviews:upcoming')).toMatchObject([
      {
        id: round.id,
        company: 'Acme',
        role: 'Designer',
        date: '2026-03-30',
        time: '10:00',
        timeZone: 'Europe/Berlin',
        contactIds: [ana.id],
      },
    ]);
    await call('interviews:update', { id: round.id, fields: { timeZone: 'America/New_York' } });
    expect(await call('interviews:upcoming')).toMatchObject([{ startsAt: '2026-03-30T14:00:00.000Z', time: '10:00' }]);
    expect(await call('interviews:noteHowItWent', { id: round.id, howItWent: 'Warm chat; they liked the portfolio.' })).toMatchObject({
      howItWent: 'Warm chat; they liked the portfolio.',
    });
    expect(await call('interviews:delete', { id: round.id })).toEqual({ deleted: true });
    expect(await call('interviews:upcoming')).toEqual([]);
  });

  it('explains a time the clocks skip, beside the time, and saves nothing', async () => {
    const result = await core.dispatch(
      'interviews:create',
      { applicationId, kind: 'final', date: '2026-03-29', time: '02:30', timeZone: 'Europe/Berlin' },
      appCaller,
    );
    const message =
      '02:30 does not exist in Europe/Berlin on 2026-03-29: the clocks jump forward that night. Pick a time just after the jump.';
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', message, fields: { time: message } } });
    expect(core.db.prepare('SELECT count(*) FROM interviews').pluck().get()).toBe(0);
  });

  it.each([
    [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ time: '25:00' }, 'time'],
    [{ date: '1970-01-01' }, 'date'],
    [{ date: '2029-01-01' }, 'date'],
    [{ kind: 'lunch' }, 'kind'],
  ])('refuses %o beside %s', async (change, field) => {
    const input = { applicationId, kind: 'screen', date: '2026-03-30', time: '10:00', timeZone: 'UTC', ...change };
    const result = await core.dispatch('interviews:create', input, appCaller);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.error.fields ?? {})).toEqual([field]);
  });
});
