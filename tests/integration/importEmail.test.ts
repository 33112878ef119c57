import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../electron/core/imports/email';
import type { EmailReading } from '../../electron/core/imports/schema';
import { contentHash } from '../support/contentHash';
import { appCaller, startTestCore, type TestCore } from '../support/core';
import { tempDir } from '../support/tempDir';

/** imports:readEmail through core.dispatch: pasted text and saved .eml files, matched to a tracked application, never changing anything. */

const clock = () => new Date('2026-03-10T10:00:00Z');
const start = () => startTestCore(tempDir(), { now: clock });

async function read(core: TestCore, text: string): Promise<EmailReading> {
  const result = await core.dispatch('imports:readEmail', { text }, appCaller);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as EmailReading;
}

const multipart = [
  'From: "Ines Varga" <ines.varga@northwindferries.example>',
  'To: dana@example.com',
  'Subject: Your application for UX Researcher',
  'MIME-Version: 1.0',
  'Content-Type: multipart/alternative; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Hi Dana, thank you for meeting us. We have decided to move forward with oth=',
  'er candidates for the UX Researcher role at Northwind Ferries. Caf=C3=A9 soon?',
  '--b1',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<p>Hi Dana, <b>other</b> words in HTML</p>',
  '--b1--',
  '',
].join('\r\n');

describe('reading an email', () => {
  it('reads a saved .eml: its text part decoded, sender, company and role, and the tracked application it is about', async () => {
    const core = await start();
    const created = await core.dispatch(
      'applications:create',
      { company: 'Northwind Ferries', role: 'UX Researcher', status: 'applied' },
      appCaller,
    );
    const id = created.ok ? (created.data as { id: number }).id : 0;
    const hash = contentHash(core.db);
    const reading = await read(core, multipart);
    expect(reading).toEqual({
      kind: 'rejection',
      matched: 'decided to move forward with other candidates',
      company: 'Northwind Ferries',
      role: 'UX Researcher',
      senderName: 'Ines Varga',
      senderEmail: 'ines.varga@northwindferries.example',
      subject: 'Your application for UX Researcher',
      applicationId: id,
    });
    // Reading is only reading: the person confirms before anything is logged.
    expect(contentHash(core.db)).toBe(hash);
    core.close();
  });

  it('reads an HTML-only message as its words, and a base64 body', async () => {
    const core = await start();
    const html =
      'From: jobs@fernhill.example\nSubject: Hello\nContent-Type: text/html\n\n<div>We would like to <i>schedule an interview</i> with you.<script>steal()</script></div>\n';
    await expect(read(core, html)).resolves.toMatchObject({ kind: 'interview', matched: 'schedule an interview', company: 'Fernhill' });
    const base64 = `Subject: Thanks\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n${Buffer.from('Thank you for applying to Copperline!').toString('base64')}\n`;
    await expect(read(core, base64)).resolves.toMatchObject({ kind: 'received', company: 'Copperline' });
    core.close();
  });

  it('refuses an email with no text part, an empty paste, and one over the size limit', async () => {
    const core = await start();
    const attachmentOnly =
      'Subject: CV\nContent-Type: multipart/mixed; boundary="x"\n\n--x\nContent-Type: application/pdf\nContent-Disposition: attachment; filename="cv.pdf"\n\nJVBERi0x\n--x--\n';
    const textAttachment =
      'Subject: Notes\nContent-Type: multipart/mixed; boundary="y"\n\n--y\nContent-Type: text/plain; name="notes.txt"\nContent-Disposition: attachment; filename="notes.txt"\n\nWe have decided to move forward with other candidates.\n--y--\n';
    for (const text of [attachmentOnly, textAttachment, '   ', 'x'.repeat(5 * 1024 * 1024)]) {
      const result = await core.dispatch('imports:readEmail', { text }, appCaller);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    core.close();
  });

  it('never takes a job alert for a received note, even one that thanks you for applying before', () => {
    expect(classifyEmail('Job alert: 5 new roles. Thanks for applying through us last month!').kind).toBe('none');
    expect(classifyEmail('New jobs matching your search. Thank you for applying to jobs with us.').kind).toBe('none');
  });
});
