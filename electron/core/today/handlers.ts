import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/channel';
import { closeQuietApplications, snoozeFollowUps, undoBulk } from './bulk';
import type { todayChannels } from './channels';

export function todayHandlers(ctx: CoreContext): HandlersFor<typeof todayChannels> {
  return {
    'today:snoozeFollowUps': (input) => snoozeFollowUps(ctx, input),
    'today:closeQuiet': () => closeQuietApplications(ctx),
    'today:undo': ({ token }) => undoBulk(ctx, token),
  };
}
