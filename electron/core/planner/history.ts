import { addDaysTo, weekStartOf } from '../time/days';
import type { Day } from '../time/schema';
import { todayOf, weekOf, type PlannerContext } from './context';
import { emptyProgress } from './progress';
import { targetKeyOfKind, type ActivityKind, type History, type Progress, type WeekHistoryEntry } from './schema';
import { keptRoutine, streakOf } from './streak';
import { readWeekRow } from './weekRow';

/**
 * Past weeks, newest first, with what got done and whether the routine was
 * kept, and the streak counted back from this week. The streak looks back as
 * far as there are activities; the list shows the last `count` weeks.
 */
export function weekHistory(ctx: PlannerContext, count = 12): History {
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
