import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import {
  initialTrayState,
  sameMenu,
  trayMenuModel,
  trayTooltip,
  type TrayAction,
  type TrayItem,
  type TrayLabels,
  type TrayState,
} from './trayMenu';

/**
 * The icon for a state. macOS gets template images, which the system tints
 * for light and dark menu bars by itself. Windows and Linux get the colour
 * icons, whose rim reads on light and dark panels alike, so one image per
 * state is enough and no theme has to be watched. The @2x files next to each
 * are picked up by nativeImage on high-DPI screens.
 */
export function trayIconPath(resourcesDir: string, platform: NodeJS.Platform, attention = false): string {
  if (platform === 'darwin') return path.join(resourcesDir, attention ? 'trayAttentionTemplate.png' : 'trayTemplate.png');
  return path.join(resourcesDir, attention ? 'tray-attention.png' : 'tray.png');
}

export function toMenuTemplate(model: TrayItem[], run: (action: TrayAction) => void): MenuItemConstructorOptions[] {
  return model.map((item): MenuItemConstructorOptions => {
    if (item.type === 'separator') return { type: 'separator' };
    if (item.type === 'submenu') return { id: item.id, label: item.label, submenu: toMenuTemplate(item.items, run) };
    return { id: item.id, label: item.label, click: () => run(item.action), ...(item.enabled === false ? { enabled: false } : {}) };
  });
}

function iconFor(resourcesDir: string, attention: boolean) {
  const image = nativeImage.createFromPath(trayIconPath(resourcesDir, process.platform, attention));
  if (process.platform === 'darwin') image.setTemplateImage(true);
  return image;
}

/**
 * The tray icon and its menu. `update` takes any part of the state (the
 * planner sets the week, reminders set attention and pause); the menu is
 * rebuilt only when its model changes, the icon only when attention flips.
 */
export function createTray(options: { resourcesDir: string; labels: TrayLabels; run: (action: TrayAction) => void }): {
  update(state: Partial<TrayState>): void;
  /** New words for the menu (the locale changed): the menu is rebuilt with them. */
  relabel(labels: TrayLabels): void;
  tooltip(): string;
  state(): TrayState;
  destroy(): void;
} {
  const tray = new Tray(iconFor(options.resourcesDir, false));
  tray.setToolTip('Rebound');
  tray.on('click', () => options.run({ kind: 'toggle-window' }));
  let current: TrayItem[] | null = null;
  let state: TrayState = { ...initialTrayState };
  let tooltip = 'Rebound';
  let labels = options.labels;
  return {
    relabel(next) {
      labels = next;
      current = null;
      this.update({});
    },
    update(patch) {
      const next = { ...state, ...patch };
      if (next.attention !== state.attention) tray.setImage(iconFor(options.resourcesDir, next.attention));
      state = next;
      tooltip = trayTooltip(state);
      tray.setToolTip(tooltip);
      const model = trayMenuModel(state, labels);
      if (sameMenu(current, model)) return;
      current = model;
      tray.setContextMenu(Menu.buildFromTemplate(toMenuTemplate(model, options.run)));
    },
    tooltip: () => tooltip,
    state: () => state,
    destroy: () => tray.destroy(),
  };
}
