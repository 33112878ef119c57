import type Database from 'better-sqlite3';
import type { Targets } from '../settings/schema';
import { addDaysTo } from '../time/days';
import type { Day } from '../time/schema';
import { targetKeyOfKind, type ActivityKind, type Progress } from './schema';

export const emptyProgress = (): Progress => ({ search: 0, apply: 0, followUp: 0, network: 0, learn: 0, volunteer: 0 });

/** How many of each activity landed in the seven days from `weekStart`. */
export function weekProgress(db: Database.Database, weekStart: Day): Progress {
  const rows = db
    .prepare('SELECT kind, count(*) AS n FROM activities WHERE day BETWEEN ? AND ? GROUP BY kind')
    .all(weekStart, addDaysTo(weekStart, 6)) as { kind: ActivityKind; n: number }[];
  const progress = emptyProgress();
  for (const row of rows) progress[targetKeyOfKind[row.kind]] = row.n;
  return progress;
}

/** A week's targets are met when it asked for something and every part of it was reached. */
export function targetsMet(targets: Targets, progress: Progress): boolean {
  const keys = Object.keys(targets) as (keyof Targets)[];
  return keys.some((key) => targets[key] > 0) && keys.every((key) => progress[key] >= targets[key]);
}
