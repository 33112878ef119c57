import { afterEach, describe, expect, it } from 'vitest';
import { startPlannerCore } from '../support/plannerCore';

/**
 * Interview rounds (electron/core/applications/interviews.ts), the edges the session-7 mutation run
 * left open. Fixed clock: 2026-03-11 10:00 local. The rounds are typed in UTC and New York (UTC-4
 * from 8 March 2026, the second Sunday of March), so their moments can be worked out by hand.
 */

let close: (() => void) | null = null;
afterEach(() => close?.());

async function withRound() {
  const p = await startPlannerCore('2026-03-11T10:00:00');
  close = () => p.core.close();
  const app = await p.call('applications:create', { company: 'Acme', role: 'Designer', status: 'interviewing' });
  const round = await p.call('interviews:create', {
    applicationId: app.id,
    kind: 'screen',
    date: '2026-03-20',
    time: '15:00',
    timeZone: 'UTC',
  });
  return { ...p, app, round };
}

describe('an interview round', () => {
  it('added with only its time has an empty place, empty notes and nobody with it', async () => {
    const { round } = await withRound();
    expect(round).toMatchObject({ startsAt: '2026-03-20T15:00:00.000Z', place: '', prepNotes: '', howItWent: '', contactIds: [] });
  });

  it('moves when only its day or only its time changes, and stays put when only its notes do', async () => {
    const p = await withRound();
    const id = p.round.id;
    expect(await p.call('interviews:update', { id, fields: { date: '2026-03-23' } })).toMatchObject({
      startsAt: '2026-03-23T15:00:00.000Z',
      date: '2026-03-23',
      time: '15:00',
    });
    expect(await p.call('interviews:update', { id, fields: { time: '09:30' } })).toMatchObject({
      startsAt: '2026-03-23T09:30:00.000Z',
      time: '09:30',
    });
    expect(await p.call('interviews:update', { id, fields: { timeZone: 'America/New_York' } })).toMatchObject({
      startsAt: '2026-03-23T13:30:00.000Z',
      time: '09:30',
    });
    expect(await p.call('interviews:update', { id, fields: { prepNotes: 'Two stories ready' } })).toMatchObject({
      startsAt: '2026-03-23T13:30:00.000Z',
      timeZone: 'America/New_York',
      prepNotes: 'Two stories ready',
    });
  });

  it('takes a new list of people when one is given, and keeps its people otherwise', async () => {
    const p = await withRound();
    const ana = await p.call('contacts:create', { name: 'Ana', applicationId: p.app.id });
    const bo = await p.call('contacts:create', { name: 'Bo', applicationId: p.app.id });
    const id = p.round.id;
    expect((await p.call('interviews:update', { id, fields: { contactIds: [bo.id, ana.id] } })).contactIds).toEqual([ana.id, bo.id]);
    expect((await p.call('interviews:noteHowItWent', { id, howItWent: 'Warm chat' })).contactIds).toEqual([ana.id, bo.id]);
    expect((await p.call('interviews:update', { id, fields: { contactIds: [bo.id] } })).contactIds).toEqual([bo.id]);
    expect((await p.call('interviews:update', { id, fields: { contactIds: [] } })).contactIds).toEqual([]);
  });

  it('once deleted is not found for an edit or a note, and is not deleted twice', async () => {
    const p = await withRound();
    const id = p.round.id;
    expect(await p.call('interviews:delete', { id })).toEqual({ deleted: true });
    const gone = { code: 'not_found', message: 'That interview is no longer in Rebound.' };
    expect(await p.refusal('interviews:update', { id, fields: { place: 'Office' } })).toMatchObject(gone);
    expect(await p.refusal('interviews:noteHowItWent', { id, howItWent: 'Fine' })).toMatchObject(gone);
    expect(await p.call('interviews:delete', { id })).toEqual({ deleted: false });
  });
});
