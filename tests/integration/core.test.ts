import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { appCaller, startTestCore } from '../support/core';
import { tempDir } from '../support/tempDir';

describe('the core, started as main starts it', () => {
  it('answers app:info with the data folder and no notices on a clean start', async () => {
    const dir = tempDir();
    const core = await startTestCore(dir);
    await expect(core.dispatch('app:info', undefined, appCaller)).resolves.toEqual({
      ok: true,
      data: { version: 'test', dataDir: dir, notices: [] },
    });
    core.close();
  });

  it('keeps a settings change through a restart on the same folder', async () => {
    const dir = tempDir();
    const first = await startTestCore(dir);
    await first.dispatch('settings:update', { targets: { followUp: 4 } }, appCaller);
    first.close();
    const second = await startTestCore(dir);
    const result = await second.dispatch('settings:get', undefined, appCaller);
    expect(result.ok && (result.data as { targets: { followUp: number } }).targets.followUp).toBe(4);
    second.close();
  });

  it('tells the person, once, that an unreadable settings file was kept aside', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'settings.json'), '{ broken');
    const core = await startTestCore(dir);
    const info = await core.dispatch('app:info', undefined, appCaller);
    expect(info.ok).toBe(true);
    const notices = info.ok ? (info.data as { notices: { id: string; message: string; path: string }[] }).notices : [];
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toContain(notices[0]?.path);
    expect(fs.readFileSync(notices[0]?.path as string, 'utf8')).toBe('{ broken');
    await core.dispatch('app:dismissNotice', { id: 'settings-reset' }, appCaller);
    const after = await core.dispatch('app:info', undefined, appCaller);
    expect(after.ok && (after.data as { notices: unknown[] }).notices).toEqual([]);
    core.close();
  });

  it('opens only checked links, and says why it refused one', async () => {
    const openExternal = vi.fn();
    const core = await startTestCore(tempDir(), { openExternal });
    await expect(core.dispatch('app:openExternal', { url: 'https://example.com/job' }, appCaller)).resolves.toEqual({
      ok: true,
      data: { opened: true },
    });
    const refused = await core.dispatch('app:openExternal', { url: 'file:///etc/passwd' }, appCaller);
    // The page shows the field's sentence beside the link (mutation survivor, session 6: the fields were dropped).
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Rebound only opens web links (http or https) and email links.',
        fields: { url: 'Only http, https and mailto links can be opened.' },
      },
    });
    expect(openExternal).toHaveBeenCalledTimes(1);
    core.close();
  });
});
