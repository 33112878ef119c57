import { daysBetween } from '../time/days';
import { todayOf, weekOf, type PlannerContext } from './context';
import { countDueFollowUps, dueFollowUps } from './followUps';
import { quietApplications } from './applications';
import { todayListSize, type TodayPlan } from './schema';
import { getWeek } from './weeks';

/** Whether the planner has anything to show: a planned week or any application. */
export function hasPlan(ctx: PlannerContext): boolean {
  return Boolean(ctx.db.prepare('SELECT EXISTS (SELECT 1 FROM weeks) OR EXISTS (SELECT 1 FROM applications)').pluck().get());
}

/**
 * What Today shows from the planner: today's steps, follow-ups due, the
 * week's progress, quiet applications. The lists hold their first few unless
 * `all` asks for every one: a card, not a wall.
 */
export function todayPlan(ctx: PlannerContext, all = false): TodayPlan {
  const today = todayOf(ctx);
  const week = getWeek(ctx, weekOf(ctx, today));
  const dayIndex = daysBetween(week.weekStart, today);
  const limit = all ? null : todayListSize;
  const quiet = quietApplications(ctx, limit);
  return {
    today,
    dayIndex,
    steps: week.dayPlan[String(dayIndex) as keyof typeof week.dayPlan] ?? [],
    week,
    dueFollowUps: dueFollowUps(ctx, { limit }),
    dueCount: countDueFollowUps(ctx),
    silent: quiet.items,
    silentCount: quiet.total,
    hasPlan: hasPlan(ctx),
  };
}
