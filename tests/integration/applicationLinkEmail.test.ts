import { describe, expect, it } from 'vitest';
import { plannerCoreForEachTest, type PlannerCore } from '../support/plannerCore';

/**
 * An application's link and recruiter email as electron/core/applications/schema.ts checks them: only a link
 * written as a web address from its first letters, and only a whole email address, are kept.
 */

const planner = plannerCoreForEachTest('2026-03-11T10:00:00');

const count = (p: PlannerCore) => p.core.db.prepare('SELECT count(*) FROM applications').pluck().get();

describe("an application's link", () => {
  it.each([
    ['no scheme at all', 'jobs.example/7'],
    ['an http address written with one slash, holding another address further on', 'http:/jobs.example/?next=https://jobs.example/7'],
  ])('refuses %s, and keeps nothing', async (_name, link) => {
    const p = await planner();
    const error = await p.refusal('applications:create', { company: 'Acme', link });
    expect(error.fields?.link).toBe('Use a web link that starts with http:// or https://.');
    expect(count(p)).toBe(0);
  });

  it('keeps a web link written in capitals as it was typed', async () => {
    const p = await planner();
    await p.call('applications:create', { company: 'Acme', link: 'HTTPS://Jobs.example/7' });
    expect(p.core.db.prepare('SELECT link FROM applications').pluck().all()).toEqual(['HTTPS://Jobs.example/7']);
  });
});

describe("an application's recruiter email", () => {
  it('refuses an address with more words after it, and keeps nothing', async () => {
    const p = await planner();
    const error = await p.refusal('applications:create', { company: 'Acme', recruiterEmail: 'sam@acme.example or call' });
    expect(error.fields?.recruiterEmail).toBe('That does not look like an email address.');
    expect(count(p)).toBe(0);
  });
});
