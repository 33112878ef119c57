import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import { sameMenu, trayMenuModel, trayTooltip, type TrayAction, type TrayItem, type TrayLabels, type TrayState } from './trayMenu';

export function trayIconPath(resourcesDir: string, platform: NodeJS.Platform): string {
  // macOS tints template images for light and dark menu bars by itself.
  return path.join(resourcesDir, platform === 'darwin' ? 'trayTemplate.png' : 'tray.png');
}

export function toMenuTemplate(model: TrayItem[], run: (action: TrayAction) => void): MenuItemConstructorOptions[] {
  return model.map((item) =>
    item.type === 'separator' ? { type: 'separator' } : { id: item.id, label: item.label, click: () => run(item.action) },
  );
}

/** The tray icon and its menu; the menu is rebuilt only when its model changes. */
export function createTray(options: {
  resourcesDir: string;
  labels: TrayLabels;
  run: (action: TrayAction) => void;
}): { update(state: TrayState): void; tooltip(): string; destroy(): void } {
  const image = nativeImage.createFromPath(trayIconPath(options.resourcesDir, process.platform));
  if (process.platform === 'darwin') image.setTemplateImage(true);
  const tray = new Tray(image);
  tray.setToolTip('Rebound');
  tray.on('click', () => options.run({ kind: 'toggle-window' }));
  let current: TrayItem[] | null = null;
  let tooltip = 'Rebound';
  return {
    update(state) {
      const model = trayMenuModel(state, options.labels);
      tooltip = trayTooltip(state);
      tray.setToolTip(tooltip);
      if (sameMenu(current, model)) return;
      current = model;
      tray.setContextMenu(Menu.buildFromTemplate(toMenuTemplate(model, options.run)));
    },
    tooltip: () => tooltip,
    destroy: () => tray.destroy(),
  };
}
