import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ImportApplied, ImportPreview } from '../../electron/core/imports/schema';
import { contentHash } from '../support/contentHash';
import { startTestCore, type TestCore, dataOf } from '../support/core';
import { tempDir } from '../support/tempDir';

/**
 * The one preview and the one apply, through core.dispatch as the page calls
 * them, on files in the exact formats LinkedIn, Huntr and JobSync publish
 * (rows written for these tests, in tests/fixtures/imports/).
 */

const fixtures = path.resolve(import.meta.dirname, '../fixtures/imports');
const fixture = (name: string) => fs.readFileSync(path.join(fixtures, name));
const clock = () => new Date('2026-03-10T10:00:00Z');
const start = () => startTestCore(tempDir(), { now: clock });

const call = <T>(core: TestCore, channel: string, payload: unknown) => dataOf<T>(core, channel, payload);
const preview = (core: TestCore, payload: unknown) => call<ImportPreview>(core, 'imports:preview', payload);
const apply = (core: TestCore, payload: unknown) => call<ImportApplied>(core, 'imports:apply', payload);
const asText = (name: string) => ({ name, text: fixture(name).toString('utf8') });
const asBytes = (name: string, bytes: Uint8Array) => ({ name, base64: Buffer.from(bytes).toString('base64') });

describe('LinkedIn job applications', () => {
  it('reads each row as an application sent on its day, contact, résumé and answers kept', async () => {
    const core = await start();
    const seen = await preview(core, asText('Job Applications.csv'));
    expect(seen.source).toBe('linkedinApplications');
    expect(seen.refused).toEqual([]);
    expect(seen.added.map((row) => [row.line, row.company, row.role, row.status, row.day, row.appliedOn])).toEqual([
      [2, 'Bright Kettle', 'Product Designer', 'applied', '2023-07-06', '2023-07-06'],
      [3, 'Northwind Ferries', 'UX Researcher', 'applied', '2023-12-18', '2023-12-18'],
      [4, 'Pebble & Pine, Inc.', 'Design Systems Lead', 'applied', '2024-01-03', '2024-01-03'],
    ]);
    const first = seen.added[0];
    expect(first?.contact).toEqual({ name: '', email: 'maya.ortiz@brightkettle.example', phone: '+1 555 0142' });
    expect(first?.resumeName).toBe('Dana_Reyes_Design_2023.pdf');
    expect(first?.answers).toEqual([
      { question: 'Are you legally authorized to work in the US?', answer: 'Yes' },
      { question: 'How many years of Figma experience do you have?', answer: '4' },
    ]);
    expect(seen.added[2]?.answers).toEqual([{ question: 'Will you relocate?', answer: 'No, remote only' }]);
    core.close();
  });

  it('applies all rows in one go, and the same file twice adds nothing the second time', async () => {
    const core = await start();
    await expect(apply(core, asText('Job Applications.csv'))).resolves.toEqual({ added: 3, alreadyTracked: 0, refused: 0, contacts: 0 });
    const stored = core.db
      .prepare('SELECT company, status, applied_on AS appliedOn, recruiter_email AS email, notes FROM applications ORDER BY id')
      .all() as {
      company: string;
      status: string;
      appliedOn: string;
      email: string;
      notes: string;
    }[];
    // The contact the row names is a person in People, linked as the recruiter, not text on the application.
    expect(stored.map((row) => [row.company, row.status, row.appliedOn, row.email])).toEqual([
      ['Bright Kettle', 'applied', '2023-07-06', ''],
      ['Northwind Ferries', 'applied', '2023-12-18', ''],
      ['Pebble & Pine, Inc.', 'applied', '2024-01-03', ''],
    ]);
    expect(
      core.db
        .prepare(
          `SELECT c.name, c.email, c.phone, c.company, a.company AS applicationCompany, l.relation FROM contacts c
           JOIN application_contacts l ON l.contact_id = c.id JOIN applications a ON a.id = l.application_id`,
        )
        .all(),
    ).toEqual([
      {
        name: 'maya.ortiz@brightkettle.example',
        email: 'maya.ortiz@brightkettle.example',
        phone: '+1 555 0142',
        company: 'Bright Kettle',
        applicationCompany: 'Bright Kettle',
        relation: 'recruiter',
      },
    ]);
    expect(stored[0]?.notes).toContain('Dana_Reyes_Design_2023.pdf');
    // The phone went with the person, so the notes do not hold it twice.
    expect(stored[0]?.notes).not.toContain('+1 555 0142');
    expect(stored[0]?.notes).toContain('How many years of Figma experience do you have? 4');
    // Each has its first status in the history, on the day it was sent.
    expect(core.db.prepare('SELECT status, day FROM application_status_history ORDER BY id').all()).toEqual([
      { status: 'applied', day: '2023-07-06' },
      { status: 'applied', day: '2023-12-18' },
      { status: 'applied', day: '2024-01-03' },
    ]);
    const hash = contentHash(core.db);
    const again = await preview(core, asText('Job Applications.csv'));
    expect([again.added.length, again.alreadyTracked.length]).toEqual([0, 3]);
    await expect(apply(core, asText('Job Applications.csv'))).resolves.toEqual({ added: 0, alreadyTracked: 3, refused: 0, contacts: 0 });
    expect(contentHash(core.db)).toBe(hash);
    core.close();
  });

  it('reads a split file, refusing the row whose date is not a date with its line', async () => {
    const core = await start();
    const seen = await preview(core, asText('Job Applications_1.csv'));
    expect(seen.added.map((row) => row.company)).toEqual(['Lumen Orchard']);
    expect(seen.refused).toEqual([{ line: 3, file: 'Job Applications_1.csv', reason: expect.stringContaining('13/2/24, 8:00 AM') }]);
    core.close();
  });
});

