import { describe, expect, it } from 'vitest';
import { startupSwitches } from '../../electron/main/switches';

const portal: Array<[string, string]> = [['enable-features', 'GlobalShortcutsPortal']];

describe('switches appended before ready', () => {
  it.each([
    ['GNOME on Wayland', 'linux', { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' }, [], portal],
    ['KDE on Wayland with only the display set', 'linux', { WAYLAND_DISPLAY: 'wayland-0' }, [], portal],
    ['X11 session', 'linux', { XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' }, [], []],
    ['xvfb (no session type at all)', 'linux', { DISPLAY: ':99' }, [], []],
    ['Wayland session forced onto XWayland', 'linux', { WAYLAND_DISPLAY: 'wayland-0' }, ['--ozone-platform=x11'], []],
    ['X11 hint in the environment', 'linux', { WAYLAND_DISPLAY: 'wayland-0', ELECTRON_OZONE_PLATFORM_HINT: 'x11' }, [], []],
    ['X11 hint on the command line', 'linux', { WAYLAND_DISPLAY: 'wayland-0' }, ['--ozone-platform-hint=x11'], []],
    ['explicit Wayland flag', 'linux', { WAYLAND_DISPLAY: 'wayland-0' }, ['--ozone-platform=wayland'], portal],
    ['session says Wayland but no display to reach', 'linux', { XDG_SESSION_TYPE: 'wayland' }, [], []],
    ['macOS', 'darwin', { WAYLAND_DISPLAY: 'wayland-0' }, [], []],
    ['Windows', 'win32', {}, [], []],
  ] as const)('%s', (_name, platform, env, argv, expected) => {
    expect(startupSwitches(platform, env, argv)).toEqual(expected);
  });
});
