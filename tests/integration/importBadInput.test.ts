import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { maxArchiveEntries } from '../../electron/core/imports/archive';
import { contentHash } from '../support/contentHash';
import { appCaller, startTestCore, type TestCore } from '../support/core';
import { tempDir } from '../support/tempDir';

/**
 * Bad input to imports:preview and imports:apply: each refused with a reason
 * (never an internal error), and the database's content hash unchanged by
 * anything refused, including an apply that fails part way.
 */

const clock = () => new Date('2026-03-10T10:00:00Z');
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const applications =
  'Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers\r\n"7/6/23, 2:20 PM",,,Bright Kettle,Designer,https://www.linkedin.com/jobs/view/1,,\r\n';

async function expectRefused(core: TestCore, payload: unknown, reason?: RegExp) {
  const before = contentHash(core.db);
  for (const channel of ['imports:preview', 'imports:apply']) {
    const result = await core.dispatch(channel, payload, appCaller);
    expect(result.ok, `${channel} should refuse`).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      if (reason) expect(result.error.message).toMatch(reason);
    }
  }
  expect(contentHash(core.db)).toBe(before);
}

/** Sets the uncompressed size every central-directory entry declares, as a zip bomb would. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 4 <= copy.length; at += 1) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return copy;
}

describe('bad input to an import', () => {
  it('refuses a 200 MB file at the door, as text or as bytes', async () => {
    const core = await startTestCore(tempDir(), { now: clock });
    await core.dispatch('applications:create', { company: 'Already Here' }, appCaller);
    const huge = 'a'.repeat(200 * 1024 * 1024);
    await expectRefused(core, { name: 'big.csv', text: huge }, /25 MB/);
    await expectRefused(core, { name: 'big.zip', base64: huge }, /25 MB/);
    core.close();
  });

  it('refuses a binary renamed .csv, a zip renamed .csv, an empty file and a name it cannot read', async () => {
    const core = await startTestCore(tempDir(), { now: clock });
    const binary = Uint8Array.from({ length: 4096 }, (_, at) => (at * 37) % 256);
    await expectRefused(core, { name: 'photo.csv', base64: base64(binary) }, /text/);
    await expectRefused(core, { name: 'archive.csv', base64: base64(zipSync({ 'a.txt': strToU8('hi') })) }, /text/);
    await expectRefused(core, { name: 'empty.csv', text: '' });
    await expectRefused(core, { name: 'notes.pdf', text: 'Company\nAcme\n' }, /notes\.pdf/);
    await expectRefused(core, { name: 'both.csv', text: 'a', base64: 'YQ==' });
    core.close();
  });

  it('refuses a zip bomb from its directory, before inflating anything: too large unpacked, or too many files', async () => {
    const core = await startTestCore(tempDir(), { now: clock });
    const honest = zipSync({ 'Jobs/Job Applications.csv': strToU8(applications) });
    await expectRefused(core, { name: 'export.zip', base64: base64(declareSize(honest, 300 * 1024 * 1024)) }, /200 MB/);
    const crowd: Record<string, Uint8Array> = {};
    for (let n = 0; n <= maxArchiveEntries; n += 1) crowd[`f${n}.txt`] = new Uint8Array(0);
    crowd['Jobs/Job Applications.csv'] = strToU8(applications);
    await expectRefused(core, { name: 'export.zip', base64: base64(zipSync(crowd, { level: 0 })) }, /1,000/);
    // An entry that inflates past the size it declared is damaged, not read.
    await expectRefused(core, {
      name: 'export.zip',
      base64: base64(declareSize(zipSync({ 'Jobs/Job Applications.csv': strToU8(applications) }, { level: 9 }), 10)),
    });
    await expectRefused(
      core,
      { name: 'export.zip', base64: base64(zipSync({ 'Profile.csv': strToU8('a,b\n1,2\n') })) },
      /Job Applications/,
    );
    await expectRefused(core, { name: 'cut.zip', base64: base64(honest.subarray(0, honest.length - 30)) });
    core.close();
  });

  it('refuses an xlsx that is not one, and an unclosed quote with its line', async () => {
    const core = await startTestCore(tempDir(), { now: clock });
    await expectRefused(core, { name: 'sheet.xlsx', text: 'Company\nAcme\n' });
    await expectRefused(core, { name: 'sheet.xlsx', base64: base64(zipSync({ 'hello.txt': strToU8('no workbook here') })) });
    await expectRefused(core, { name: 'q.csv', text: 'Company,Role\nAcme,"Pilot\nBeta,Cook\n' }, /Line 2/);
    core.close();
  });

  it('adds nothing when an insert fails part way: the transaction rolls every row back', async () => {
    const core = await startTestCore(tempDir(), { now: clock });
    const before = contentHash(core.db);
    // A stand-in for a disk error on the second row: this connection's own trigger, gone when it closes.
    core.db.exec(
      "CREATE TEMP TRIGGER fail_second BEFORE INSERT ON main.applications WHEN NEW.company = 'Second Co' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END",
    );
    const text = 'Company,Role\nFirst Co,Writer\nSecond Co,Editor\nThird Co,Cook\n';
    const result = await core.dispatch('imports:apply', { name: 'three.csv', text }, appCaller);
    expect(result.ok).toBe(false);
    expect(contentHash(core.db)).toBe(before);
    core.db.exec('DROP TRIGGER fail_second');
    await expect(core.dispatch('imports:apply', { name: 'three.csv', text }, appCaller)).resolves.toMatchObject({
      ok: true,
      data: { added: 3 },
    });
    core.close();
  });
});
