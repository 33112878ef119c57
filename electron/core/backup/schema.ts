import { z } from 'zod';
import { content } from '../../../content';

/** A backup as the renderer sees it: a name to show and to send back, never a path. */
export interface BackupSummary {
  name: string;
  kind: 'daily' | 'migration' | 'restore' | 'manual';
  takenAt: string;
  bytes: number;
}

export const restoreBackupInput = z
  .object({
    name: z
      .string()
      .max(120)
      .regex(/^rebound-[a-z]+-[0-9TZ-]+\.sqlite3$/, content.data.errors.backupList),
  })
  .strict();
