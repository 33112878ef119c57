import { afterAll, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../support/tempDir';
import type { companionElectronMock } from './companionElectronMock';

const electron = vi.hoisted(() => ({ current: null as unknown as ReturnType<typeof companionElectronMock> }));
vi.mock('electron', async () => {
  const { companionElectronMock: make } = await import('./companionElectronMock');
  electron.current = make();
  return electron.current;
});

const originalDataDir = process.env.REBOUND_DATA_DIR;
afterAll(() => {
  vi.useRealTimers();
  if (originalDataDir === undefined) delete process.env.REBOUND_DATA_DIR;
  else process.env.REBOUND_DATA_DIR = originalDataDir;
});

describe('main at idle (electron mocked)', () => {
  it('has exactly one live timer after startup: the next reminder', async () => {
    process.env.REBOUND_DATA_DIR = tempDir();
    vi.useFakeTimers({ now: new Date('2026-11-26T11:00:00.000Z') });
    await import('../../electron/main/index');
    // start() runs after whenReady; wait until it built the tray (the last thing it does before the companion).
    await vi.waitFor(() => expect(electron.current.powerMonitor.listenerCount('resume')).toBe(1), { timeout: 10_000 });
    expect(electron.current.Tray).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(1);
    // Idle stays idle: an hour on, still that one timer. The tray's week line has no interval of its own
    // (it is refreshed after data changes and whenever the reminder timer is recomputed), and nothing polls.
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(vi.getTimerCount()).toBe(1);
    // The quit path releases everything: no timer and no shortcut left behind.
    const willQuit = electron.current.app.on.mock.calls.find(([name]) => name === 'will-quit')?.[1] as unknown as () => void;
    willQuit();
    expect(vi.getTimerCount()).toBe(0);
  });
});
