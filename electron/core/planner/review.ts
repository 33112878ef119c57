import { DomainError } from '../ipc/result';
import type { Targets } from '../settings/schema';
import { addDaysTo } from '../time/days';
import type { Day } from '../time/schema';
import type { PlannerContext } from './context';
import type { Week } from './schema';
import { addTask } from './tasks';
import { ensureWeekRow } from './weekRow';
import { setWeekTargets } from './weekTargets';
import { assertWeekStart, getWeek } from './weeks';

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
export function reviewWeek(ctx: PlannerContext, input: ReviewInput): { week: Week; next: Week; carried: number } {
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
        throw new DomainError('not_found', 'One of those tasks is not part of this week any more; nothing was changed.');
      }
      if (task.doneAt || task.carried === 1) continue;
      addTask(ctx.db, { title: task.title, weekStart: nextStart, source: 'carried', carriedFrom: id }, now);
      carried += 1;
    }
    setWeekTargets(ctx.db, nextStart, input.nextTargets ?? {}, defaults, now);
  })();
  return { week: getWeek(ctx, input.weekStart), next: getWeek(ctx, nextStart), carried };
}
