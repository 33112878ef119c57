import { todayOf, weekStartsOnOf, type CoreContext } from '../context';
import type { HandlersFor } from '../ipc/channel';
import { refuseDaysOutOfRange } from '../time/dayRange';
import { bragSheet } from './bragSheet';
import type { winsChannels } from './channels';
import { linkOptions } from './linkOptions';
import { listWins } from './listWins';
import { logWin, removeWin, restoreWin, updateWin } from './saveWin';
import { winsPerWeek, winsSummary } from './summary';

export function winsHandlers(ctx: CoreContext): HandlersFor<typeof winsChannels> {
  return {
    'wins:log': (input) => logWin(ctx, input),
    'wins:update': (input) => updateWin(ctx, input),
    'wins:delete': ({ id }) => removeWin(ctx, id),
    'wins:restore': ({ id }) => restoreWin(ctx, id),
    'wins:list': (input) => listWins(ctx.db, input, weekStartsOnOf(ctx)),
    'wins:summary': () => winsSummary(ctx.db, todayOf(ctx), weekStartsOnOf(ctx)),
    'wins:perWeek': ({ weeks }) => winsPerWeek(ctx.db, todayOf(ctx), weekStartsOnOf(ctx), weeks),
    'wins:bragSheet': ({ from, to }) => {
      refuseDaysOutOfRange(ctx, { from, to });
      return bragSheet(ctx.db, from, to);
    },
    'wins:linkOptions': () => linkOptions(ctx.db),
  };
}
