import { daysBetween } from '../time/days';
import { type CoreContext, todayOf, weekOf } from '../context';
import { countDueFollowUps, dueFollowUps } from '../applications/followUps';
import { quietApplications } from '../applications/list';
import { todayListSize, type TodayPlan } from './schema';
import { getWeek } from './weeks';
import { content, fillTemplate } from '../../../content';
import { weekProgress } from './progress';
import { readWeekRow } from './weekRow';

/** Whether the planner has anything to show: a planned week or any application. */
export function hasPlan(ctx: CoreContext): boolean {
  return Boolean(ctx.db.prepare('SELECT EXISTS (SELECT 1 FROM weeks) OR EXISTS (SELECT 1 FROM applications)').pluck().get());
}

/**
 * What Today shows from the planner: today's steps, follow-ups due, the
 * week's progress, quiet applications. The lists hold their first few unless
 * `all` asks for every one: a card, not a wall.
 */
export function todayPlan(ctx: CoreContext, all = false): TodayPlan {
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

export interface WeekGlance {
  applied: number;
  applyTarget: number;
  followUpsDue: number;
}

/** "Applied 3/5 · 2 follow-ups due": the week at a glance, for the tray. Pure, so it can be tested alone. */
export function formatWeekSummary(glance: WeekGlance, copy = content.planner.tray): string {
  const applied = fillTemplate(copy.applied, { done: String(glance.applied), target: String(glance.applyTarget) });
  if (glance.followUpsDue === 0) return applied;
  const due = fillTemplate(copy.followUpsDue, { count: glance.followUpsDue });
  return `${applied} · ${due}`;
}

/** The tray's line for this week, or null while there is nothing planned or tracked. */
export function weekSummary(ctx: CoreContext): string | null {
  if (!hasPlan(ctx)) return null;
  const weekStart = weekOf(ctx, todayOf(ctx));
  const targets = readWeekRow(ctx.db, weekStart, ctx.settings.get().targets).targets;
  return formatWeekSummary({
    applied: weekProgress(ctx.db, weekStart).apply,
    applyTarget: targets.apply,
    followUpsDue: countDueFollowUps(ctx),
  });
}
