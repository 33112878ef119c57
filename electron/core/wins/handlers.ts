import type { Handlers } from '../ipc/dispatch';
import type { CoreContext } from '../startCore';
import { dayOf } from '../time/days';
import { bragSheet } from './bragSheet';
import { linkOptions } from './linkOptions';
import { listWins } from './listWins';
import { logWin, removeWin, restoreWin, updateWin, type SaveContext } from './saveWin';
import { winsPerWeek, winsSummary } from './summary';

type WinsHandlers = Pick<
  Handlers,
  | 'wins:log'
  | 'wins:update'
  | 'wins:delete'
  | 'wins:restore'
  | 'wins:list'
  | 'wins:summary'
  | 'wins:perWeek'
  | 'wins:bragSheet'
  | 'wins:linkOptions'
>;

export function winsHandlers(ctx: CoreContext): WinsHandlers {
  const save = (): SaveContext => {
    const now = ctx.now();
    return { db: ctx.db, now, today: dayOf(now), weekStartsOn: ctx.settings.get().weekStartsOn };
  };
  const weekStartsOn = () => ctx.settings.get().weekStartsOn;
  const today = () => dayOf(ctx.now());
  return {
    'wins:log': (input) => logWin(save(), input),
    'wins:update': (input) => updateWin(save(), input),
    'wins:delete': ({ id }) => removeWin(save(), id),
    'wins:restore': ({ id }) => restoreWin(save(), id),
    'wins:list': (input) => listWins(ctx.db, input, weekStartsOn()),
    'wins:summary': () => winsSummary(ctx.db, today(), weekStartsOn()),
    'wins:perWeek': ({ weeks }) => winsPerWeek(ctx.db, today(), weekStartsOn(), weeks),
    'wins:bragSheet': ({ from, to }) => bragSheet(ctx.db, from, to),
    'wins:linkOptions': () => linkOptions(ctx.db),
  };
}
