import type { CoreContext } from '../context';
import type { Settings } from '../settings/schema';
import { markCheckedAt, readLedger, recordShown } from './ledger';
import { reminderData } from './reminderData';
import type { Reminder, ReminderData } from './scheduler';

/**
 * What main's reminder timer asks of core, as narrow questions: main never
 * holds the database, it asks for what is due and says what it showed.
 */
export interface RemindersFace {
  /** What the scheduler needs at `now`: the data in reach, the settings, and when reminders were last dealt with. */
  load(now: Date): { data: ReminderData; settings: Settings; lastCheckedAt: Date | null };
  /** Reminders up to `now` were dealt with; these one-shot ones were shown. */
  record(now: Date, shown: readonly Reminder[]): void;
  /** Moves the watermark only (a settings change). */
  markChecked(now: Date): void;
}

export function remindersFace(ctx: CoreContext): RemindersFace {
  return {
    load: (now) => {
      const settings = ctx.settings.get();
      return { data: reminderData(ctx.db, now, settings.weekStartsOn), settings, lastCheckedAt: readLedger(ctx.db).lastCheckedAt };
    },
    record: (now, shown) => recordShown(ctx.db, now, shown),
    markChecked: (now) => markCheckedAt(ctx.db, now),
  };
}
