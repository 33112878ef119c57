import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

export interface WindowOptionsInput {
  preload: string;
  icon?: string;
  bounds: Rectangle | null;
}

export const defaultSize = { width: 1040, height: 720 };

/**
 * The main window: created hidden (the tray shows it), and locked down:
 * isolated, sandboxed, no Node in the page, web security on.
 */
export function mainWindowOptions({ preload, icon, bounds }: WindowOptionsInput): BrowserWindowConstructorOptions {
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
      spellcheck: true,
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
