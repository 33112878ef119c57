import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import { e2eSession } from './support/session';

/** Bringing a LinkedIn archive in from Settings, in Chromium over the real store and dispatcher. */

const s = e2eSession('imports', { width: 1100, height: 900 });
const copy = content.imports.ui;
const fixture = (name: string) => fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/imports', name));

describe('bringing a search in, in Chromium', () => {
  it('previews a LinkedIn archive, adds it on confirm, and finds it all already here the second time', async () => {
    const { page } = s;
    const archive = path.join(s.dataDir, 'Basic_LinkedInDataExport.zip');
    fs.writeFileSync(
      archive,
      zipSync({
        'Jobs/Job Applications.csv': fixture('Job Applications.csv'),
        'Jobs/Job Applications_1.csv': fixture('Job Applications_1.csv'),
        'Jobs/Saved Jobs.csv': fixture('Saved Jobs.csv'),
        'Connections.csv': fixture('Connections.csv'),
      }),
    );
    await page.goto(`${s.harness.url}/#/settings`);
    await page.getByRole('heading', { level: 2, name: copy.title }).waitFor();
    await page.getByLabel(copy.file).setInputFiles(archive);
    await page.getByRole('button', { name: copy.read }).click();
    await page.getByText('6 to add, 0 already here, 1 left out.').waitFor();
    await page.getByText('Pebble & Pine, Inc. · Design Systems Lead').waitFor();
    await page.getByText(/^Jobs\/Job Applications_1\.csv, line 3: /).waitFor();
    await page.getByText('Maya Ortiz · Bright Kettle').waitFor();
    await page.getByRole('button', { name: 'Bring in 6' }).click();
    await page.getByText(/^Done: 6 added\./).waitFor();
    expect(s.harness.core.db.prepare("SELECT count(*) FROM applications WHERE applied_on = '2023-07-06'").pluck().get()).toBe(1);

    await page.getByLabel(copy.file).setInputFiles(archive);
    await page.getByRole('button', { name: copy.read }).click();
    await page.getByText('0 to add, 6 already here, 1 left out.').waitFor();
    await page.getByText(copy.nothingToAdd).waitFor();
    expect(s.harness.core.db.prepare('SELECT count(*) FROM applications').pluck().get()).toBe(6);
  });

  it('shows markup from a file as text, never as elements', async () => {
    const { page } = s;
    const file = path.join(s.dataDir, 'marked.csv');
    fs.writeFileSync(file, 'Company,Role\n<img src=x onerror="document.title=1">Acme,<b>Pilot</b>\n');
    await page.goto(`${s.harness.url}/#/settings`);
    await page.getByLabel(copy.file).setInputFiles(file);
    await page.getByRole('button', { name: copy.read }).click();
    await page.getByText('<img src=x onerror="document.title=1">Acme · <b>Pilot</b>').waitFor();
    expect(await page.locator('main img, main b').count()).toBe(0);
    expect(await page.title()).not.toBe('1');
  });
});
