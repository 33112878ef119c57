import type Database from 'better-sqlite3';
import type { StreakRule, Targets } from '../settings/schema';
import { addDaysTo } from '../time/days';
import type { Day } from '../time/schema';
import { type ActivityKind, type Progress, targetKeyOfKind } from './schema';
import { content, fillTemplate } from '../../../content';
import { recordAutoWin } from '../wins/recordAutoWin';
import type { CoreContext } from '../context';
import { readWeekRow } from './weekRow';

export const emptyProgress = (): Progress => ({ search: 0, apply: 0, followUp: 0, network: 0, learn: 0, volunteer: 0 });

/** How many of each activity landed in the seven days from `weekStart`. */
export function weekProgress(db: Database.Database, weekStart: Day): Progress {
  const rows = db
    .prepare('SELECT kind, count(*) AS n FROM activities WHERE day BETWEEN ? AND ? GROUP BY kind')
    .all(weekStart, addDaysTo(weekStart, 6)) as { kind: ActivityKind; n: number }[];
  const progress = emptyProgress();
  for (const row of rows) progress[targetKeyOfKind[row.kind]] = row.n;
  return progress;
}

/** A week's targets are met when it asked for something and every part of it was reached. */
export function targetsMet(targets: Targets, progress: Progress): boolean {
  const keys = Object.keys(targets) as (keyof Targets)[];
  return keys.some((key) => targets[key] > 0) && keys.every((key) => progress[key] >= targets[key]);
}

/**
 * Records the week's "targets met" win when the last needed activity lands.
 * Call inside the transaction that logged the activity.
 */
export function checkWeekMet(ctx: CoreContext, weekStart: Day, day: Day): void {
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

export interface StreakWeek {
  weekStart: Day;
  progress: Pick<Progress, 'apply' | 'followUp'>;
  paused: boolean;
}

/** Whether a week kept the routine under the person's rule (by default: one application and one follow-up). */
export function keptRoutine(progress: Pick<Progress, 'apply' | 'followUp'>, rule: StreakRule): boolean {
  return progress.apply >= rule.minApply && progress.followUp >= rule.minFollowUp;
}

/**
 * Weeks in a row that kept the routine, counting back from the current week.
 * A paused week (illness, holiday) neither counts nor breaks the run, and the
 * current week only adds once kept: it is never held against anyone while it runs.
 * `weeks` is newest first, one entry per week, the current week first.
 */
export function streakOf(weeks: readonly StreakWeek[], rule: StreakRule): number {
  let streak = 0;
  for (const [index, week] of weeks.entries()) {
    if (week.paused) continue;
    if (keptRoutine(week.progress, rule)) streak += 1;
    else if (index === 0) continue;
    else break;
  }
  return streak;
}
