import type { StreakRule } from '../settings/schema';
import type { Day } from '../time/schema';
import type { Progress } from './schema';

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
