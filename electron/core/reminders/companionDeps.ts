/**
 * What the companion channels need from the host (Electron in the app, a
 * stand-in in the browser harness and tests). Core never imports electron.
 */
export interface CompanionDeps {
  /** Asks the system for the global shortcut (or releases it when disabled); false when the system refuses. */
  applyShortcut(shortcut: { enabled: boolean; accelerator: string }): boolean;
  /** Whether the shortcut saved in settings is actually held right now. */
  shortcutActive(): boolean;
  /** Adds or removes Rebound as a login item; throws when it cannot. */
  applyLaunchAtLogin(enabled: boolean): void;
  notificationsSupported(): boolean;
}

/** The harness and tests: every request succeeds and nothing outside the process changes. */
export function inertCompanionDeps(): CompanionDeps {
  let active = false;
  return {
    applyShortcut: (shortcut) => {
      active = shortcut.enabled;
      return true;
    },
    shortcutActive: () => active,
    applyLaunchAtLogin: () => undefined,
    notificationsSupported: () => true,
  };
}
