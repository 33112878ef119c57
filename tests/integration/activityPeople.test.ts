import { afterEach, describe, expect, it } from 'vitest';
import { content } from '../../content';
import { appCaller } from '../support/core';
import { startPlannerCore } from '../support/plannerCore';

/**
 * A networking activity can name the person it was with: core checks the
 * person is there and that the activity is networking, the read gives their
 * name, forgetting them keeps the activity, and export and merge import
 * carry the link to the same person on the other side.
 */

const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

// 2026-03-11 is a Wednesday.
async function planner() {
  const p = await startPlannerCore('2026-03-11T10:00:00');
  closers.push(() => p.core.close());
  const activities = () => p.core.db.prepare('SELECT kind, note, contact_id AS contactId FROM activities ORDER BY id').all();
  return { ...p, activities };
}

const errors = content.planner.errors;

describe('naming the person a networking activity was with', () => {
  it('remembers who it was with and reads back their name', async () => {
    const p = await planner();
    const dana = await p.call('contacts:create', { name: 'Dana Reyes', company: 'Hooli' });
    const logged = await p.call('planner:logActivity', { kind: 'network', note: 'Coffee chat', contactId: dana.id });
    expect(logged).toEqual({
      id: logged.id,
      kind: 'network',
      day: '2026-03-11',
      note: 'Coffee chat',
      contactId: dana.id,
      contactName: 'Dana Reyes',
    });
    // No one named is as fine as before; it still counts toward the week.
    const alone = await p.call('planner:logActivity', { kind: 'network', contactId: null });
    expect(alone).toMatchObject({ contactId: null, contactName: null });
    expect((await p.call('planner:logActivity', { kind: 'search' })).contactName).toBeNull();
    expect((await p.call('planner:week', { weekStart: '2026-03-09' })).progress.network).toBe(2);
    // A name changed later is the name read.
    await p.call('contacts:update', { id: dana.id, fields: { name: 'Dana Reyes-Ortiz' } });
    expect(p.core.db.prepare('SELECT c.name FROM activities a JOIN contacts c ON c.id = a.contact_id').pluck().all()).toEqual([
      'Dana Reyes-Ortiz',
    ]);
  });

  it('refuses a person on anything but networking, and a person who is not there, writing nothing', async () => {
    const p = await planner();
    const dana = await p.call('contacts:create', { name: 'Dana Reyes' });
    for (const kind of ['search', 'learn', 'volunteer'] as const) {
      expect(await p.refusal('planner:logActivity', { kind, contactId: dana.id })).toMatchObject({
        code: 'invalid_input',
        fields: { contactId: errors.personOnlyNetworking },
      });
    }
    const gone = await p.call('contacts:create', { name: 'Sam Lee' });
    await p.call('contacts:delete', { id: gone.id });
    expect(await p.refusal('planner:logActivity', { kind: 'network', contactId: gone.id })).toEqual({
      code: 'not_found',
      message: errors.contactGone,
      fields: { contactId: errors.pickSomeoneElse },
    });
    expect(await p.refusal('planner:logActivity', { kind: 'network', contactId: 'Dana' })).toMatchObject({ code: 'invalid_input' });
    expect(p.activities()).toEqual([]);
  });

  it('keeps the activity when the person is forgotten, naming no one', async () => {
    const p = await planner();
    const dana = await p.call('contacts:create', { name: 'Dana Reyes' });
    await p.call('planner:logActivity', { kind: 'network', note: 'Coffee chat', contactId: dana.id });
    await p.call('contacts:delete', { id: dana.id });
    expect(p.activities()).toEqual([{ kind: 'network', note: 'Coffee chat', contactId: null }]);
    expect((await p.call('planner:week', { weekStart: '2026-03-09' })).progress.network).toBe(1);
  });
});

describe('export and merge import', () => {
  it('carry the person to the same contact on the other side, and a second import adds nothing', async () => {
    const source = await planner();
    const dana = await source.call('contacts:create', { name: 'Dana Reyes', email: 'dana@hooli.test' });
    await source.call('planner:logActivity', { kind: 'network', note: 'Coffee chat', contactId: dana.id });
    // A minute later: an activity is told apart from another by its kind, day and the moment it was logged.
    source.setDay('2026-03-11T10:01:00');
    await source.call('planner:logActivity', { kind: 'network', note: 'Meetup' });
    const file = await source.call('data:exportJson');
    const exported = JSON.parse(file.content) as { tables: { activities: { contact_id: number | null }[] } };
    expect(exported.tables.activities.map((row) => row.contact_id)).toEqual([dana.id, null]);

    // The other Rebound already has people of its own, so the ids cannot simply line up.
    const target = await planner();
    await target.call('contacts:create', { name: 'Ana Ruíz' });
    await target.call('contacts:create', { name: 'Sam Lee' });
    const merge = () => target.core.dispatch('data:importJson', { content: file.content, mode: 'merge' }, appCaller);
    expect(await merge()).toMatchObject({ ok: true, data: { added: 3 } });
    const linked = () =>
      target.core.db
        .prepare('SELECT a.note, c.name, c.email FROM activities a LEFT JOIN contacts c ON c.id = a.contact_id ORDER BY a.id')
        .all();
    expect(linked()).toEqual([
      { note: 'Coffee chat', name: 'Dana Reyes', email: 'dana@hooli.test' },
      { note: 'Meetup', name: null, email: null },
    ]);
    expect(await merge()).toMatchObject({ ok: true, data: { added: 0 } });
    expect(linked()).toHaveLength(2);
    expect(target.core.db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(3);
    expect(target.core.db.pragma('foreign_key_check')).toEqual([]);
  });
});
