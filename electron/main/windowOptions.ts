import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

export interface WindowOptionsInput {
  preload: string;
  icon?: string;
  bounds: Rectangle | null;
  /** Decides the spellchecker (see spellcheckEnabled); defaults to this machine's. */
  platform?: NodeJS.Platform;
}

/**
 * Spelling is checked only where the system does it: macOS's own checker
 * needs no download. On Windows and Linux Electron's checker fetches Hunspell
 * dictionaries from a Google server, which would break Rebound's promise that
 * nothing leaves the computer, and no dictionaries are bundled: it stays off.
 */
export function spellcheckEnabled(platform: NodeJS.Platform): boolean {
  return platform === 'darwin';
}

export const defaultSize = { width: 1040, height: 720 };

/**
 * The main window: created hidden and shown once painted (on a launch by
 * hand, from the tray or a second launch), and locked down:
 * isolated, sandboxed, no Node in the page, web security on.
 */
export function mainWindowOptions({
  preload,
  icon,
  bounds,
  platform = process.platform,
}: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...(bounds ?? defaultSize),
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Rebound',
    autoHideMenuBar: true,
    backgroundColor: '#f7f4ef',
    ...(icon ? { icon } : {}),
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: spellcheckEnabled(platform),
    },
  };
}

interface WorkArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Saved bounds are reused only when a good part of the window would land on
 * a connected display; otherwise (a monitor unplugged) the default size,
 * centred by Electron, is used.
 */
export function restorableBounds(saved: Rectangle | null, workAreas: WorkArea[]): Rectangle | null {
  if (!saved) return null;
  const visible = workAreas.some((area) => {
    const overlapX = Math.min(saved.x + saved.width, area.x + area.width) - Math.max(saved.x, area.x);
    const overlapY = Math.min(saved.y + saved.height, area.y + area.height) - Math.max(saved.y, area.y);
    return overlapX >= 120 && overlapY >= 80;
  });
  return visible ? saved : null;
}
