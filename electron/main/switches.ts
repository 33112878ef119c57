/**
 * Chromium switches to append before `ready` (app.commandLine.appendSwitch).
 * On Linux, Electron runs native Wayland when the session is Wayland (its
 * default `--ozone-platform-hint=auto`), and there global shortcuts go through
 * the XDG desktop portal only when Chromium's `GlobalShortcutsPortal` feature
 * is on. An explicit `--ozone-platform=x11` (XWayland) keeps the X11 path,
 * where shortcuts work without it.
 */
export function startupSwitches(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
  argv: readonly string[],
): Array<[string, string]> {
  if (platform !== 'linux') return [];
  return runsOnWayland(env, argv) ? [['enable-features', 'GlobalShortcutsPortal']] : [];
}

function flagValue(argv: readonly string[], name: string): string | undefined {
  const prefix = `--${name}=`;
  const found = [...argv].reverse().find((arg) => arg.startsWith(prefix));
  return found?.slice(prefix.length).toLowerCase();
}

/** Which platform Chromium will pick: an explicit flag wins, then the hint, then the session itself. */
export function runsOnWayland(env: Record<string, string | undefined>, argv: readonly string[]): boolean {
  const explicit = flagValue(argv, 'ozone-platform');
  if (explicit) return explicit === 'wayland';
  const hint = flagValue(argv, 'ozone-platform-hint') ?? env.ELECTRON_OZONE_PLATFORM_HINT?.toLowerCase();
  if (hint === 'x11') return false;
  if (hint === 'wayland') return Boolean(env.WAYLAND_DISPLAY) || env.XDG_SESSION_TYPE === 'wayland';
  // auto (Electron's default since 38): Wayland when a Wayland display is there to connect to.
  return Boolean(env.WAYLAND_DISPLAY?.trim());
}
