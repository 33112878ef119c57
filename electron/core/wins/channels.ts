import { none } from '../app/contract';
import { mutation, query, returns, type ChannelTable } from '../ipc/channel';
import { idInput } from '../ipc/inputs';
import {
  bragSheetInput,
  listWinsInput,
  logWinInput,
  perWeekInput,
  updateWinInput,
  type BragSheet,
  type LinkOptions,
  type WeekCount,
  type Win,
  type WinsPage,
  type WinsSummary,
} from './schema';

export const winsChannels = {
  'wins:log': mutation(logWinInput, returns<Win>()),
  'wins:update': mutation(updateWinInput, returns<Win>()),
  'wins:delete': mutation(idInput, returns<{ id: number }>()),
  'wins:restore': mutation(idInput, returns<Win>()),
  'wins:list': query(listWinsInput, returns<WinsPage>()),
  'wins:summary': query(none, returns<WinsSummary>()),
  'wins:perWeek': query(perWeekInput, returns<WeekCount[]>()),
  'wins:bragSheet': query(bragSheetInput, returns<BragSheet>()),
  'wins:linkOptions': query(none, returns<LinkOptions>()),
} satisfies ChannelTable;
