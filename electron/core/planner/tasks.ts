import type Database from 'better-sqlite3';
import type { Day } from '../time/schema';

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
