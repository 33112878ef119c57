import { describe, expect, it } from 'vitest';
import type { ImportApplied } from '../../electron/core/imports/schema';
import { contentHash } from '../support/contentHash';
import { appCaller, dataOf, startTestCore, type TestCore } from '../support/core';
import { tempDir } from '../support/tempDir';

/**
 * The person a spreadsheet names on a row (its recruiter columns) is a person in People, linked to the
 * application as its recruiter, as the recruiters typed before migration 0004 became: never a name
 * left on the application where People cannot see it.
 */

const clock = () => new Date('2026-03-10T10:00:00Z');
const start = () => startTestCore(tempDir(), { now: clock });
const apply = (core: TestCore, name: string, text: string) => dataOf<ImportApplied>(core, 'imports:apply', { name, text });

interface Kept {
  person: number;
  name: string;
  email: string;
  phone: string;
  company: string;
  application: string;
  relation: string;
}

/** Every link from a person to an application, by application company and role. */
const links = (core: TestCore): Kept[] =>
  core.db
    .prepare(
      `SELECT c.id AS person, c.name, c.email, c.phone, c.company, a.company || ' / ' || a.role AS application, l.relation
       FROM application_contacts l JOIN contacts c ON c.id = l.contact_id JOIN applications a ON a.id = l.application_id
       ORDER BY a.company, a.role`,
    )
    .all() as Kept[];

/** The links without the person's id: what a person sees in People. */
const linked = (core: TestCore) => links(core).map(({ person: _, ...rest }) => rest);

/** A link to an application ("Company / Role") as its recruiter, the person at the application's company. */
const recruiter = (name: string, email: string, application: string, phone = '') => ({
  name,
  email,
  phone,
  company: application.split(' / ')[0],
  application,
  relation: 'recruiter',
});

const people = (core: TestCore) => core.db.prepare('SELECT count(*) FROM contacts').pluck().get() as number;

describe('importing a spreadsheet that names recruiters', () => {
  it('keeps one person for a recruiter named on several rows, linked to each application as its recruiter', async () => {
    const core = await start();
    const text = [
      'Company,Role,Recruiter,Recruiter email,Phone',
      'Hollowbrook,Analyst,Rui Matos,rui@hollowbrook.example,+351 21 000 0000',
      'Hollowbrook,Engineer,Rui Matos,RUI@hollowbrook.example,',
      'Ferncliff,Writer,Ada Quill,,',
      'Ferncliff,Editor,Ada Quill,,',
      'Larchmont,Writer,Ada Quill,,',
      'Quiet Co,Tester,,,',
    ].join('\n');
    await expect(apply(core, 'search.csv', text)).resolves.toMatchObject({ added: 6, refused: 0 });
    const kept = links(core);
    expect(kept.map(({ person: _, ...rest }) => rest)).toEqual([
      recruiter('Ada Quill', '', 'Ferncliff / Editor'),
      recruiter('Ada Quill', '', 'Ferncliff / Writer'),
      recruiter('Rui Matos', 'rui@hollowbrook.example', 'Hollowbrook / Analyst', '+351 21 000 0000'),
      recruiter('Rui Matos', 'rui@hollowbrook.example', 'Hollowbrook / Engineer', '+351 21 000 0000'),
      // Without an address, the same name at another company is another person.
      recruiter('Ada Quill', '', 'Larchmont / Writer'),
    ]);
    // Rui's two rows (his address in two cases) are one person; Ada at Ferncliff is one; Ada at Larchmont another.
    expect(kept[0]?.person).toBe(kept[1]?.person);
    expect(kept[2]?.person).toBe(kept[3]?.person);
    expect(kept[4]?.person).not.toBe(kept[0]?.person);
    expect(people(core)).toBe(3);
    // Nothing is left on the applications themselves, so People is the one place the person lives.
    expect(core.db.prepare("SELECT count(*) FROM applications WHERE recruiter_name <> '' OR recruiter_email <> ''").pluck().get()).toBe(0);
    // The list finds an application by its recruiter (the search index follows the links).
    const found = dataOf<{ items: { company: string; role: string }[] }>(core, 'applications:list', { search: 'matos' });
    await expect(found.then((page) => page.items.map((item) => item.role).sort())).resolves.toEqual(['Analyst', 'Engineer']);
    core.close();
  });

  it('links a recruiter already kept in People (by address) instead of adding them again, and the same file twice changes nothing', async () => {
    const core = await start();
    const kept = await core.dispatch(
      'contacts:create',
      { name: 'Rui Matos', role: 'Talent lead', email: 'rui@hollowbrook.example', company: 'Hollowbrook' },
      appCaller,
    );
    expect(kept.ok).toBe(true);
    const text = 'Company,Role,Recruiter,Recruiter email\nHollowbrook,Analyst,R. Matos,rui@hollowbrook.example\n';
    await apply(core, 'search.csv', text);
    expect(linked(core)).toEqual([recruiter('Rui Matos', 'rui@hollowbrook.example', 'Hollowbrook / Analyst')]);
    expect(people(core)).toBe(1);
    const hash = contentHash(core.db);
    await expect(apply(core, 'search.csv', text)).resolves.toMatchObject({ added: 0, alreadyTracked: 1 });
    expect(contentHash(core.db)).toBe(hash);
    core.close();
  });

  it('names a recruiter known only by an address after it, and keeps a phone too long for a contact in the notes', async () => {
    const core = await start();
    const longPhone = `+1 555 0100 ${'ext. 12 '.repeat(10)}`.trim();
    const text = `Company,Role,Recruiter email,Phone\nBirchfield,Designer,jo@birchfield.example,"${longPhone}"\n`;
    await apply(core, 'search.csv', text);
    expect(linked(core)).toEqual([recruiter('jo@birchfield.example', 'jo@birchfield.example', 'Birchfield / Designer')]);
    expect(core.db.prepare('SELECT notes FROM applications').pluck().get()).toContain(longPhone);
    core.close();
  });
});

