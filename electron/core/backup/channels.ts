import { none } from '../app/contract';
import { mutation, query, returns, type ChannelTable } from '../ipc/channel';
import { restoreBackupInput, type BackupSummary } from './schema';

export const backupChannels = {
  'data:listBackups': query(none, returns<BackupSummary[]>()),
  'data:backupNow': mutation(none, returns<{ saved: boolean; name: string | null }>()),
  'data:restoreBackup': mutation(restoreBackupInput, returns<{ restarting: boolean }>()),
} satisfies ChannelTable;
