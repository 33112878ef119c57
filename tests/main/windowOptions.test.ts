import { describe, expect, it } from 'vitest';
import { mainWindowOptions, restorableBounds, spellcheckEnabled } from '../../electron/main/windowOptions';

describe('the main window', () => {
  const options = mainWindowOptions({ preload: '/app/out/preload/index.js', icon: '/app/resources/icon.png', bounds: null });

  it('starts hidden, so a tray click only has to show it', () => {
    expect(options.show).toBe(false);
  });

  it('turns on every security flag and no Node in the page', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
  });

  // Spellcheck downloads Hunspell dictionaries from a Google server on Windows and Linux (Electron's spellchecker
  // tutorial); macOS uses the system's checker and downloads nothing.
  it.each([
    ['darwin', true],
    ['win32', false],
    ['linux', false],
  ] as const)('spellcheck on %s: %s', (platform, on) => {
    expect(spellcheckEnabled(platform)).toBe(on);
    expect(mainWindowOptions({ preload: 'p', bounds: null, platform }).webPreferences?.spellcheck).toBe(on);
  });

  it('reuses saved bounds', () => {
    const bounds = { x: 40, y: 50, width: 900, height: 700 };
    expect(mainWindowOptions({ preload: 'p', bounds })).toMatchObject(bounds);
  });
});

describe('restoring the window where it was', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

  it.each([
    ['on screen', { x: 100, y: 100, width: 900, height: 700 }, true],
    ['partly off the right edge but still reachable', { x: 1700, y: 100, width: 900, height: 700 }, true],
    ['on a monitor that was unplugged', { x: 2500, y: 100, width: 900, height: 700 }, false],
    ['a sliver at the bottom', { x: 100, y: 1050, width: 900, height: 700 }, false],
    ['above the screen', { x: 100, y: -800, width: 900, height: 700 }, false],
  ])('%s', (_name, saved, kept) => {
    expect(restorableBounds(saved, screen)).toEqual(kept ? saved : null);
  });

  it('uses the default when nothing was saved', () => {
    expect(restorableBounds(null, screen)).toBeNull();
  });
});
