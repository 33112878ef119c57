import { none } from '../app/contract';
import { mutation, query, returns, type ChannelTable } from '../ipc/channel';
import { settingsPatchSchema, type Settings } from './schema';

export const settingsChannels = {
  'settings:get': query(none, returns<Settings>()),
  'settings:update': mutation(settingsPatchSchema, returns<Settings>()),
} satisfies ChannelTable;
