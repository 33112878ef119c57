import fs from 'node:fs';
import path from 'node:path';
import type { App } from 'electron';

/** The flag a login item starts Rebound with, so it stays in the tray (see launch.ts: a launch by hand shows the window). */
export const hiddenFlag = '--hidden';

/** A second launch from a login item must not pop the window open; a launch by hand does. */
export function revealsWindow(argv: readonly string[]): boolean {
  return !argv.includes(hiddenFlag);
}

/**
 * The AppImage file Rebound runs from, when it does: AppImage's runtime sets
 * $APPIMAGE to the file's absolute path. The executable itself sits in a
 * temporary mount (/tmp/.mount_…) that is gone after this run.
 */
export function appImagePath(env: Record<string, string | undefined>): string | null {
  const file = env.APPIMAGE?.trim();
  return file && path.posix.isAbsolute(file) ? file : null;
}

/**
 * What to run at login: the executable (the AppImage file itself inside an
 * AppImage), the app folder when running unpackaged (npm start), and --hidden.
 */
export function launchCommand(options: {
  execPath: string;
  isPackaged: boolean;
  appPath: string;
  env?: Record<string, string | undefined>;
}): string[] {
  const appImage = options.env ? appImagePath(options.env) : null;
  if (options.isPackaged && appImage) return [appImage, hiddenFlag];
  return options.isPackaged ? [options.execPath, hiddenFlag] : [options.execPath, options.appPath, hiddenFlag];
}

/**
 * The icon the autostart entry names: a file the desktop can read after this
 * run. Packaged, that is the copy electron-builder puts outside the asar
 * archive (resources/icons/icon.png); inside an AppImage even that sits in the
 * temporary mount, so it is copied once to the user's icon folder
 * ($XDG_DATA_HOME, or ~/.local/share, /icons/hicolor/512x512/apps).
 */
export function autostartIcon(host: Pick<LoginItemHost, 'isPackaged' | 'icon' | 'resourcesPath' | 'env' | 'homeDir'>): {
  path: string;
  copyFrom?: string;
} {
  const icon = host.isPackaged && host.resourcesPath ? path.join(host.resourcesPath, 'icons', 'icon.png') : host.icon;
  if (!host.isPackaged || !appImagePath(host.env)) return { path: icon };
  const configured = host.env.XDG_DATA_HOME?.trim();
  const dataHome = configured && path.posix.isAbsolute(configured) ? configured : path.posix.join(host.homeDir, '.local', 'share');
  return { path: path.posix.join(dataHome, 'icons', 'hicolor', '512x512', 'apps', 'rebound.png'), copyFrom: icon };
}

/**
 * Quotes one Exec argument per the Desktop Entry spec: inside double quotes,
 * `"`, `` ` ``, `$` and `\` are escaped with a backslash; then the value's own
 * string escaping doubles every backslash; `%` is doubled so it is never read
 * as a field code. Paths with a newline cannot be written and are refused.
 */
export function quoteExecArg(arg: string): string {
  if (/[\n\r\0]/.test(arg)) throw new Error('A launch path cannot contain a line break.');
  const quoted = `"${arg.replace(/(["`$\\])/g, '\\$1')}"`;
  return quoted.replace(/\\/g, '\\\\').replace(/%/g, '%%');
}

/** The XDG autostart entry: a pure function of the command, so it can be checked word for word. */
export function autostartEntry(options: { command: readonly string[]; icon: string; comment: string }): string {
  const plain = (value: string) => value.replace(/[\n\r]/g, ' ');
  const exec = options.command.map((arg) => (arg === hiddenFlag ? arg : quoteExecArg(arg))).join(' ');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Rebound',
    `Comment=${plain(options.comment)}`,
    `Exec=${exec}`,
    `Icon=${plain(options.icon)}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** ~/.config/autostart/rebound.desktop, honouring an absolute $XDG_CONFIG_HOME (a relative one is ignored, per the spec). */
export function autostartPath(env: Record<string, string | undefined>, homeDir: string): string {
  const configured = env.XDG_CONFIG_HOME?.trim();
  const base = configured && path.isAbsolute(configured) ? configured : path.join(homeDir, '.config');
  return path.join(base, 'autostart', 'rebound.desktop');
}

export interface LoginItemHost {
  platform: NodeJS.Platform;
  app: Pick<App, 'setLoginItemSettings' | 'getLoginItemSettings'>;
  env: Record<string, string | undefined>;
  homeDir: string;
  execPath: string;
  isPackaged: boolean;
  appPath: string;
  icon: string;
  /** process.resourcesPath when packaged: the folder that holds app.asar and the icons outside it. */
  resourcesPath?: string;
  comment: string;
  fs?: Pick<typeof fs, 'mkdirSync' | 'writeFileSync' | 'renameSync' | 'rmSync' | 'existsSync' | 'copyFileSync'>;
}

/**
 * Turns launch at login on or off. macOS and Windows use the system's login
 * items (app.setLoginItemSettings; `args` and `path` are Windows-only, and
 * Electron no longer offers openAsHidden, which macOS 13+ ignored anyway:
 * Rebound starts hidden regardless). Linux gets an XDG autostart file,
 * written atomically and removed when turned off. Throws when it cannot.
 */
/** Windows' login item: the executable, and its arguments with paths wrapped in quotes (as Electron's docs ask). */
export function windowsLoginItem(host: Pick<LoginItemHost, 'execPath' | 'isPackaged' | 'appPath'>): { path: string; args: string[] } {
  const [exec, ...args] = launchCommand(host);
  return { path: exec as string, args: args.map((arg) => (arg === hiddenFlag ? arg : `"${arg}"`)) };
}

export function applyLoginItem(enabled: boolean, host: LoginItemHost): void {
  const command = launchCommand(host);
  if (host.platform === 'win32') {
    host.app.setLoginItemSettings({ openAtLogin: enabled, ...windowsLoginItem(host) });
    return;
  }
  if (host.platform === 'darwin') {
    host.app.setLoginItemSettings({ openAtLogin: enabled });
    return;
  }
  const files = host.fs ?? fs;
  const file = autostartPath(host.env, host.homeDir);
  if (!enabled) {
    files.rmSync(file, { force: true });
    return;
  }
  const icon = autostartIcon(host);
  if (icon.copyFrom) {
    files.mkdirSync(path.dirname(icon.path), { recursive: true });
    files.copyFileSync(icon.copyFrom, icon.path);
  }
  files.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp-${process.pid}`;
  files.writeFileSync(temp, autostartEntry({ command, icon: icon.path, comment: host.comment }), { mode: 0o644 });
  files.renameSync(temp, file);
}

/** Whether Rebound is set to start at login as far as the system knows. */
export function loginItemEnabled(host: LoginItemHost): boolean {
  if (host.platform === 'win32') return host.app.getLoginItemSettings(windowsLoginItem(host)).openAtLogin;
  if (host.platform === 'darwin') return host.app.getLoginItemSettings().openAtLogin;
  return (host.fs ?? fs).existsSync(autostartPath(host.env, host.homeDir));
}
