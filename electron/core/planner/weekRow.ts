import type Database from 'better-sqlite3';
import type { Targets } from '../settings/schema';
import type { Day } from '../time/schema';
import { type DayPlan, dayPlanSchema } from './schema';

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

/**
 * Writes targets into a week's plan, creating the week from the defaults
 * when it has none yet. Used by the planner and by a reflection's step 6.
 */
export function setWeekTargets(
  db: Database.Database,
  weekStart: Day,
  targets: Partial<Targets>,
  defaults: Targets,
  now: Date = new Date(),
): Targets {
  const at = now.toISOString();
  const existing = db
    .prepare(
      `SELECT target_search AS search, target_apply AS apply, target_follow_up AS followUp,
              target_network AS network, target_learn AS learn, target_volunteer AS volunteer
       FROM weeks WHERE week_start = ?`,
    )
    .get(weekStart) as Targets | undefined;
  const next: Targets = { ...(existing ?? defaults), ...targets };
  db.prepare(
    `INSERT INTO weeks (week_start, target_search, target_apply, target_follow_up, target_network, target_learn,
                        target_volunteer, created_at, updated_at)
     VALUES (@weekStart, @search, @apply, @followUp, @network, @learn, @volunteer, @at, @at)
     ON CONFLICT (week_start) DO UPDATE SET
       target_search = excluded.target_search, target_apply = excluded.target_apply,
       target_follow_up = excluded.target_follow_up, target_network = excluded.target_network,
       target_learn = excluded.target_learn, target_volunteer = excluded.target_volunteer,
       updated_at = excluded.updated_at`,
  ).run({ weekStart, ...next, at });
  return next;
}

/** A first plan for the days, before the person makes their own: search early, apply, follow up late in the week. */
export const defaultDayPlan: DayPlan = {
  '0': ['search'],
  '1': ['apply'],
  '2': ['learn'],
  '3': ['follow_up'],
  '4': ['apply', 'network'],
};
