import type Database from 'better-sqlite3';
import type { Targets } from '../settings/schema';
import type { Day } from '../time/schema';
import { defaultDayPlan } from './defaults';
import { dayPlanSchema, type DayPlan } from './schema';
import { setWeekTargets } from './weekTargets';

export interface WeekRow {
  planned: boolean;
  targets: Targets;
  dayPlan: DayPlan;
  paused: boolean;
  reviewNote: string;
  reviewedAt: string | null;
}

interface RawWeek extends Targets {
  dayPlan: string;
  paused: number;
  reviewNote: string;
  reviewedAt: string | null;
}

/** A week as stored, or as it would be from the defaults when it has no row yet. */
export function readWeekRow(db: Database.Database, weekStart: Day, defaults: Targets): WeekRow {
  const row = db
    .prepare(
      `SELECT target_search AS search, target_apply AS apply, target_follow_up AS followUp,
              target_network AS network, target_learn AS learn, target_volunteer AS volunteer,
              day_plan AS dayPlan, paused, review_note AS reviewNote, reviewed_at AS reviewedAt
       FROM weeks WHERE week_start = ?`,
    )
    .get(weekStart) as RawWeek | undefined;
  if (!row) {
    return { planned: false, targets: { ...defaults }, dayPlan: defaultDayPlan, paused: false, reviewNote: '', reviewedAt: null };
  }
  const { dayPlan, paused, reviewNote, reviewedAt, ...targets } = row;
  const parsed = dayPlanSchema.safeParse(JSON.parse(dayPlan));
  const plan = parsed.success && Object.keys(parsed.data).length > 0 ? parsed.data : defaultDayPlan;
  return { planned: true, targets, dayPlan: plan, paused: paused === 1, reviewNote, reviewedAt };
}

/** Makes sure a week has its row (from the defaults) before a column of it changes. */
export function ensureWeekRow(db: Database.Database, weekStart: Day, defaults: Targets, now: Date): void {
  const exists = db.prepare('SELECT 1 FROM weeks WHERE week_start = ?').get(weekStart);
  if (!exists) setWeekTargets(db, weekStart, {}, defaults, now);
}
