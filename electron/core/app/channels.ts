import { mutation, query, returns, type ChannelTable } from '../ipc/channel';
import { dismissNoticeInput, none, openExternalInput, type AppInfo } from './contract';

export const appChannels = {
  'app:info': query(none, returns<AppInfo>()),
  'app:dismissNotice': mutation(dismissNoticeInput, returns<{ dismissed: boolean }>()),
  'app:openExternal': query(openExternalInput, returns<{ opened: boolean }>()),
} satisfies ChannelTable;
