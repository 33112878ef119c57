import type { MenuItemConstructorOptions } from 'electron';
import type { content } from '../../content';

export type MenuWords = (typeof content)['desktop']['menu'];

/**
 * Rebound's own application menu, replacing Electron's default (which ships
 * Reload, Toggle Developer Tools and a Help item that opens a website). Every
 * item is a role, so Electron wires the native behaviour; the labels are ours.
 * macOS needs the Edit roles in the menu bar, or Cmd+C / Cmd+V do nothing in
 * text fields. Windows and Linux get File and Edit under a hidden menu bar
 * (autoHideMenuBar: Alt shows it), which keeps the shortcuts without clutter.
 */
export function applicationMenuTemplate(platform: NodeJS.Platform, words: MenuWords): MenuItemConstructorOptions[] {
  const edit: MenuItemConstructorOptions = {
    label: words.edit,
    submenu: [
      { role: 'undo', label: words.undo },
      { role: 'redo', label: words.redo },
      { type: 'separator' },
      { role: 'cut', label: words.cut },
      { role: 'copy', label: words.copy },
      { role: 'paste', label: words.paste },
      ...(platform === 'darwin' ? [{ role: 'pasteAndMatchStyle', label: words.pasteAndMatchStyle } as const] : []),
      { role: 'delete', label: words.delete },
      { type: 'separator' },
      { role: 'selectAll', label: words.selectAll },
    ],
  };
  if (platform === 'darwin') {
    return [
      {
        label: words.app,
        submenu: [
          { role: 'about', label: words.about },
          { type: 'separator' },
          { role: 'hide', label: words.hide },
          { role: 'hideOthers', label: words.hideOthers },
          { role: 'unhide', label: words.showAll },
          { type: 'separator' },
          { role: 'quit', label: words.quit },
        ],
      },
      edit,
      {
        label: words.window,
        submenu: [
          { role: 'minimize', label: words.minimize },
          { role: 'zoom', label: words.zoom },
          { role: 'close', label: words.closeWindow },
          { type: 'separator' },
          { role: 'front', label: words.front },
        ],
      },
    ];
  }
  return [
    {
      label: words.file,
      submenu: [{ role: 'close', label: words.closeWindow }, { type: 'separator' }, { role: 'quit', label: words.quit }],
    },
    edit,
  ];
}

/** Roles that must never ship: they would hand the person a debugger, a reload or a website. */
export const forbiddenRoles = ['toggleDevTools', 'reload', 'forceReload', 'viewMenu', 'help'] as const;

/** Every role in a template, submenus included: what the tests and the simulation check. */
export function rolesIn(template: readonly MenuItemConstructorOptions[]): string[] {
  return template.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? rolesIn(item.submenu) : [])]);
}
