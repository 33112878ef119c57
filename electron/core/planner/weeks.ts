import { DomainError } from '../ipc/result';
import { refuseDaysOutOfRange } from '../time/dayRange';
import type { Targets } from '../settings/schema';
import { addDaysTo, daysOfWeek } from '../time/days';
import type { Day } from '../time/schema';
import { type CoreContext, todayOf, weekOf } from '../context';
import { checkWeekMet, targetsMet, weekProgress } from './progress';
import type { DayPlan, Task, Week } from './schema';
import { ensureWeekRow, readWeekRow, setWeekTargets } from './weekRow';
import { content } from '../../../content';

/** Weeks are keyed by their first day: a day that is not one is refused rather than guessed at. */
export function assertWeekStart(ctx: CoreContext, weekStart: Day): void {
  refuseDaysOutOfRange(ctx, { weekStart });
  if (weekOf(ctx, weekStart) !== weekStart) {
    throw new DomainError('invalid_input', content.planner.errors.notWeekStart, {
      weekStart: content.planner.errors.pickWeekStart,
    });
  }
}

interface TaskRow {
  id: number;
  title: string;
  weekStart: Day;
  source: Task['source'];
  doneAt: string | null;
  carried: number;
}

export function weekTasks(ctx: CoreContext, weekStart: Day): Task[] {
  const rows = ctx.db
    .prepare(
      `SELECT t.id, t.title, t.week_start AS weekStart, t.source, t.done_at AS doneAt,
              EXISTS (SELECT 1 FROM tasks c WHERE c.carried_from = t.id) AS carried
       FROM tasks t WHERE t.week_start = ? ORDER BY t.done_at IS NOT NULL, t.id`,
    )
    .all(weekStart) as TaskRow[];
  return rows.map((row) => Object.assign(row as Omit<TaskRow, 'carried'> & { carried: unknown }, { carried: row.carried === 1 }) as Task);
}

/** A week as the planner shows it: targets, plan for the days, progress, tasks. */
export function getWeek(ctx: CoreContext, weekStart?: Day): Week {
  const start = weekStart ?? weekOf(ctx, todayOf(ctx));
  assertWeekStart(ctx, start);
  const row = readWeekRow(ctx.db, start, ctx.settings.get().targets);
  const progress = weekProgress(ctx.db, start);
  return {
    weekStart: start,
    days: daysOfWeek(start),
    planned: row.planned,
    targets: row.targets,
    dayPlan: row.dayPlan,
    progress,
    met: targetsMet(row.targets, progress),
    paused: row.paused,
    reviewNote: row.reviewNote,
    reviewedAt: row.reviewedAt,
    tasks: weekTasks(ctx, start),
  };
}

/** Changes one week's targets (the defaults stay in Settings); a target now met records its win. */
export function setTargets(ctx: CoreContext, weekStart: Day, targets: Partial<Targets>): Week {
  assertWeekStart(ctx, weekStart);
  ctx.db.transaction(() => {
    setWeekTargets(ctx.db, weekStart, targets, ctx.settings.get().targets, ctx.now());
    const today = todayOf(ctx);
    if (weekStart <= today) checkWeekMet(ctx, weekStart, weekOf(ctx, today) === weekStart ? today : addDaysTo(weekStart, 6));
  })();
  return getWeek(ctx, weekStart);
}

export function setDayPlan(ctx: CoreContext, weekStart: Day, dayPlan: DayPlan): Week {
  assertWeekStart(ctx, weekStart);
  const clean: DayPlan = {};
  for (const [index, kinds] of Object.entries(dayPlan)) if (kinds.length) clean[index as keyof DayPlan] = [...new Set(kinds)];
  ctx.db.transaction(() => {
    ensureWeekRow(ctx.db, weekStart, ctx.settings.get().targets, ctx.now());
    ctx.db
      .prepare('UPDATE weeks SET day_plan = ?, updated_at = ? WHERE week_start = ?')
      .run(JSON.stringify(clean), ctx.now().toISOString(), weekStart);
  })();
  return getWeek(ctx, weekStart);
}

/** A paused week (illness, holiday) keeps the streak whole. */
export function setPaused(ctx: CoreContext, weekStart: Day, paused: boolean): Week {
  assertWeekStart(ctx, weekStart);
  ctx.db.transaction(() => {
    ensureWeekRow(ctx.db, weekStart, ctx.settings.get().targets, ctx.now());
    ctx.db
      .prepare('UPDATE weeks SET paused = ?, updated_at = ? WHERE week_start = ?')
      .run(paused ? 1 : 0, ctx.now().toISOString(), weekStart);
  })();
  return getWeek(ctx, weekStart);
}
