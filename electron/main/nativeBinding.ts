import path from 'node:path';

/** Folder (under the project) where `npm start` keeps better-sqlite3 built for Electron's ABI. */
export const nativeDirName = '.native';

export function electronBindingPath(projectDir: string, electronVersion: string): string {
  return path.join(projectDir, nativeDirName, `electron-${electronVersion}`, 'better_sqlite3.node');
}

/**
 * The addon main should load: the Electron-ABI copy prepared by `npm start`
 * when it exists, else better-sqlite3's own build (a packaged app, where the
 * packager rebuilt it for Electron).
 */
export function chooseNativeBinding(projectDir: string, electronVersion: string, exists: (file: string) => boolean): string | undefined {
  const candidate = electronBindingPath(projectDir, electronVersion);
  return exists(candidate) ? candidate : undefined;
}
