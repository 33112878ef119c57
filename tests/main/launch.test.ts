import { describe, expect, it } from 'vitest';
import { launchShowsWindow, openedAtLogin } from '../../electron/main/launch';

describe('whether a launch shows the window', () => {
  it.each([
    ['started by hand from a menu (packaged)', ['/opt/Rebound/rebound'], false, true],
    ['started by hand with npm start', ['/x/electron', '/x/rebound'], false, true],
    ['a second launch by hand', ['/opt/Rebound/rebound', '--no-sandbox'], false, true],
    ['Linux autostart entry', ['/opt/Rebound/rebound', '--hidden'], false, false],
    ['Windows login item, flag after the app folder', ['C:\\R\\electron.exe', 'C:\\R\\app', '--hidden'], false, false],
    ['macOS login item (no arguments possible)', ['/Applications/Rebound.app/Contents/MacOS/Rebound'], true, false],
    ['a flag that only looks alike', ['/opt/Rebound/rebound', '--hidden-extra'], false, true],
  ])('%s', (_name, argv, atLogin, shows) => {
    expect(launchShowsWindow(argv, atLogin)).toBe(shows);
  });
});

describe('opened at login (macOS asks the system)', () => {
  it.each([
    ['darwin', { wasOpenedAtLogin: true }, true],
    ['darwin', { wasOpenedAtLogin: false }, false],
    ['darwin', {}, false],
    // Only macOS reports it; elsewhere the --hidden flag tells, whatever the call would say.
    ['win32', { wasOpenedAtLogin: true }, false],
    ['linux', { wasOpenedAtLogin: true }, false],
  ] as const)('%s reporting %j', (platform, settings, expected) => {
    expect(openedAtLogin(platform, () => settings)).toBe(expected);
  });

  it('treats a failing call as a launch by hand (the window shows rather than vanishing)', () => {
    expect(
      openedAtLogin('darwin', () => {
        throw new Error('not available');
      }),
    ).toBe(false);
  });
});
