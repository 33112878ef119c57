import type Database from 'better-sqlite3';
import type { SettingsService } from './settings/settingsService';
import { dayOf, weekStartOf, type WeekStartsOn } from './time/days';
import type { Day } from './time/schema';

/**
 * What every feature's queries and commands work from: the store, the
 * settings service (read when needed, so a changed setting applies at once)
 * and the one clock (tests pass a fixed one). Pure computations take plain
 * values instead; the context stops at a feature's query functions.
 */
export interface CoreContext {
  db: Database.Database;
  settings: SettingsService;
  now: () => Date;
}

/** Today as the person lives it: the local calendar day of core's clock. */
export function todayOf(ctx: CoreContext): Day {
  return dayOf(ctx.now());
}

/** The first day of the week, from the person's setting: the one route every feature reads it by. */
export function weekStartsOnOf(ctx: CoreContext): WeekStartsOn {
  return ctx.settings.get().weekStartsOn;
}

/** The first day of the week holding `day`, under the person's current setting. */
export function weekOf(ctx: CoreContext, day: Day): Day {
  return weekStartOf(day, weekStartsOnOf(ctx));
}
