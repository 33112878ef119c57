import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  applyLoginItem,
  appImagePath,
  autostartEntry,
  autostartIcon,
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
      autostartEntry({
        command: ['/opt/Rebound/rebound', '--hidden'],
        icon: '/opt/Rebound/icon.png',
        comment: 'Your job-search companion.',
      }),
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

describe('the login item of an installed Rebound on Linux', () => {
  const mount = '/tmp/.mount_ReboundAbC123';
  const appImageEnv = { APPIMAGE: '/home/sam/Apps/Rebound-0.1.0-x86_64.AppImage', APPDIR: mount };

  it('starts the AppImage file itself, never the temporary mount it runs from', () => {
    expect(
      launchCommand({ execPath: `${mount}/rebound`, isPackaged: true, appPath: `${mount}/resources/app.asar`, env: appImageEnv }),
    ).toEqual(['/home/sam/Apps/Rebound-0.1.0-x86_64.AppImage', '--hidden']);
  });

  it('ignores $APPIMAGE when it is blank or relative, and when running unpackaged', () => {
    expect(appImagePath({ APPIMAGE: '  ' })).toBeNull();
    expect(appImagePath({ APPIMAGE: 'Rebound.AppImage' })).toBeNull();
    expect(launchCommand({ execPath: '/x/electron', isPackaged: false, appPath: '/src', env: appImageEnv })).toEqual([
      '/x/electron',
      '/src',
      '--hidden',
    ]);
  });

  it('names the icon copy outside the asar archive in a .deb install', () => {
    expect(
      autostartIcon({
        isPackaged: true,
        icon: '/opt/Rebound/resources/app.asar/resources/icon.png',
        resourcesPath: '/opt/Rebound/resources',
        env: {},
        homeDir: '/home/sam',
      }),
    ).toEqual({ path: '/opt/Rebound/resources/icons/icon.png' });
  });

  it("copies the AppImage's icon out of the mount into the user's icon folder", () => {
    const base = {
      isPackaged: true,
      icon: `${mount}/resources/app.asar/resources/icon.png`,
      resourcesPath: `${mount}/resources`,
      homeDir: '/home/sam',
    };
    expect(autostartIcon({ ...base, env: appImageEnv })).toEqual({
      path: '/home/sam/.local/share/icons/hicolor/512x512/apps/rebound.png',
      copyFrom: `${mount}/resources/icons/icon.png`,
    });
    expect(autostartIcon({ ...base, env: { ...appImageEnv, XDG_DATA_HOME: '/data/share' } }).path).toBe(
      '/data/share/icons/hicolor/512x512/apps/rebound.png',
    );
    expect(autostartIcon({ ...base, env: { ...appImageEnv, XDG_DATA_HOME: 'rel' } }).path).toBe(
      '/home/sam/.local/share/icons/hicolor/512x512/apps/rebound.png',
    );
  });

  it('keeps the project icon when running unpackaged (npm start)', () => {
    expect(autostartIcon({ isPackaged: false, icon: '/src/rebound/resources/icon.png', env: appImageEnv, homeDir: '/home/sam' })).toEqual({
      path: '/src/rebound/resources/icon.png',
    });
  });

  it('writes an autostart file that still works after the AppImage is unmounted', () => {
    const root = tempDir();
    const mounted = path.join(root, 'mount');
    fs.mkdirSync(path.join(mounted, 'resources', 'icons'), { recursive: true });
    fs.writeFileSync(path.join(mounted, 'resources', 'icons', 'icon.png'), 'png bytes');
    const { host: linux } = host('linux', {
      env: {
        XDG_CONFIG_HOME: path.join(root, 'config'),
        XDG_DATA_HOME: path.join(root, 'share'),
        APPIMAGE: '/home/sam/Rebound.AppImage',
        APPDIR: mounted,
      },
      execPath: path.join(mounted, 'rebound'),
      resourcesPath: path.join(mounted, 'resources'),
      homeDir: root,
    });
    applyLoginItem(true, linux);
    fs.rmSync(mounted, { recursive: true });
    const icon = path.join(root, 'share', 'icons', 'hicolor', '512x512', 'apps', 'rebound.png');
    expect(fs.readFileSync(icon, 'utf8')).toBe('png bytes');
    const text = fs.readFileSync(path.join(root, 'config', 'autostart', 'rebound.desktop'), 'utf8');
    expect(text).toContain('Exec="/home/sam/Rebound.AppImage" --hidden\n');
    expect(text).toContain(`Icon=${icon}\n`);
    expect(text).not.toContain(mounted);
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
    const { app: devApp, host: dev } = host('win32', {
      execPath: 'C:\\e\\electron.exe',
      isPackaged: false,
      appPath: 'C:\\My Code\\rebound',
    });
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
