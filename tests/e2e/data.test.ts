import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import { screenshot } from './support/browser';
import { e2eSession } from './support/session';

const s = e2eSession('data', { width: 1100, height: 900 });

async function openSettings(page: Page) {
  await page.goto(`${s.harness.url}/#/settings`);
  await page.getByRole('heading', { level: 2, name: content.data.title, exact: true }).waitFor();
}

describe('your data, in Chromium over the real store', () => {
  it('lists the daily backup, backs up now, and restores after a confirmation and a restart', async () => {
    const { page } = s;
    await openSettings(page);
    // The first daily backup is made at start.
    await page.getByRole('cell', { name: content.data.kinds.daily }).waitFor();

    // Something changes after the backup.
    await page.getByLabel('Applications').fill('12');
    await page.getByLabel('Applications').press('Tab');
    await page.getByRole('form', { name: 'Your week' }).getByText('Saved', { exact: true }).waitFor();
    s.harness.core.db.prepare("INSERT INTO app_meta (key, value) VALUES ('after-backup', 'yes')").run();

    await page.getByRole('button', { name: content.data.backupNow }).click();
    await page.getByText(/^Done\. Your copy is saved as rebound-manual-/).waitFor();
    expect(fs.readdirSync(path.join(s.dataDir, 'exports')).filter((name) => name.startsWith('rebound-manual-'))).toHaveLength(1);

    await page
      .getByRole('button', { name: new RegExp(`^${content.data.restore}:`) })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: content.data.restoreTitle });
    await dialog.waitFor();
    await screenshot(page, 'settings-restore-confirm');
    await dialog.getByRole('button', { name: content.data.restoreCancel }).click();
    expect(s.harness.relaunchRequests()).toBe(0);

    await page
      .getByRole('button', { name: new RegExp(`^${content.data.restore}:`) })
      .first()
      .click();
    await dialog.getByRole('button', { name: content.data.restoreConfirm }).click();
    await page.getByText(content.data.restoring).waitFor();
    expect(s.harness.relaunchRequests()).toBe(1);

    // What Electron's relaunch does: stop, start again on the same folder.
    await s.restart();
    expect(s.harness.core.db.prepare("SELECT count(*) FROM app_meta WHERE key = 'after-backup'").pluck().get()).toBe(0);
    await openSettings(page);
    await page.getByText(/is back in place/).waitFor();
    await page.getByRole('cell', { name: content.data.kinds.restore }).waitFor();
    await page.getByRole('heading', { level: 3, name: content.data.backupsTitle }).scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-data');
  });

  it('exports everything and a CSV, imports the export back without duplicates, and refuses a broken file', async () => {
    const { page } = s;
    s.harness.core.db
      .prepare(
        `INSERT INTO applications (company, role, status, status_changed_at, created_at, updated_at)
         VALUES ('Zoë & Co', 'Designer, senior', 'saved', '2026-03-02T10:00:00Z', '2026-03-02T10:00:00Z', '2026-03-02T10:00:00Z')`,
      )
      .run();
    await openSettings(page);

    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: content.data.exportJson }).click(),
    ]);
    const jsonFile = path.join(s.dataDir, 'export.json');
    await jsonDownload.saveAs(jsonFile);
    expect(jsonDownload.suggestedFilename()).toMatch(/^rebound-export-\d{4}-\d\d-\d\d\.json$/);
    expect(JSON.parse(fs.readFileSync(jsonFile, 'utf8')).tables.applications[0].company).toBe('Zoë & Co');

    await page.getByLabel(content.data.csvTable).selectOption('applications');
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: content.data.exportCsv }).click(),
    ]);
    const csvFile = path.join(s.dataDir, 'applications.csv');
    await csvDownload.saveAs(csvFile);
    expect(fs.readFileSync(csvFile, 'utf8')).toContain('"Designer, senior"');

    await page.getByLabel(content.data.importFile).setInputFiles(jsonFile);
    await page.getByRole('button', { name: content.data.importButton }).click();
    await page.getByText(/^Done: 0 added, \d+ were already here\.$/).waitFor();

    const broken = path.join(s.dataDir, 'broken.json');
    fs.writeFileSync(broken, '{"format": "rebound-export", "schemaVersion": 99');
    await page.getByLabel(content.data.importFile).setInputFiles(broken);
    await page.getByRole('button', { name: content.data.importButton }).click();
    await page.getByText(/damaged or is not a Rebound export/).waitFor();
    expect(s.harness.core.db.prepare('SELECT count(*) FROM applications').pluck().get()).toBe(1);

    await page.getByLabel(content.data.importFile).setInputFiles(jsonFile);
    await page.getByLabel(content.data.importReplace).check();
    await page.getByRole('button', { name: content.data.importButton }).click();
    const dialog = page.getByRole('dialog', { name: content.data.replaceTitle });
    await dialog.getByRole('button', { name: content.data.replaceConfirm }).click();
    await page.getByText(/^Done: \d+ added, 0 were already here\.$/).waitFor();
    await page.getByRole('heading', { level: 2, name: content.data.exportTitle }).scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-export-import');
  });
});
