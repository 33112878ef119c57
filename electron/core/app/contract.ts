import { z } from 'zod';

export const none = z.undefined();

/** Something the person should be told once: a settings file set aside, a database recovered. */
export interface Notice {
  id: string;
  kind: 'settingsReset' | 'databaseRecovered' | 'databaseFresh' | 'restored';
  message: string;
  /** Where the set-aside file now lives, so they can find it. */
  path?: string;
}

export interface AppInfo {
  version: string;
  dataDir: string;
  notices: Notice[];
}

export const dismissNoticeInput = z.object({ id: z.string().min(1).max(100) }).strict();

export const openExternalInput = z.object({ url: z.string().min(1).max(4096) }).strict();

/** Views the shell can show; the tray and notifications open one of these. */
export const viewSchema = z.enum(['today', 'reflect', 'plan', 'wins', 'settings']);
export type View = z.infer<typeof viewSchema>;

/** How an export's download ended, in words for the person (see app/downloads.ts). */
export interface DownloadOutcome {
  kind: 'saved' | 'failed';
  message: string;
}
