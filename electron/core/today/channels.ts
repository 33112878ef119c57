import { none } from '../app/contract';
import { mutation, returns, type ChannelTable } from '../ipc/channel';
import { snoozeFollowUpsInput, undoInput, type BulkResult, type UndoResult } from './schema';

/** Today's actions on many follow-ups or quiet applications at once, each with one undo. */
export const todayChannels = {
  'today:snoozeFollowUps': mutation(snoozeFollowUpsInput, returns<BulkResult>()),
  'today:closeQuiet': mutation(none, returns<BulkResult>()),
  'today:undo': mutation(undoInput, returns<UndoResult>()),
} satisfies ChannelTable;
