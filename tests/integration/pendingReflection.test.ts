import { afterEach, describe, expect, it } from 'vitest';
import { startPlannerCore } from '../support/plannerCore';

let opened: Awaited<ReturnType<typeof startPlannerCore>>[] = [];
afterEach(() => {
  for (const p of opened) p.core.close();
  opened = [];
});

async function core() {
  const p = await startPlannerCore('2026-03-02T10:00:00');
  opened.push(p);
  return p;
}

describe('a rejection is never orphaned', () => {
  it('keeps a rejected application offered for reflection until a reflection is done', async () => {
    const p = await core();
    const acme = await p.call('applications:create', { company: 'Acme', status: 'applied', day: '2026-03-02' });
    expect(await p.call('reflection:pending')).toBeNull();
    p.setDay('2026-03-03T09:00:00');
    await p.call('applications:setStatus', { id: acme.id, status: 'rejected' });
    // "Not now" on the one-time offer changes nothing in the store: the application is still offered.
    expect(await p.call('rejections:ofApplication', { applicationId: acme.id })).toEqual({ rejectionId: null, reflection: null });
    expect(await p.call('reflection:pending')).toEqual({ kind: 'application', applicationId: acme.id, company: 'Acme' });

    p.setDay('2026-03-03T10:00:00');
    const rejection = await p.call('rejections:create', { company: 'Acme', receivedOn: '2026-03-03', applicationId: acme.id });
    expect(await p.call('rejections:ofApplication', { applicationId: acme.id })).toEqual({
      rejectionId: rejection.id,
      reflection: { state: 'not_started' },
    });
    expect(await p.call('reflection:pending')).toEqual({
      kind: 'rejection',
      rejectionId: rejection.id,
      company: 'Acme',
      inProgress: false,
    });
    await p.call('reflection:start', { rejectionId: rejection.id });
    expect(await p.call('reflection:pending')).toMatchObject({ kind: 'rejection', inProgress: true });
    expect((await p.call('rejections:ofApplication', { applicationId: acme.id })).reflection).toEqual({ state: 'in_progress', step: 1 });
    // Done: nothing left to offer, for the application or on Today.
    p.core.db.prepare('UPDATE reflections SET finished_at = ? WHERE rejection_id = ?').run('2026-03-03T11:00:00.000Z', rejection.id);
    expect((await p.call('rejections:ofApplication', { applicationId: acme.id })).reflection).toEqual({
      state: 'done',
      finishedAt: '2026-03-03T11:00:00.000Z',
    });
    expect(await p.call('reflection:pending')).toBeNull();
  });

  it('remembers Today\'s "Not now", and mentions only a rejection that comes after it', async () => {
    const p = await core();
    const acme = await p.call('applications:create', { company: 'Acme', status: 'applied', day: '2026-03-02' });
    const birch = await p.call('applications:create', { company: 'Birch', status: 'applied', day: '2026-03-02' });
    p.setDay('2026-03-03T09:00:00');
    await p.call('applications:setStatus', { id: acme.id, status: 'rejected' });
    await p.call('rejections:create', { company: 'Dune', receivedOn: '2026-03-02' });
    p.setDay('2026-03-03T09:30:00');
    await p.call('reflection:dismissPending');
    expect(await p.call('reflection:pending')).toBeNull();
    // After a restart too: the answer lives with the data.
    const stored = p.core.db.prepare("SELECT value FROM app_meta WHERE key = 'today.reflectionMentionDismissedAt'").pluck().get();
    expect(stored).toBe(new Date('2026-03-03T09:30:00').toISOString());
    p.setDay('2026-03-04T09:00:00');
    await p.call('applications:setStatus', { id: birch.id, status: 'rejected' });
    expect(await p.call('reflection:pending')).toEqual({ kind: 'application', applicationId: birch.id, company: 'Birch' });
  });

  it('leaves out a rejection inside its recovery window (Today shows that one already)', async () => {
    const p = await core();
    const rejection = await p.call('rejections:create', { company: 'Cobalt', receivedOn: '2026-03-02' });
    await p.call('reflection:start', { rejectionId: rejection.id });
    p.core.db.prepare('UPDATE reflections SET recovery_until = ? WHERE rejection_id = ?').run('2026-03-04T10:00:00.000Z', rejection.id);
    expect(await p.call('reflection:pending')).toBeNull();
    p.setDay('2026-03-05T10:00:00');
    expect(await p.call('reflection:pending')).toMatchObject({ kind: 'rejection', rejectionId: rejection.id });
  });

  it('finds the tracked applications of the same company for a rejection logged by hand, rejected ones first', async () => {
    const p = await core();
    const first = await p.call('applications:create', { company: 'ACME', role: 'Designer', status: 'applied', day: '2026-03-02' });
    const second = await p.call('applications:create', { company: 'Acme GmbH', role: 'Researcher', status: 'applied', day: '2026-03-02' });
    await p.call('applications:create', { company: 'Acme Labs', status: 'applied', day: '2026-03-02' });
    await p.call('applications:create', { company: 'Birch', status: 'applied', day: '2026-03-02' });
    p.setDay('2026-03-03T09:00:00');
    await p.call('applications:setStatus', { id: second.id, status: 'rejected' });
    const found = await p.call('rejections:matchingApplications', { company: 'acme ' });
    expect(found.map((a) => [a.id, a.status])).toEqual([
      [second.id, 'rejected'],
      [first.id, 'applied'],
    ]);
    expect(await p.call('rejections:matchingApplications', { company: '  ' })).toEqual([]);
  });
});
