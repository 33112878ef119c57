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
