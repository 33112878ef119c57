import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../electron/core/startCore';
import { appCaller, startTestCore } from '../support/core';
import { tempDir } from '../support/tempDir';

let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

describe('refused calls are reported to main, never with their payload', () => {
  it('tells onRefused the channel and the code for each kind of refusal, and nothing for a good call', async () => {
    const onRefused = vi.fn();
    core = await startTestCore(tempDir(), { onRefused });
    const secret = 'I cried in the car park';
    await core.dispatch('wins:nope', { note: secret }, appCaller);
    await core.dispatch('wins:log', { note: secret }, { url: 'https://evil.example/', isMainFrame: true });
    await core.dispatch('wins:log', { note: secret }, { url: appCaller.url, isMainFrame: false });
    await core.dispatch('wins:log', { kind: 'not-a-kind', note: secret }, appCaller);
    await core.dispatch('app:info', undefined, appCaller);
    expect(onRefused.mock.calls).toEqual([
      ['wins:nope', 'unknown_channel'],
      ['wins:log', 'forbidden'],
      ['wins:log', 'forbidden'],
      ['wins:log', 'invalid_input'],
    ]);
    expect(JSON.stringify(onRefused.mock.calls)).not.toContain(secret);
  });
});

describe('the desktop shell channels', () => {
  it('app:ready tells main the page listens', async () => {
    const pageReady = vi.fn();
    core = await startTestCore(tempDir(), { shell: { pageReady } });
    expect(await core.dispatch('app:ready', undefined, appCaller)).toEqual({ ok: true, data: { ready: true } });
    expect(pageReady).toHaveBeenCalledTimes(1);
  });

  it('app:ready from another origin is refused and main hears nothing', async () => {
    const pageReady = vi.fn();
    core = await startTestCore(tempDir(), { shell: { pageReady } });
    const result = await core.dispatch('app:ready', undefined, { url: 'https://evil.example/', isMainFrame: true });
    expect(result.ok).toBe(false);
    expect(pageReady).not.toHaveBeenCalled();
  });

  it('app:openLogFolder opens the folder through main and says where it is', async () => {
    const openLogFolder = vi.fn(async () => true);
    core = await startTestCore(tempDir(), { shell: { openLogFolder, logFolder: '/data/Rebound/logs' } });
    expect(await core.dispatch('app:openLogFolder', undefined, appCaller)).toEqual({
      ok: true,
      data: { opened: true, path: '/data/Rebound/logs' },
    });
    expect(openLogFolder).toHaveBeenCalledTimes(1);
  });

  it('app:openLogFolder reports a folder that would not open, and the harness (no shell) opens nothing', async () => {
    core = await startTestCore(tempDir(), { shell: { openLogFolder: () => false, logFolder: '/x/logs' } });
    expect(await core.dispatch('app:openLogFolder', undefined, appCaller)).toEqual({ ok: true, data: { opened: false, path: '/x/logs' } });
    core.close();
    core = await startTestCore(tempDir());
    expect(await core.dispatch('app:openLogFolder', undefined, appCaller)).toEqual({ ok: true, data: { opened: false, path: '' } });
  });
});
