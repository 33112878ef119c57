import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../support/core';
import { dataOf, startTestCore } from '../support/core';
import { tempDir } from '../support/tempDir';

/**
 * Since people came in, a recruiter is added as a person linked to the application (the application's own
 * recruiter fields are no longer shown). The readers that name the recruiter (the rejection form's prefill,
 * the follow-ups due, which Today, the tray and the calendar word) read that person, and the name typed
 * before people existed only when no one is linked as recruiter. Clock fixed; ids from the calls.
 */

const clock = new Date('2026-03-10T12:00:00Z');
let core: TestCore;
const call = <T = { id: number }>(channel: string, payload?: unknown) => dataOf<T>(core, channel, payload);

beforeEach(async () => {
  core = await startTestCore(tempDir(), { now: () => clock });
});
afterEach(() => core.close());

type Named = { recruiterName: string; recruiterEmail: string };
/** The recruiter columns of the CSV export, by company. */
async function csvRecruiters(): Promise<Record<string, string[]>> {
  const file = await call<{ content: string }>('applications:exportCsv');
  const [header, ...rows] = file.content
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => JSON.parse(`[${line}]`) as string[]);
  const at = (name: string) => header!.indexOf(name);
  return Object.fromEntries(rows.map((row) => [row[at('company')]!, [row[at('recruiter_name')]!, row[at('recruiter_email')]!]]));
}
const prefill = (applicationId: number) => call<Named>('rejections:prefill', { applicationId });
const due = async (company: string) =>
  (await call<{ dueFollowUps: (Named & { company: string })[] }>('planner:today')).dueFollowUps
    .filter((followUp) => followUp.company === company)
    .map(({ recruiterName, recruiterEmail }) => ({ recruiterName, recruiterEmail }));

/** Applied 20 days ago, so its first follow-up is due. */
const applied = (company: string, fields: Record<string, string> = {}) =>
  call('applications:create', { company, status: 'applied', day: '2026-02-18', ...fields });

describe("an application's recruiter, wherever it is named", () => {
  it('is the person linked as its recruiter, on an application made since people came in', async () => {
    const acme = await applied('Acme');
    await call('contacts:create', { name: 'Ana Park', email: 'ana@acme.test', applicationId: acme.id, relation: 'interviewer' });
    await call('contacts:create', { name: 'Sam Lee', email: 'sam@acme.test', applicationId: acme.id, relation: 'recruiter' });
    const sam = { recruiterName: 'Sam Lee', recruiterEmail: 'sam@acme.test' };
    expect(await prefill(acme.id)).toMatchObject(sam);
    expect(await due('Acme')).toEqual([sam]);
    expect((await csvRecruiters()).Acme).toEqual(['Sam Lee', 'sam@acme.test']);
  });

  it('follows an edit of that person, over the name typed on the application before', async () => {
    const globex = await applied('Globex', { recruiterName: 'Old Name', recruiterEmail: 'old@globex.test' });
    const linked = await call<{ id: number }[]>('contacts:list', { applicationId: globex.id });
    const person = await call('contacts:create', {
      name: 'Rae Kim',
      email: 'rae@globex.test',
      applicationId: globex.id,
      relation: 'recruiter',
    });
    expect(linked).toEqual([]);
    await call('contacts:update', { id: person.id, fields: { name: 'Rae Kim-Ortiz', email: '' } });
    // The linked person's email, even an empty one: never one person's name with another's email.
    const rae = { recruiterName: 'Rae Kim-Ortiz', recruiterEmail: '' };
    expect(await prefill(globex.id)).toMatchObject(rae);
    expect(await due('Globex')).toEqual([rae]);
    expect((await csvRecruiters()).Globex).toEqual(['Rae Kim-Ortiz', '']);
  });

  it('is the name typed on the application while no one is linked as its recruiter', async () => {
    const initech = await applied('Initech', { recruiterName: 'Bo Chen', recruiterEmail: 'bo@initech.test' });
    await call('contacts:create', { name: 'Cy Okafor', applicationId: initech.id, relation: 'hiring_manager' });
    const bo = { recruiterName: 'Bo Chen', recruiterEmail: 'bo@initech.test' };
    expect(await prefill(initech.id)).toMatchObject(bo);
    expect(await due('Initech')).toEqual([bo]);
    const hooli = await applied('Hooli');
    expect(await prefill(hooli.id)).toMatchObject({ recruiterName: '', recruiterEmail: '' });
    expect(await csvRecruiters()).toMatchObject({ Initech: ['Bo Chen', 'bo@initech.test'], Hooli: ['', ''] });
  });
});
