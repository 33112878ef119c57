import { hiddenFlag } from './loginItem';

/**
 * Whether this launch shows the window. Started by hand (a menu, a dock, a
 * terminal) it does: on stock GNOME there is no tray to click, so a hidden
 * start would look like nothing happened. Started at login it stays in the
 * tray: Linux's autostart entry and Windows' login item pass `--hidden`;
 * macOS login items cannot pass arguments, so there the system's own
 * `wasOpenedAtLogin` tells.
 */
export function launchShowsWindow(argv: readonly string[], wasOpenedAtLogin: boolean): boolean {
  return !wasOpenedAtLogin && !argv.includes(hiddenFlag);
}

/**
 * macOS only: `app.getLoginItemSettings().wasOpenedAtLogin`. Electron reads it
 * from the launch's Apple event on every macOS version it supports; the
 * `wasOpenedAsHidden` / `openAsHidden` pair is deprecated and always false on
 * macOS 13+, so it is never consulted. Elsewhere the flag does the telling.
 */
export function openedAtLogin(platform: NodeJS.Platform, loginItemSettings: () => { wasOpenedAtLogin?: boolean }): boolean {
  if (platform !== 'darwin') return false;
  try {
    return loginItemSettings().wasOpenedAtLogin === true;
  } catch {
    return false;
  }
}
