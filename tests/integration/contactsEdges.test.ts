import { describe, expect, it } from 'vitest';
import { dataOf } from '../support/core';
import { coreForEachTest } from '../support/coreForEachTest';

/** A person's edges through core.dispatch: the profile link kept, every person of an application listed, link and unlink answers. */

const core = coreForEachTest(new Date('2026-03-10T12:00:00Z'));
const call = <T>(channel: string, payload?: unknown) => dataOf<T>(core(), channel, payload);

describe('a contact', () => {
  it('keeps its profile link when created and when edited, and loses it only when emptied', async () => {
    const ana = await call<{ id: number }>('contacts:create', { name: 'Ana Ruíz', profileLink: 'https://profiles.test/ana' });
    expect(await call('contacts:get', { id: ana.id })).toMatchObject({ contact: { profileLink: 'https://profiles.test/ana' } });
    await call('contacts:update', { id: ana.id, fields: { profileLink: 'https://profiles.test/ana-ruiz' } });
    expect(await call('contacts:get', { id: ana.id })).toMatchObject({ contact: { profileLink: 'https://profiles.test/ana-ruiz' } });
    await call('contacts:update', { id: ana.id, fields: { profileLink: '' } });
    expect(await call('contacts:get', { id: ana.id })).toMatchObject({ contact: { profileLink: '' } });
  });

  it('lists every person of one application, not just the first', async () => {
    const { id: applicationId } = await call<{ id: number }>('applications:create', { company: 'Acme' });
    for (const name of ['Cy Diaz', 'Ana Ruíz', 'Bo Chen']) await call('contacts:create', { name, applicationId });
    const names = (await call<{ name: string }[]>('contacts:list', { applicationId })).map((c) => c.name);
    expect(names).toEqual(['Ana Ruíz', 'Bo Chen', 'Cy Diaz']);
  });

  it('answers linked when linked, and unlinked only when there was a link to undo', async () => {
    const { id: applicationId } = await call<{ id: number }>('applications:create', { company: 'Acme' });
    const { id: contactId } = await call<{ id: number }>('contacts:create', { name: 'Ana Ruíz' });
    expect(await call('contacts:unlink', { applicationId, contactId })).toEqual({ unlinked: false });
    expect(await call('contacts:link', { applicationId, contactId, relation: 'referral' })).toEqual({ linked: true });
    expect(await call('contacts:unlink', { applicationId, contactId })).toEqual({ unlinked: true });
    expect(await call('contacts:unlink', { applicationId, contactId })).toEqual({ unlinked: false });
  });
});
