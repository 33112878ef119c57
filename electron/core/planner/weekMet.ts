import { content, fillTemplate } from '../../../content';
import type { Day } from '../time/schema';
import { recordAutoWin } from '../wins/recordAutoWin';
import type { PlannerContext } from './context';
import { targetsMet, weekProgress } from './progress';
import { readWeekRow } from './weekRow';

/**
 * Records the week's "targets met" win when the last needed activity lands.
 * Call inside the transaction that logged the activity.
 */
export function checkWeekMet(ctx: PlannerContext, weekStart: Day, day: Day): void {
  const sourceKey = `week:${weekStart}:met`;
  // Recorded once (or removed by the person, which also stays): nothing to count again on every activity.
  if (ctx.db.prepare('SELECT EXISTS (SELECT 1 FROM wins WHERE source_key = ?)').pluck().get(sourceKey) === 1) return;
  const week = readWeekRow(ctx.db, weekStart, ctx.settings.get().targets);
  if (!targetsMet(week.targets, weekProgress(ctx.db, weekStart))) return;
  recordAutoWin(
    ctx.db,
    {
      kind: 'week_met',
      title: fillTemplate(content.planner.wins.weekMet, { date: weekStart }),
      day,
      sourceKey,
    },
    ctx.now(),
  );
}
