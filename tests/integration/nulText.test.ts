import { afterEach, describe, expect, it } from 'vitest';
import { appCaller, startTestCore, type TestCore } from '../support/core';
import { contentHash } from '../support/contentHash';
import { tempDir } from '../support/tempDir';

let core: TestCore | null = null;
afterEach(() => core?.close());

describe('text with a NUL character, through the real gate and store', () => {
  it.each([
    ['applications:create', { company: '\u0000Acme' }, 'company'],
    ['wins:log', { kind: 'custom', title: 'Sent it\u0000', day: '2026-03-02' }, 'title'],
    ['rejections:create', { company: 'Acme', receivedOn: '2026-03-02', note: 'a\u0000b' }, 'note'],
  ])('%s is refused beside the field, never as an internal error, and stores nothing', async (channel, input, field) => {
    core = await startTestCore(tempDir(), { now: () => new Date('2026-03-03T10:00:00') });
    const before = contentHash(core.db);
    const result = await core.dispatch(channel, input, appCaller);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { [field]: expect.any(String) } } });
    expect(contentHash(core.db)).toBe(before);
  });
});
