import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../support/core';
import { appCaller, startTestCore, dataOf } from '../support/core';
import { tempDir } from '../support/tempDir';
import { contactMomentsSql } from '../../electron/core/applications/contactHistory';
import type { ContactDetail, ContactHistoryPage } from '../../electron/core/applications/people/schema';

/** One person's page in People: their applications and their history, through core.dispatch on a fixed clock. */

const clock = new Date('2026-03-10T12:00:00Z');
let core: TestCore;

const call = <T>(channel: string, payload?: unknown) => dataOf<T>(core, channel, payload);

beforeEach(async () => {
  core = await startTestCore(tempDir(), { now: () => clock });
});
afterEach(() => core.close());

describe('a contact in People', () => {
  it('lists the applications they are linked to, by company, with who they are to each', async () => {
    const birch = await call<{ id: number }>('applications:create', { company: 'Birchwood', role: 'Designer' });
    const acme = await call<{ id: number }>('applications:create', { company: 'acme', role: 'Lead' });
    const cedar = await call<{ id: number }>('applications:create', { company: 'Cedar', role: 'Other' });
    await call('contacts:create', { name: 'Bo', applicationId: cedar.id });
    const ana = await call<{ id: number }>('contacts:create', { name: 'Ana', applicationId: birch.id, relation: 'recruiter' });
    await call('contacts:link', { applicationId: acme.id, contactId: ana.id, relation: 'referral' });
    const detail = await call<ContactDetail>('contacts:get', { id: ana.id });
    expect(detail.contact).toMatchObject({ id: ana.id, name: 'Ana' });
    expect(detail.applications).toEqual([
      { id: acme.id, company: 'acme', role: 'Lead', status: 'saved', relation: 'referral' },
      { id: birch.id, company: 'Birchwood', role: 'Designer', status: 'saved', relation: 'recruiter' },
    ]);
  });

  it('gives their activities and interview rounds newest first, a page at a time, and no one else’s', async () => {
    const app = await call<{ id: number }>('applications:create', { company: 'Acme', role: 'Designer' });
    const dana = await call<{ id: number }>('contacts:create', { name: 'Dana' });
    const bo = await call<{ id: number }>('contacts:create', { name: 'Bo' });
    await call('planner:logActivity', { kind: 'network', day: '2026-03-02', note: 'Coffee chat', contactId: dana.id });
    await call('planner:logActivity', { kind: 'network', day: '2026-03-06', note: 'Intro call', contactId: dana.id });
    await call('planner:logActivity', { kind: 'network', day: '2026-03-07', note: 'With Bo', contactId: bo.id });
    const round = await call<{ id: number }>('interviews:create', {
      applicationId: app.id,
      kind: 'technical',
      date: '2026-03-04',
      time: '23:30',
      timeZone: 'America/New_York',
      contactIds: [dana.id, bo.id],
    });
    const page = await call<ContactHistoryPage>('contacts:history', { id: dana.id });
    expect(page.total).toBe(3);
    expect(page.items.map((m) => [m.type, m.day])).toEqual([
      ['activity', '2026-03-06'],
      ['interview', '2026-03-04'],
      ['activity', '2026-03-02'],
    ]);
    // A round is shown on its own zone's day and time, not UTC's (04:30Z on the 5th).
    expect(page.items[1]).toMatchObject({ id: round.id, time: '23:30', company: 'Acme', role: 'Designer', kind: 'technical' });
    const second = await call<ContactHistoryPage>('contacts:history', { id: dana.id, offset: 2, limit: 2 });
    expect(second).toMatchObject({ offset: 2, total: 3, items: [{ type: 'activity', note: 'Coffee chat' }] });
  });

  it('refuses a person who is gone and a page too large, changing nothing', async () => {
    const gone = await core.dispatch('contacts:history', { id: 999 }, appCaller);
    expect(gone).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await core.dispatch('contacts:get', { id: 999 }, appCaller)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const huge = await core.dispatch('contacts:history', { id: 1, limit: 101 }, appCaller);
    expect(huge).toMatchObject({ ok: false, error: { message: expect.stringContaining('100') } });
  });

  it('reads a person’s history through the indexes keyed by them', () => {
    const plan = core.db.prepare(`EXPLAIN QUERY PLAN ${contactMomentsSql} ORDER BY sortAt DESC`).all({ id: 1 }) as { detail: string }[];
    const details = plan.map((row) => row.detail).join('\n');
    expect(details).toMatch(/SEARCH ac USING (COVERING )?INDEX activities_contact \(contact_id=\?\)/);
    expect(details).toMatch(/SEARCH ic USING COVERING INDEX interview_contacts_contact \(contact_id=\?\)/);
    expect(details).not.toMatch(/SCAN (ac|ic|i)\b/);
  });
});
