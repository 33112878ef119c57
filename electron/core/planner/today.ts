import { daysBetween } from '../time/days';
import { todayOf, weekOf, type PlannerContext } from './context';
import { dueFollowUps } from './followUps';
import { listApplications } from './applications';
import type { TodayPlan } from './schema';
import { getWeek } from './weeks';

/** Whether the planner has anything to show: a planned week or any application. */
export function hasPlan(ctx: PlannerContext): boolean {
  return Boolean(ctx.db.prepare('SELECT EXISTS (SELECT 1 FROM weeks) OR EXISTS (SELECT 1 FROM applications)').pluck().get());
}

/** What Today shows from the planner: today's steps, follow-ups due, the week's progress, quiet applications. */
export function todayPlan(ctx: PlannerContext): TodayPlan {
  const today = todayOf(ctx);
  const week = getWeek(ctx, weekOf(ctx, today));
  const dayIndex = daysBetween(week.weekStart, today);
  return {
    today,
    dayIndex,
    steps: week.dayPlan[String(dayIndex) as keyof typeof week.dayPlan] ?? [],
    week,
    dueFollowUps: dueFollowUps(ctx),
    // Only the waiting ones can be silent: reading all of them cost 0.6 s at 20,000 applications.
    silent: listApplications(ctx, { waiting: true }).filter((application) => application.silent),
    hasPlan: hasPlan(ctx),
  };
}
