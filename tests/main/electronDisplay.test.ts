import { describe, expect, it } from 'vitest';
import { displayPlan, mustRunElectron } from '../electron/display';

describe('how the Electron suite gets a screen', () => {
  it.each([
    ['Linux desktop on X11', 'linux', { DISPLAY: ':0' }, false, 'use-current'],
    ['Linux desktop on Wayland', 'linux', { WAYLAND_DISPLAY: 'wayland-0' }, false, 'use-current'],
    ['a CI runner with xvfb-run', 'linux', {}, true, 'xvfb-run'],
    ['a blank DISPLAY is no display', 'linux', { DISPLAY: '  ' }, true, 'xvfb-run'],
    ['no display and no xvfb-run', 'linux', {}, false, 'no-display'],
    ['macOS always has one', 'darwin', {}, false, 'use-current'],
    ['Windows always has one', 'win32', {}, false, 'use-current'],
  ] as const)('%s', (_name, platform, env, hasXvfb, plan) => {
    expect(displayPlan(platform, env, hasXvfb)).toBe(plan);
  });

  it.each([
    [{ REBOUND_REQUIRE_ELECTRON: '1' }, true],
    [{ REBOUND_REQUIRE_ELECTRON: '0' }, false],
    [{ REBOUND_REQUIRE_ELECTRON: 'true' }, false],
    [{}, false],
  ])('REBOUND_REQUIRE_ELECTRON %j makes a missing Electron a failure: %s', (env, must) => {
    expect(mustRunElectron(env)).toBe(must);
  });
});
