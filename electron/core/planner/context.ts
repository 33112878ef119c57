import type Database from 'better-sqlite3';
import type { SettingsService } from '../settings/settingsService';
import { dayOf, weekStartOf } from '../time/days';
import type { Day } from '../time/schema';

/** What the planner needs from core: the store, the settings and the clock (the same shape as CoreContext). */
export interface PlannerContext {
  db: Database.Database;
  settings: SettingsService;
  now: () => Date;
}

export function todayOf(ctx: PlannerContext): Day {
  return dayOf(ctx.now());
}

/** The first day of the week holding `day`, under the person's current setting. */
export function weekOf(ctx: PlannerContext, day: Day): Day {
  return weekStartOf(day, ctx.settings.get().weekStartsOn);
}
