import type { CoreContext } from '../context';
import { hasPlannedWeek, reminderData } from './reminderData';
import { launchOffered } from './ledger';
import { activePause } from './pause';
import { nextReminders } from './scheduler';
import type { CompanionDeps } from './companionDeps';
import type { CompanionStatus, UpcomingReminder } from './schema';

/** What Settings shows: the pause, the next few reminders (one per kind), the login item and the shortcut. */
export function companionStatus(ctx: CoreContext, deps: CompanionDeps): CompanionStatus {
  const now = ctx.now();
  const settings = ctx.settings.get();
  const data = reminderData(ctx.db, now, settings.weekStartsOn);
  const seen = new Set<string>();
  const upcoming: UpcomingReminder[] = [];
  for (const reminder of nextReminders(now, data, settings)) {
    if (seen.has(reminder.kind)) continue;
    seen.add(reminder.kind);
    upcoming.push({ kind: reminder.kind, at: reminder.at.toISOString() });
  }
  const paused = activePause(now, settings);
  return {
    pausedUntil: paused ? paused.toISOString() : null,
    upcoming: upcoming.slice(0, 3),
    notificationsSupported: deps.notificationsSupported(),
    launchAtLogin: {
      enabled: settings.launchAtLogin,
      offer: !settings.launchAtLogin && !launchOffered(ctx.db) && hasPlannedWeek(ctx.db),
    },
    shortcut: {
      ...settings.globalShortcut,
      active: settings.globalShortcut.enabled && deps.shortcutActive(),
    },
  };
}