describe("importing Rebound's own CSV", () => {
  const importCsv = (core: TestCore, text: string) => dataOf<{ imported: number }>(core, 'applications:importCsv', { content: text });

  it('brings the recruiter the export names back as a person linked as the recruiter, on a fresh machine', async () => {
    const first = await start();
    const app = await dataOf<{ id: number }>(first, 'applications:create', { company: 'Hollowbrook', role: 'Analyst' });
    await dataOf(first, 'contacts:create', {
      name: 'Rui Matos',
      email: 'rui@hollowbrook.example',
      company: 'Hollowbrook',
      applicationId: app.id,
      relation: 'recruiter',
    });
    const exported = await dataOf<{ content: string }>(first, 'applications:exportCsv', undefined);
    first.close();
    const fresh = await start();
    await expect(importCsv(fresh, exported.content)).resolves.toEqual({ imported: 1 });
    expect(linked(fresh)).toEqual([recruiter('Rui Matos', 'rui@hollowbrook.example', 'Hollowbrook / Analyst')]);
    expect(fresh.db.prepare("SELECT count(*) FROM applications WHERE recruiter_name <> '' OR recruiter_email <> ''").pluck().get()).toBe(0);
    fresh.close();
  });

  it('links someone already kept by address, names one known only by an address after it, and makes nobody for an empty cell', async () => {
    const core = await start();
    await dataOf(core, 'contacts:create', { name: 'Rui Matos', email: 'rui@hollowbrook.example', company: 'Hollowbrook' });
    const text = [
      'company,role,recruiter_name,recruiter_email',
      'Hollowbrook,Analyst,R. Matos,RUI@hollowbrook.example',
      'Birchfield,Designer,,jo@birchfield.example',
      'Quiet Co,Tester,,',
    ].join('\n');
    await expect(importCsv(core, text)).resolves.toEqual({ imported: 3 });
    expect(linked(core)).toEqual([
      recruiter('jo@birchfield.example', 'jo@birchfield.example', 'Birchfield / Designer'),
      recruiter('Rui Matos', 'rui@hollowbrook.example', 'Hollowbrook / Analyst'),
    ]);
    expect(people(core)).toBe(2);
    core.close();
  });
});