describe('LinkedIn saved jobs and connections', () => {
  it('reads saved jobs as saved, not applied', async () => {
    const core = await start();
    const seen = await preview(core, asText('Saved Jobs.csv'));
    expect(seen.source).toBe('linkedinSaved');
    expect(seen.added.map((row) => [row.company, row.role, row.status, row.day, row.appliedOn])).toEqual([
      ['Harbor Lantern', 'Interaction Designer', 'saved', '2023-11-02', null],
      ['Quill & Compass', 'Visual Designer', 'saved', '2023-11-09', null],
    ]);
    core.close();
  });

  it('offers only the connections at companies applied to, past the notes before the header', async () => {
    const core = await start();
    await apply(core, asText('Job Applications.csv'));
    const seen = await preview(core, asText('Connections.csv'));
    expect(seen.source).toBe('linkedinConnections');
    expect(seen.contacts.map((person) => [person.line, person.name, person.company, person.connectedOn])).toEqual([
      [5, 'Maya Ortiz', 'Bright Kettle', '2023-07-06'],
      [7, 'Ines Varga', 'Northwind Ferries', '2024-01-02'],
    ]);
    expect(seen.added).toEqual([]);
    core.close();
  });

  it('reads the archive itself: every wanted file, connections matched to this archive’s applications', async () => {
    const core = await start();
    const archive = zipSync({
      'Jobs/Job Applications.csv': fixture('Job Applications.csv'),
      'Jobs/Job Applications_1.csv': fixture('Job Applications_1.csv'),
      'Jobs/Saved Jobs.csv': fixture('Saved Jobs.csv'),
      'Connections.csv': fixture('Connections.csv'),
      'Profile.csv': new TextEncoder().encode('First Name,Last Name\nDana,Reyes\n'),
    });
    const seen = await preview(core, asBytes('Basic_LinkedInDataExport_03-09-2026.zip', archive));
    expect(seen.source).toBe('linkedinArchive');
    expect(seen.added.map((row) => row.company)).toEqual([
      'Bright Kettle',
      'Northwind Ferries',
      'Pebble & Pine, Inc.',
      'Lumen Orchard',
      'Harbor Lantern',
      'Quill & Compass',
    ]);
    expect(seen.refused.map((refusal) => [refusal.file, refusal.line])).toEqual([['Jobs/Job Applications_1.csv', 3]]);
    expect(seen.contacts.map((person) => person.name)).toEqual(['Maya Ortiz', 'Ines Varga']);
    // Maya (Bright Kettle) and Ines (Northwind Ferries) are kept as contacts; Sam's company was never applied to.
    await expect(apply(core, asBytes('export.zip', archive))).resolves.toEqual({ added: 6, alreadyTracked: 0, refused: 1, contacts: 2 });
    await expect(apply(core, asBytes('export.zip', archive))).resolves.toEqual({ added: 0, alreadyTracked: 6, refused: 1, contacts: 0 });
    const kept = core.db
      .prepare(
        `SELECT c.name, c.role, c.email, c.profile_link AS link, a.company, l.relation FROM contacts c
         JOIN application_contacts l ON l.contact_id = c.id JOIN applications a ON a.id = l.application_id ORDER BY c.name`,
      )
      .all();
    expect(kept).toEqual([
      {
        name: 'Ines Varga',
        role: 'Research Lead',
        email: '',
        link: 'https://www.linkedin.com/in/ines-varga-example',
        company: 'Northwind Ferries',
        relation: 'other',
      },
      // The applications file named her only by her address; the connection with that address is her, so
      // she is one person, named and linked to her profile, and still the application's recruiter.
      {
        name: 'Maya Ortiz',
        role: 'Talent Partner',
        email: 'maya.ortiz@brightkettle.example',
        link: 'https://www.linkedin.com/in/maya-ortiz-example',
        company: 'Bright Kettle',
        relation: 'recruiter',
      },
    ]);
    core.close();
  });
});

