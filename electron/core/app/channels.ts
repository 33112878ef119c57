import { mutation, query, returns, type ChannelTable } from '../ipc/channel';
import { dismissNoticeInput, none, openExternalInput, type AppInfo } from './contract';

export const appChannels = {
  'app:info': query(none, returns<AppInfo>()),
  'app:dismissNotice': mutation(dismissNoticeInput, returns<{ dismissed: boolean }>()),
  'app:openExternal': query(openExternalInput, returns<{ opened: boolean }>()),
  /** The page listens for main's events now: a view asked for while it was loading can be shown. */
  'app:ready': query(none, returns<{ ready: true }>()),
  'app:openLogFolder': query(none, returns<{ opened: boolean; path: string }>()),
} satisfies ChannelTable;
