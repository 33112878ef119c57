import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import { appCaller, dataOf } from '../support/core';
import { coreForEachTest } from '../support/coreForEachTest';

/** Editing and deleting one application through core.dispatch: what an edit keeps, the salary order, a gone one. */

const core = coreForEachTest(new Date('2026-03-10T12:00:00Z'));
const call = <T>(channel: string, payload?: unknown) => dataOf<T>(core(), channel, payload);
const refusal = async (channel: string, payload: unknown) => {
  const result = await core().dispatch(channel, payload, appCaller);
  if (result.ok) throw new Error(`${channel} was not refused`);
  return result.error;
};
const words = content.planner.errors;

describe('an application edited', () => {
  it('keeps whether it is remote when another field changes', async () => {
    const remote = await call<{ id: number }>('applications:create', { company: 'Acme', remote: true });
    const onSite = await call<{ id: number }>('applications:create', { company: 'Globex', remote: false });
    await call('applications:update', { id: remote.id, fields: { notes: 'Asked about the team' } });
    await call('applications:update', { id: onSite.id, fields: { notes: 'Office in Porto' } });
    expect(await call('applications:get', { id: remote.id })).toMatchObject({ remote: true, notes: 'Asked about the team' });
    expect(await call('applications:get', { id: onSite.id })).toMatchObject({ remote: false, notes: 'Office in Porto' });
  });

  it('takes a salary range of one figure, and refuses a top below the bottom beside the top', async () => {
    const { id } = await call<{ id: number }>('applications:create', { company: 'Acme' });
    await call('applications:update', { id, fields: { salaryMin: 60000, salaryMax: 60000 } });
    expect(await call('applications:get', { id })).toMatchObject({ salaryMin: 60000, salaryMax: 60000 });
    expect(await refusal('applications:update', { id, fields: { salaryMax: 59999 } })).toMatchObject({
      code: 'invalid_input',
      fields: { salaryMax: words.salaryOrder },
    });
    expect(await call('applications:get', { id })).toMatchObject({ salaryMin: 60000, salaryMax: 60000 });
  });
});

describe('an application deleted', () => {
  it('answers deleted once, then is not found for deleting, reading or editing', async () => {
    const { id } = await call<{ id: number }>('applications:create', { company: 'Acme' });
    expect(await call('applications:delete', { id })).toEqual({ deleted: true });
    const gone = { code: 'not_found', message: words.applicationGone };
    expect(await refusal('applications:delete', { id })).toMatchObject(gone);
    expect(await refusal('applications:get', { id })).toMatchObject(gone);
    expect(await refusal('applications:update', { id, fields: { notes: 'x' } })).toMatchObject(gone);
    expect(await refusal('applications:keepWaiting', { id })).toMatchObject(gone);
  });
});
