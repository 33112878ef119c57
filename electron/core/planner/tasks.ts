import type Database from 'better-sqlite3';
import { content, fillTemplate } from '../../../content';
import { DomainError } from '../ipc/result';
import type { Day } from '../time/schema';
import { recordAutoWin } from '../wins/recordAutoWin';
import { type CoreContext, todayOf } from '../context';

export interface NewTask {
  title: string;
  weekStart: Day;
  source: 'manual' | 'upgrade' | 'feedback' | 'carried';
  rejectionId?: number | null;
  carriedFrom?: number | null;
}

/** Adds a concrete task to a week's plan (from the upgrade checklist, feedback, or by hand). */
export function addTask(db: Database.Database, task: NewTask, now: Date = new Date()): number {
  const result = db
    .prepare(
      `INSERT INTO tasks (title, week_start, source, rejection_id, carried_from, created_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(task.title.trim(), task.weekStart, task.source, task.rejectionId ?? null, task.carriedFrom ?? null, now.toISOString());
  return Number(result.lastInsertRowid);
}

/** Ticks a task off (recording its win) or back on. */
export function setTaskDone(ctx: CoreContext, id: number, done: boolean): { id: number; done: boolean } {
  ctx.db.transaction(() => {
    const task = ctx.db.prepare('SELECT title, done_at AS doneAt FROM tasks WHERE id = ?').get(id) as
      { title: string; doneAt: string | null } | undefined;
    if (!task) throw new DomainError('not_found', content.planner.errors.taskGone);
    ctx.db.prepare('UPDATE tasks SET done_at = ? WHERE id = ?').run(done ? (task.doneAt ?? ctx.now().toISOString()) : null, id);
    if (done) {
      recordAutoWin(
        ctx.db,
        {
          kind: 'task_done',
          title: fillTemplate(content.planner.wins.taskDone, { task: task.title }),
          day: todayOf(ctx),
          sourceKey: `task:${id}:done`,
        },
        ctx.now(),
      );
    }
  })();
  return { id, done };
}

export function deleteTask(ctx: CoreContext, id: number): { deleted: boolean } {
  const result = ctx.db.prepare('DELETE FROM tasks WHERE id = ?').run(id);
  if (result.changes === 0) throw new DomainError('not_found', content.planner.errors.taskGone);
  return { deleted: true };
}
