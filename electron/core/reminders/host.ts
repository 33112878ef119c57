import type { CoreContext } from '../context';
import type { WriteGate } from '../imports/write';
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

/**
 * `gate`: while an import's write holds the store in its worker, the ledger's writes wait until it is
 * over (a write on main's connection then would block main's thread for the busy timeout).
 */
export function remindersFace(ctx: CoreContext, gate?: Pick<WriteGate, 'whenFree'>): RemindersFace {
  const whenFree = (run: () => void) => (gate ? gate.whenFree(run) : run());
  return {
    load: (now) => {
      const settings = ctx.settings.get();
      return { data: reminderData(ctx.db, now, settings.weekStartsOn), settings, lastCheckedAt: readLedger(ctx.db).lastCheckedAt };
    },
    record: (now, shown) => whenFree(() => recordShown(ctx.db, now, shown)),
    markChecked: (now) => whenFree(() => markCheckedAt(ctx.db, now)),
  };
}
