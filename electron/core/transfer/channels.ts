import { none } from '../app/contract';
import { mutation, query, returns, type ChannelTable } from '../ipc/channel';
import { exportCsvInput, importInput, type ExportedFile } from './schema';

export const transferChannels = {
  'data:exportJson': query(none, returns<ExportedFile>()),
  'data:exportCsv': query(exportCsvInput, returns<ExportedFile>()),
  'data:importJson': mutation(importInput, returns<{ added: number; alreadyThere: number; backup: string | null }>()),
} satisfies ChannelTable;
