import { query, returns, type ChannelTable } from '../ipc/channel';
import { localeInput, type LocaleInfo } from './contract';

export const localeChannels = {
  /** The locale the page should speak: the Language setting, else the system's languages (the page's own where core has none). */
  'locale:get': query(localeInput, returns<LocaleInfo>()),
} satisfies ChannelTable;
