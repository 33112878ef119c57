import fs from 'node:fs';
import path from 'node:path';
import { productName } from './app/identity';

/** Tests and portable installs point Rebound at another folder with this variable. */
export const dataDirEnvVar = 'REBOUND_DATA_DIR';

/** The data folder: the override when set (made absolute), else the platform's per-user folder. */
export function resolveDataDir(env: Record<string, string | undefined>, userDataDir: string): string {
  const override = env[dataDirEnvVar]?.trim();
  return override ? path.resolve(override) : userDataDir;
}

export const databaseFileName = 'rebound.sqlite3';
export const settingsFileName = 'settings.json';
export const backupDirName = 'backups';

export function dataPaths(dataDir: string) {
  return {
    database: path.join(dataDir, databaseFileName),
    settings: path.join(dataDir, settingsFileName),
    backups: path.join(dataDir, backupDirName),
  };
}

/**
 * The per-user data folder Electron calls userData (appData joined with the
 * app's name), worked out here so `npm start` and every installer land in the
 * same place whatever name the runtime reports: Linux `$XDG_CONFIG_HOME` (when
 * absolute) or `~/.config`, macOS `~/Library/Application Support`, Windows
 * `%APPDATA%`, each followed by `Rebound`. Paths use the target system's
 * separators, so the table test can pin all three from any machine.
 *
 * Before packaging, `npm start` ran under package.json's lowercase `name`, so
 * on Linux (where case matters) its data sat in `~/.config/rebound`. That
 * folder is kept when it holds a database and `Rebound` does not exist yet, so
 * nobody's data seems to vanish.
 */
export function userDataDir(options: {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  homeDir: string;
  exists?: (file: string) => boolean;
}): string {
  const { platform, env, homeDir } = options;
  if (platform === 'win32') {
    const appData = env.APPDATA?.trim() || path.win32.join(homeDir, 'AppData', 'Roaming');
    return path.win32.join(appData, productName);
  }
  if (platform === 'darwin') return path.posix.join(homeDir, 'Library', 'Application Support', productName);
  const configured = env.XDG_CONFIG_HOME?.trim();
  const base = configured && path.posix.isAbsolute(configured) ? configured : path.posix.join(homeDir, '.config');
  const current = path.posix.join(base, productName);
  const earlier = path.posix.join(base, productName.toLowerCase());
  const exists = options.exists;
  if (exists && !exists(current) && exists(path.posix.join(earlier, databaseFileName))) return earlier;
  return current;
}

/** Free bytes on the disk holding `dir` (or its nearest existing parent), or null when that cannot be asked. */
export function freeSpaceOf(dir: string): number | null {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    try {
      const stats = fs.statfsSync(at);
      return stats.bavail * stats.bsize;
    } catch {
      if (path.dirname(at) === at) return null;
    }
  }
}

/** A moment as a file-name-safe UTC stamp: 2026-03-01T10-00-00-000Z. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}
