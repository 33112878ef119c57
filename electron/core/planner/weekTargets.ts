import type Database from 'better-sqlite3';
import type { Targets } from '../settings/schema';
import type { Day } from '../time/schema';

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
