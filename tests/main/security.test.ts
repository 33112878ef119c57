import { describe, expect, it, vi } from 'vitest';
import { hardenContents, isAppUrl, limitPermissions, permissionAllowed } from '../../electron/main/security';

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

  // Written from Electron's permission names and Rebound's one origin, not from the code: only "Copy note" may pass.
  it.each([
    ['clipboard-sanitized-write', 'app://rebound', true],
    ['clipboard-sanitized-write', 'app://rebound/index.html#/reflect', true],
    ['clipboard-sanitized-write', 'app://evil', false],
    ['clipboard-sanitized-write', 'https://rebound', false],
    ['clipboard-sanitized-write', 'file:///tmp/x.html', false],
    ['clipboard-sanitized-write', '', false],
    ['clipboard-sanitized-write', undefined, false],
    ['clipboard-read', 'app://rebound', false],
    ['media', 'app://rebound', false],
    ['notifications', 'app://rebound', false],
    ['geolocation', 'app://rebound', false],
    ['openExternal', 'app://rebound', false],
  ])('permission %s from %s is allowed: %s', (permission, origin, allowed) => {
    expect(permissionAllowed(permission, origin)).toBe(allowed);
  });

  it('answers permission requests and checks alike, by the requesting origin', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    limitPermissions(session as never);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0];
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0];
    const page = { getURL: () => 'app://rebound/index.html' };
    const answers: boolean[] = [];
    request(page, 'media', (granted: boolean) => answers.push(granted), { requestingUrl: 'app://rebound/index.html' });
    request(page, 'clipboard-sanitized-write', (granted: boolean) => answers.push(granted), { requestingUrl: 'app://rebound/index.html' });
    request(page, 'clipboard-sanitized-write', (granted: boolean) => answers.push(granted), { requestingUrl: 'https://evil.example' });
    expect(answers).toEqual([false, true, false]);
    expect(check(page, 'clipboard-sanitized-write', 'app://rebound', {})).toBe(true);
    expect(check(page, 'notifications', 'app://rebound', {})).toBe(false);
    expect(check(null, 'clipboard-sanitized-write', 'https://evil.example', {})).toBe(false);
  });

  it('knows the app origin', () => {
    expect(isAppUrl('app://rebound/x')).toBe(true);
    expect(isAppUrl('app://rebound.evil/x')).toBe(false);
  });
});
