import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, hardenContents, isAppUrl } from '../../electron/main/security';

vi.mock('electron', () => ({}));

function fakeContents() {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  return {
    on: vi.fn((name: string, fn: (...args: unknown[]) => void) => listeners.set(name, fn)),
    setWindowOpenHandler: vi.fn((fn: typeof openHandler) => {
      openHandler = fn;
    }),
    fire: (name: string, url?: string) => {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)?.(event, url);
      return event.preventDefault.mock.calls.length > 0;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('every web contents is locked down', () => {
  it.each([
    ['app://rebound/index.html#/wins', false],
    ['https://example.com', true],
    ['file:///etc/passwd', true],
    ['app://evil/index.html', true],
    ['javascript:alert(1)', true],
  ])('navigation to %s is prevented: %s', (url, prevented) => {
    const contents = fakeContents();
    hardenContents(contents as never, vi.fn());
    expect(contents.fire('will-navigate', url)).toBe(prevented);
    expect(contents.fire('will-redirect', url)).toBe(prevented);
  });

  it('never attaches a <webview>', () => {
    const contents = fakeContents();
    hardenContents(contents as never, vi.fn());
    expect(contents.fire('will-attach-webview')).toBe(true);
  });

  it('denies every new window; a checked link goes to the system instead', () => {
    const contents = fakeContents();
    const openExternal = vi.fn();
    hardenContents(contents as never, openExternal);
    expect(contents.open('https://jobs.example.com/1')).toEqual({ action: 'deny' });
    expect(contents.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(contents.open('app://rebound/index.html')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://jobs.example.com/1']]);
  });

  it('denies every permission request and check', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    denyAllPermissions(session as never);
    const callback = vi.fn();
    session.setPermissionRequestHandler.mock.calls[0]?.[0](null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.setPermissionCheckHandler.mock.calls[0]?.[0](null, 'notifications')).toBe(false);
  });

  it('knows the app origin', () => {
    expect(isAppUrl('app://rebound/x')).toBe(true);
    expect(isAppUrl('app://rebound.evil/x')).toBe(false);
  });
});
