import { DomainError } from '../ipc/result';
import type { Targets } from '../settings/schema';
import { addDaysTo, weekStartOf } from '../time/days';
import type { Day } from '../time/schema';
import { type CoreContext, todayOf, weekOf } from '../context';
import { type ActivityKind, type History, type Progress, targetKeyOfKind, type Week, type WeekHistoryEntry } from './schema';
import { addTask } from './tasks';
import { ensureWeekRow, readWeekRow, setWeekTargets } from './weekRow';
import { assertWeekStart, getWeek } from './weeks';
import { emptyProgress, keptRoutine, streakOf } from './progress';
import { content } from '../../../content';

export interface ReviewInput {
  weekStart: Day;
  note: string;
  carryTaskIds: number[];
  nextTargets?: Partial<Targets> | undefined;
}

/**
 * Closes a week: keeps the note, carries the chosen unfinished tasks into the
 * next week (once each) and sets the next week's targets, all or nothing.
 */
export function reviewWeek(ctx: CoreContext, input: ReviewInput): { week: Week; next: Week; carried: number } {
  assertWeekStart(ctx, input.weekStart);
  const nextStart = addDaysTo(input.weekStart, 7);
  const defaults = ctx.settings.get().targets;
  let carried = 0;
  ctx.db.transaction(() => {
    const now = ctx.now();
    ensureWeekRow(ctx.db, input.weekStart, defaults, now);
    ctx.db
      .prepare('UPDATE weeks SET review_note = ?, reviewed_at = ?, updated_at = ? WHERE week_start = ?')
      .run(input.note, now.toISOString(), now.toISOString(), input.weekStart);
    for (const id of new Set(input.carryTaskIds)) {
      const task = ctx.db
        .prepare(
          `SELECT t.title, t.week_start AS weekStart, t.done_at AS doneAt,
                  EXISTS (SELECT 1 FROM tasks c WHERE c.carried_from = t.id) AS carried
           FROM tasks t WHERE t.id = ?`,
        )
        .get(id) as { title: string; weekStart: Day; doneAt: string | null; carried: number } | undefined;
      if (!task || task.weekStart !== input.weekStart) {
        throw new DomainError('not_found', content.planner.errors.carryNotInWeek);
      }
      if (task.doneAt || task.carried === 1) continue;
      addTask(ctx.db, { title: task.title, weekStart: nextStart, source: 'carried', carriedFrom: id }, now);
      carried += 1;
    }
    setWeekTargets(ctx.db, nextStart, input.nextTargets ?? {}, defaults, now);
  })();
  return { week: getWeek(ctx, input.weekStart), next: getWeek(ctx, nextStart), carried };
}

/**
 * Past weeks, newest first, with what got done and whether the routine was
 * kept, and the streak counted back from this week. The streak looks back as
 * far as there are activities; the list shows the last `count` weeks.
 */
export function weekHistory(ctx: CoreContext, count = 12): History {
  const settings = ctx.settings.get();
  const current = weekOf(ctx, todayOf(ctx));
  const byWeek = new Map<Day, Progress>();
  const rows = ctx.db
    .prepare('SELECT day, kind, count(*) AS n FROM activities WHERE day <= ? GROUP BY day, kind')
    .all(addDaysTo(current, 6)) as { day: Day; kind: ActivityKind; n: number }[];
  let earliest = current;
  for (const row of rows) {
    const start = weekStartOf(row.day, settings.weekStartsOn);
    if (start < earliest) earliest = start;
    const progress = byWeek.get(start) ?? emptyProgress();
    progress[targetKeyOfKind[row.kind]] += row.n;
    byWeek.set(start, progress);
  }
  const pausedWeeks = new Set(ctx.db.prepare('SELECT week_start FROM weeks WHERE paused = 1').pluck().all() as Day[]);
  const all: WeekHistoryEntry[] = [];
  for (let start = current; (start >= earliest || all.length < count) && all.length < 1040; start = addDaysTo(start, -7)) {
    const progress = byWeek.get(start) ?? emptyProgress();
    const paused = pausedWeeks.has(start);
    all.push({
      weekStart: start,
      progress,
      targets: readWeekRow(ctx.db, start, settings.targets).targets,
      paused,
      kept: !paused && keptRoutine(progress, settings.streakRule),
    });
  }
  return { streak: streakOf(all, settings.streakRule), weeks: all.slice(0, count) };
}
