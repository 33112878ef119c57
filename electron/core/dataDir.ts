import fs from 'node:fs';
import path from 'node:path';

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
