import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  applyLoginItem,
  autostartEntry,
  autostartPath,
  launchCommand,
  loginItemEnabled,
  quoteExecArg,
  revealsWindow,
  type LoginItemHost,
} from '../../electron/main/loginItem';
import { createShortcutHolder } from '../../electron/main/shortcut';
import { tempDir } from '../support/tempDir';

vi.mock('electron', () => ({}));

function host(platform: NodeJS.Platform, overrides: Partial<LoginItemHost> = {}) {
  const app = { setLoginItemSettings: vi.fn(), getLoginItemSettings: vi.fn(() => ({ openAtLogin: true }) as never) };
  return {
    app,
    host: {
      platform,
      app,
      env: {},
      homeDir: '/home/sam',
      execPath: '/opt/Rebound/rebound',
      isPackaged: true,
      appPath: '/opt/Rebound/resources/app.asar',
      icon: '/opt/Rebound/resources/icon.png',
      comment: 'Your job-search companion.',
      ...overrides,
    } satisfies LoginItemHost,
  };
}

describe('the XDG autostart file on Linux', () => {
  it('has exactly the agreed content, with the executable quoted and --hidden', () => {
    expect(
      autostartEntry({ command: ['/opt/Rebound/rebound', '--hidden'], icon: '/opt/Rebound/icon.png', comment: 'Your job-search companion.' }),
    ).toBe(
      [
        '[Desktop Entry]',
        'Type=Application',
        'Name=Rebound',
        'Comment=Your job-search companion.',
        'Exec="/opt/Rebound/rebound" --hidden',
        'Icon=/opt/Rebound/icon.png',
        'Terminal=false',
        'X-GNOME-Autostart-enabled=true',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['a space', '/home/sam/My Apps/rebound', '"/home/sam/My Apps/rebound"'],
    ['a double quote', '/opt/a"b/rebound', '"/opt/a\\\\"b/rebound"'],
    ['a dollar and a backtick', '/opt/$x`y`/rebound', '"/opt/\\\\$x\\\\`y\\\\`/rebound"'],
    ['a backslash', '/opt/a\\b/rebound', '"/opt/a\\\\\\\\b/rebound"'],
    ['a percent sign', '/opt/100%/rebound', '"/opt/100%%/rebound"'],
  ])('quotes a path with %s per the Desktop Entry spec', (_name, raw, quoted) => {
    expect(quoteExecArg(raw)).toBe(quoted);
  });

  it('refuses a path with a line break rather than writing a broken file', () => {
    expect(() => quoteExecArg('/opt/a\nb')).toThrow(/line break/);
  });

  it('lives in ~/.config/autostart, or under an absolute $XDG_CONFIG_HOME', () => {
    expect(autostartPath({}, '/home/sam')).toBe('/home/sam/.config/autostart/rebound.desktop');
    expect(autostartPath({ XDG_CONFIG_HOME: '/data/cfg' }, '/home/sam')).toBe('/data/cfg/autostart/rebound.desktop');
    expect(autostartPath({ XDG_CONFIG_HOME: 'relative/cfg' }, '/home/sam')).toBe('/home/sam/.config/autostart/rebound.desktop');
  });

  it('is written when turned on and removed when turned off', () => {
    const config = tempDir();
    const { host: linux } = host('linux', { env: { XDG_CONFIG_HOME: config }, isPackaged: false, appPath: '/src/rebound' });
    applyLoginItem(true, linux);
    const file = path.join(config, 'autostart', 'rebound.desktop');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('Exec="/opt/Rebound/rebound" "/src/rebound" --hidden\n');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['rebound.desktop']);
    expect(loginItemEnabled(linux)).toBe(true);
    applyLoginItem(false, linux);
    expect(fs.existsSync(file)).toBe(false);
    expect(loginItemEnabled(linux)).toBe(false);
    expect(() => applyLoginItem(false, linux)).not.toThrow();
  });
});

describe('login items on macOS and Windows', () => {
  it('uses the system login item on macOS (args and openAsHidden are not offered there)', () => {
    const { app, host: mac } = host('darwin');
    applyLoginItem(true, mac);
    expect(app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true });
    applyLoginItem(false, mac);
    expect(app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: false });
    expect(loginItemEnabled(mac)).toBe(true);
  });

  it('passes the executable and --hidden on Windows, quoting the app folder when unpackaged', () => {
    const { app, host: win } = host('win32', { execPath: 'C:\\Rebound\\Rebound.exe' });
    applyLoginItem(true, win);
    expect(app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true, path: 'C:\\Rebound\\Rebound.exe', args: ['--hidden'] });
    const { app: devApp, host: dev } = host('win32', { execPath: 'C:\\e\\electron.exe', isPackaged: false, appPath: 'C:\\My Code\\rebound' });
    applyLoginItem(true, dev);
    expect(devApp.setLoginItemSettings).toHaveBeenCalledWith({
      openAtLogin: true,
      path: 'C:\\e\\electron.exe',
      args: ['"C:\\My Code\\rebound"', '--hidden'],
    });
    loginItemEnabled(dev);
    expect(devApp.getLoginItemSettings).toHaveBeenCalledWith({ path: 'C:\\e\\electron.exe', args: ['"C:\\My Code\\rebound"', '--hidden'] });
  });

  it('builds the launch command with the app folder only when unpackaged', () => {
    expect(launchCommand({ execPath: '/x/rebound', isPackaged: true, appPath: '/x/app.asar' })).toEqual(['/x/rebound', '--hidden']);
    expect(launchCommand({ execPath: '/x/electron', isPackaged: false, appPath: '/src' })).toEqual(['/x/electron', '/src', '--hidden']);
  });
});

describe('--hidden', () => {
  it('keeps a second launch from a login item from opening the window; a launch by hand still does', () => {
    expect(revealsWindow(['/opt/Rebound/rebound', '--hidden'])).toBe(false);
    expect(revealsWindow(['/opt/Rebound/rebound'])).toBe(true);
  });
});

describe('the global shortcut holder', () => {
  it('holds one shortcut, takes back the old one when the system refuses a new one, and releases it', () => {
    const taken = new Set(['Alt+Space']);
    const shortcuts = {
      register: vi.fn((accelerator: string) => {
        if (accelerator === 'Bogus+') throw new Error('bad accelerator');
        return !taken.has(accelerator);
      }),
      unregister: vi.fn(),
    };
    const holder = createShortcutHolder(shortcuts, vi.fn());
    expect(holder.apply({ enabled: true, accelerator: 'CommandOrControl+Shift+W' })).toBe(true);
    expect(holder.apply({ enabled: true, accelerator: 'CommandOrControl+Shift+W' })).toBe(true);
    expect(shortcuts.register).toHaveBeenCalledTimes(1);
    expect(holder.apply({ enabled: true, accelerator: 'Alt+Space' })).toBe(false);
    expect(holder.held()).toBe('CommandOrControl+Shift+W');
    expect(holder.apply({ enabled: true, accelerator: 'Bogus+' })).toBe(false);
    expect(holder.held()).toBe('CommandOrControl+Shift+W');
    expect(holder.apply({ enabled: false, accelerator: 'CommandOrControl+Shift+W' })).toBe(true);
    expect(holder.held()).toBeNull();
    expect(shortcuts.unregister).toHaveBeenLastCalledWith('CommandOrControl+Shift+W');
  });
});