describe('other trackers', () => {
  it('reads Huntr: the list as the stage, the posting as plain text only', async () => {
    const core = await start();
    const seen = await preview(core, asText('huntr.csv'));
    expect(seen.source).toBe('huntr');
    expect(seen.added.map((row) => [row.company, row.role, row.status, row.appliedOn, row.salary])).toEqual([
      ['Tallgrass Labs', 'Frontend Engineer', 'applied', '2023-09-04', '$120k - $140k'],
      ['Copperline', 'Web Developer', 'saved', null, ''],
      ['Fernhill', 'UI Engineer', 'interviewing', '2023-09-06', ''],
    ]);
    const description = seen.added[0]?.description ?? '';
    expect(description).toBe('We build tools for & with makers.\n• React\n• TypeScript');
    await apply(core, asText('huntr.csv'));
    // The posting lands in its own field (searchable, shown in Details), not inside the notes.
    const stored = core.db.prepare("SELECT posting, notes FROM applications WHERE company = 'Tallgrass Labs'").get() as {
      posting: string;
      notes: string;
    };
    expect(stored.posting).toBe('We build tools for & with makers.\n• React\n• TypeScript');
    expect(stored.notes).not.toContain('React');
    expect(seen.refused).toEqual([{ line: 5, file: 'huntr.csv', reason: expect.stringContaining('Maybe Later') }]);
    core.close();
  });

  it('reads JobSync with each of its seven statuses', async () => {
    const core = await start();
    const seen = await preview(core, asText('jobsync.csv'));
    expect(seen.source).toBe('jobsync');
    expect(seen.added.map((row) => [row.company, row.status, row.appliedOn, row.remote])).toEqual([
      ['Saltmarsh Energy', 'saved', null, false],
      ['Blue Heron Health', 'applied', '2024-02-03', true],
      ['Kestrel Freight', 'interviewing', '2024-02-05', false],
      ['Marigold Bank', 'offer', '2024-02-07', false],
      ['Thistle Foods', 'rejected', '2024-02-09', false],
      ['Gannet Media', 'no_reply', '2024-02-10', true],
      ['Puffin Travel', 'withdrawn', '2024-02-12', false],
    ]);
    expect(seen.refused).toEqual([{ line: 9, file: 'jobsync.csv', reason: expect.stringContaining('Pending') }]);
    core.close();
  });
});
