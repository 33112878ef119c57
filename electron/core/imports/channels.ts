import { mutation, query, returns, type ChannelTable } from '../ipc/channel';
import {
  actOnEmailInput,
  importFileInput,
  readEmailInput,
  type EmailActed,
  type EmailReading,
  type ImportApplied,
  type ImportPreview,
} from './schema';

/** Bringing a search history in: one preview for every source, one all-or-nothing apply, and reading a pasted email. */
export const importsChannels = {
  'imports:preview': query(importFileInput, returns<ImportPreview>()),
  'imports:apply': mutation(importFileInput, returns<ImportApplied>()),
  'imports:readEmail': query(readEmailInput, returns<EmailReading>()),
  'imports:actOnEmail': mutation(actOnEmailInput, returns<EmailActed>()),
} satisfies ChannelTable;
