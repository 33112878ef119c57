import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../electron/core/ipc/contract';
import { callerOf, registerIpc, sendEvent } from '../../electron/main/ipc';

vi.mock('electron', () => ({}));

describe('IPC wiring', () => {
  it('registers exactly one handler per contract channel', () => {
    const ipcMain = { handle: vi.fn() };
    registerIpc(ipcMain, vi.fn());
    expect(ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual([...channels].sort());
  });

  it('passes the sender frame to the dispatcher, never trusting the payload for it', async () => {
    const ipcMain = { handle: vi.fn() };
    const dispatch = vi.fn(async () => ({ ok: true as const, data: null }));
    registerIpc(ipcMain, dispatch);
    const handler = ipcMain.handle.mock.calls.find(([channel]) => channel === 'settings:update')?.[1];
    const mainFrame = { url: 'app://rebound/index.html', parent: null };
    await handler({ senderFrame: mainFrame }, { theme: 'dark' });
    expect(dispatch).toHaveBeenCalledWith(
      'settings:update',
      { theme: 'dark' },
      {
        url: 'app://rebound/index.html',
        isMainFrame: true,
      },
    );
  });

  it.each([
    ['the top frame', { url: 'app://rebound/index.html', parent: null }, { url: 'app://rebound/index.html', isMainFrame: true }],
    ['an iframe', { url: 'app://rebound/x.html', parent: {} }, { url: 'app://rebound/x.html', isMainFrame: false }],
    ['a destroyed frame', null, { url: undefined, isMainFrame: false }],
  ])('describes %s as a caller', (_name, senderFrame, caller) => {
    expect(callerOf({ senderFrame } as never)).toEqual(caller);
  });

  it('sends events on their own wire names and skips a destroyed page', () => {
    const contents = { isDestroyed: vi.fn(() => false), send: vi.fn() };
    sendEvent(contents as never, 'nav:open', { view: 'wins', action: 'quick-log' });
    expect(contents.send).toHaveBeenCalledWith('event:nav:open', { view: 'wins', action: 'quick-log' });
    contents.isDestroyed.mockReturnValue(true);
    sendEvent(contents as never, 'data:changed', {});
    expect(contents.send).toHaveBeenCalledTimes(1);
    expect(() => sendEvent(undefined, 'data:changed', {})).not.toThrow();
  });
});
