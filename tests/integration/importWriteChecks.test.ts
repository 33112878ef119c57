import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ImportApplied, ImportPreview, ImportProgress } from '../../electron/core/imports/schema';
import { appCaller, dataOf, startTestCore } from '../support/core';
import { tempDir } from '../support/tempDir';

/**
 * The confirm's write: how far it says it is when the rows are exactly a multiple of a thousand or
 * none at all, and the LinkedIn connections it keeps: linked to every application at their company,
 * an address or profile the contact form would refuse left out, and someone already kept (the same
 * name at the same company, or the same profile) not kept again.
 */

const clock = () => new Date('2026-03-10T10:00:00Z');
const connectionsHeader = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';

describe('the write of a confirm', () => {
  it('says 0 then 1,000 of 1,000 for exactly a thousand rows, and only 0 of 0 when the same file adds none', async () => {
    const progress: ImportProgress[] = [];
    const core = await startTestCore(tempDir(), { now: clock, onImportProgress: (step) => progress.push(step) });
    const rows = Array.from({ length: 1000 }, (_, index) => `Company ${index + 1}`);
    const text = `Company\n${rows.join('\n')}\n`;
    const writing = () => progress.filter((step) => step.phase === 'writing');
    await expect(dataOf<ImportApplied>(core, 'imports:apply', { name: 'thousand.csv', text })).resolves.toMatchObject({ added: 1000 });
    expect(writing()).toEqual([
      { phase: 'writing', rows: 0, total: 1000 },
      { phase: 'writing', rows: 1000, total: 1000 },
    ]);
    progress.length = 0;
    await expect(dataOf<ImportApplied>(core, 'imports:apply', { name: 'thousand.csv', text })).resolves.toMatchObject({
      added: 0,
      alreadyTracked: 1000,
    });
    expect(writing()).toEqual([{ phase: 'writing', rows: 0, total: 0 }]);
    core.close();
  });

  it('keeps connections linked to each application at their company, drops an address or profile it cannot keep, and keeps nobody twice', async () => {
    const core = await startTestCore(tempDir(), { now: clock });
    const apply = (name: string, text: string) => dataOf<ImportApplied>(core, 'imports:apply', { name, text });
    await apply('jobs.csv', 'Company,Role,Date\nGale Works,Designer,2026-01-05\nGale Works,Writer,2026-01-06\n');
    const first =
      connectionsHeader +
      'Lia,Moss,not a link,not an address,Gale Works,Recruiter,06 Jul 2025\n' +
      'Ola,Berg,https://www.linkedin.com/in/ola-berg,,Gale Works,Lead,07 Jul 2025\n';
    await expect(apply('Connections.csv', first)).resolves.toMatchObject({ contacts: 2 });
    const kept = () =>
      core.db
        .prepare(
          `SELECT c.name, c.email, coalesce(c.profile_link, '') AS link, a.role, l.relation FROM contacts c
           JOIN application_contacts l ON l.contact_id = c.id JOIN applications a ON a.id = l.application_id ORDER BY c.name, a.role`,
        )
        .all();
    const both = [
      { name: 'Lia Moss', email: '', link: '', role: 'Designer', relation: 'other' },
      { name: 'Lia Moss', email: '', link: '', role: 'Writer', relation: 'other' },
      { name: 'Ola Berg', email: '', link: 'https://www.linkedin.com/in/ola-berg', role: 'Designer', relation: 'other' },
      { name: 'Ola Berg', email: '', link: 'https://www.linkedin.com/in/ola-berg', role: 'Writer', relation: 'other' },
    ];
    expect(kept()).toEqual(both);
    // Lia again under a new profile (the same name at the same company), Ola under another name (the same
    // profile): both already kept. Only Nia is someone new.
    const second =
      connectionsHeader +
      'Lia,Moss,https://www.linkedin.com/in/lia-moss-new,,Gale Works,Recruiter,06 Jul 2025\n' +
      'Ola,Bergström,https://www.linkedin.com/in/ola-berg,,Gale Works,Lead,07 Jul 2025\n' +
      'Nia,Cole,,,Gale Works,Editor,08 Jul 2025\n';
    await expect(apply('Connections.csv', second)).resolves.toMatchObject({ contacts: 1 });
    // In name order: Lia, Nia, Ola.
    expect(kept()).toEqual([
      ...both.slice(0, 2),
      { name: 'Nia Cole', email: '', link: '', role: 'Designer', relation: 'other' },
      { name: 'Nia Cole', email: '', link: '', role: 'Writer', relation: 'other' },
      ...both.slice(2),
    ]);
    core.close();
  });

  it('offers no connection at a company only saved, in the tracker or in the same archive', async () => {
    const core = await startTestCore(tempDir(), { now: clock });
    await dataOf<ImportApplied>(core, 'imports:apply', { name: 'jobs.csv', text: 'Company,Role,Date\nHill Co,Cook,2026-01-05\n' });
    await core.dispatch('applications:create', { company: 'Gale Works' }, appCaller);
    const people =
      connectionsHeader +
      'Lia,Moss,,,Gale Works,Recruiter,06 Jul 2025\n' +
      'Ola,Berg,,,Hill Co,Lead,07 Jul 2025\n' +
      'Nia,Cole,,,Harbor Lantern,Editor,08 Jul 2025\n' +
      'Ines,Varga,,,Bright Kettle,Lead,09 Jul 2025\n';
    const offered = (seen: ImportPreview) => seen.contacts.map((person) => person.name);
    const alone = await dataOf<ImportPreview>(core, 'imports:preview', { name: 'Connections.csv', text: people });
    expect(offered(alone)).toEqual(['Ola Berg']);
    // In an archive: Harbor Lantern is only among its saved jobs, Bright Kettle among its applications.
    const fixtures = path.resolve(import.meta.dirname, '../fixtures/imports');
    const archive = zipSync({
      'Jobs/Job Applications.csv': fs.readFileSync(path.join(fixtures, 'Job Applications.csv')),
      'Jobs/Saved Jobs.csv': fs.readFileSync(path.join(fixtures, 'Saved Jobs.csv')),
      'Connections.csv': new TextEncoder().encode(people),
    });
    const base64 = Buffer.from(archive).toString('base64');
    const inArchive = await dataOf<ImportPreview>(core, 'imports:preview', { name: 'export.zip', base64 });
    expect(offered(inArchive)).toEqual(['Ola Berg', 'Ines Varga']);
    core.close();
  });
});
