import { dataPaths } from '../dataDir';
import type { HandlersFor } from '../ipc/channel';
import type { backupChannels } from './channels';
import { DomainError } from '../ipc/result';
import type { CoreContext } from '../context';
import { listBackups, writeBackup, type BackupFile } from './backupFiles';
import { isGoodBackup, requestRestore } from './recovery';
import type { BackupSummary } from './schema';
import { content } from '../../../content';

export interface BackupDeps {
  dataDir: string;
  /** Asks the person for a folder (a system dialog in Electron); null when they cancel. */
  chooseFolder: () => Promise<string | null>;
  /** Restarts the app so a restore happens before the database opens. */
  relaunch: () => void;
  nativeBinding?: string;
}

const summary = (backup: BackupFile): BackupSummary => ({
  name: backup.name,
  kind: backup.kind,
  takenAt: backup.takenAt.toISOString(),
  bytes: backup.bytes,
});

export function backupHandlers(ctx: CoreContext, deps: BackupDeps): HandlersFor<typeof backupChannels> {
  const paths = dataPaths(deps.dataDir);
  const binding = deps.nativeBinding ? { nativeBinding: deps.nativeBinding } : {};
  return {
    'data:listBackups': () => listBackups(paths.backups).map(summary),
    'data:backupNow': async () => {
      const folder = await deps.chooseFolder();
      if (!folder) return { saved: false, name: null };
      const backup = await writeBackup(ctx.db, folder, 'manual', ctx.now());
      return { saved: true, name: backup.name };
    },
    'data:restoreBackup': ({ name }) => {
      const backup = listBackups(paths.backups).find((candidate) => candidate.name === name);
      if (!backup) throw new DomainError('not_found', content.data.errors.backupGone);
      if (!isGoodBackup(backup.path, binding)) {
        throw new DomainError('conflict', content.data.errors.backupUnreadable);
      }
      requestRestore(deps.dataDir, name);
      deps.relaunch();
      return { restarting: true };
    },
  };
}
