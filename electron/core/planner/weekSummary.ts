import { content, fillTemplate } from '../../../content';
import { todayOf, weekOf, type PlannerContext } from './context';
import { countDueFollowUps } from './followUps';
import { weekProgress } from './progress';
import { hasPlan } from './today';
import { readWeekRow } from './weekRow';

export interface WeekGlance {
  applied: number;
  applyTarget: number;
  followUpsDue: number;
}

/** "Applied 3/5 · 2 follow-ups due": the week at a glance, for the tray. Pure, so it can be tested alone. */
export function formatWeekSummary(glance: WeekGlance, copy = content.planner.tray): string {
  const applied = fillTemplate(copy.applied, { done: String(glance.applied), target: String(glance.applyTarget) });
  if (glance.followUpsDue === 0) return applied;
  const due =
    glance.followUpsDue === 1 ? copy.followUpsDueOne : fillTemplate(copy.followUpsDueMany, { count: String(glance.followUpsDue) });
  return `${applied} · ${due}`;
}

/** The tray's line for this week, or null while there is nothing planned or tracked. */
export function weekSummary(ctx: PlannerContext): string | null {
  if (!hasPlan(ctx)) return null;
  const weekStart = weekOf(ctx, todayOf(ctx));
  const targets = readWeekRow(ctx.db, weekStart, ctx.settings.get().targets).targets;
  return formatWeekSummary({
    applied: weekProgress(ctx.db, weekStart).apply,
    applyTarget: targets.apply,
    followUpsDue: countDueFollowUps(ctx),
  });
}
