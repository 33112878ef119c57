import { app, globalShortcut, Notification, powerMonitor } from 'electron';
import os from 'node:os';
import path from 'node:path';
import { content, fillTemplate } from '../../content';
import type { CompanionDeps } from '../core/reminders/companionDeps';
import type { ReminderNotice } from '../core/reminders/notice';
import { pauseEnd } from '../core/reminders/pause';
import type { Attention } from '../core/reminders/wake';
import type { Settings } from '../core/settings/schema';
import type { Core } from '../core/startCore';
import { applyLoginItem, type LoginItemHost } from './loginItem';
import { createNotifier } from './notifications';
import { createOneTimer, type Timers } from './oneTimer';
import { createReminderController } from './reminderController';
import { createShortcutHolder, type ShortcutHolder } from './shortcut';
import { formatTrayMoment, type TrayAction, type TrayState } from './trayMenu';

type Nav = ReminderNotice['nav'];

/** "2 follow-ups due · A check-in is waiting", or null when nothing needs the person. */
export function dueSummaryOf(attention: Attention, words = content.reminders.tray): string | null {
  const parts: string[] = [];
  if (attention.followUpsDue === 1) parts.push(words.followUpsOne);
  if (attention.followUpsDue > 1) parts.push(fillTemplate(words.followUpsMany, { count: String(attention.followUpsDue) }));
  if (attention.checkInsWaiting > 0) parts.push(words.checkIn);
  return parts.length ? parts.join(' · ') : null;
}

/** The end of a pause as the person reads it: "16:30" today, "Thu 09:00" on another day. */
export const formatPauseEnd = formatTrayMoment;

export function loginItemHost(appDir: string, resourcesDir: string): LoginItemHost {
  return {
    platform: process.platform,
    app,
    env: process.env,
    homeDir: os.homedir(),
    execPath: process.execPath,
    isPackaged: app.isPackaged,
    appPath: appDir,
    icon: path.join(resourcesDir, 'icon.png'),
    resourcesPath: process.resourcesPath,
    comment: content.reminders.autostart.comment,
  };
}

/** Built before core starts: core's companion channels ask the system through these. */
export function createCompanionDeps(options: { onShortcut: () => void; loginItem: LoginItemHost }): {
  deps: CompanionDeps;
  shortcuts: ShortcutHolder;
} {
  const shortcuts = createShortcutHolder(globalShortcut, options.onShortcut);
  let wanted: string | null = null;
  return {
    shortcuts,
    deps: {
      applyShortcut: (shortcut) => {
        const ok = shortcuts.apply(shortcut);
        if (ok) wanted = shortcut.enabled ? shortcut.accelerator : null;
        return ok;
      },
      shortcutActive: () => wanted !== null && shortcuts.held() === wanted,
      applyLaunchAtLogin: (enabled) => applyLoginItem(enabled, options.loginItem),
      notificationsSupported: () => Notification.isSupported(),
    },
  };
}

/** What reminders care about in settings; anything else (window bounds, theme) changing is not worth a recompute. */
function reminderRelevant(settings: Settings): string {
  return JSON.stringify([settings.reminders, settings.weekStartsOn]);
}

export interface CompanionOptions {
  core: Core;
  setup: ReturnType<typeof createCompanionDeps>;
  tray: { update(state: Partial<TrayState>): void };
  /** Shows the window on a view (a notification click). */
  open: (nav: Nav) => void;
  /** Tells open views that reminders or settings changed (pause from the tray). */
  changed: () => void;
  /** Called after every recompute (start, the timer waking, a change, resume): the tray's week line refreshes with it. */
  recomputed?: () => void;
  loginItem: LoginItemHost;
  icon?: string;
  timers?: Timers;
  log?: (message: string) => void;
}

/**
 * The companion while the window is closed: reminders on one timer, the
 * tray's attention and pause state, the global shortcut and the login item.
 * Glue only: decisions live in core/reminders and the pure main modules.
 */
export function startCompanion(options: CompanionOptions) {
  const { core, setup, tray } = options;
  const notifier = createNotifier(options.open, options.icon);
  const controller = createReminderController(
    {
      now: core.now,
      load: core.reminders.load,
      record: core.reminders.record,
      markChecked: core.reminders.markChecked,
      notify: (notice) => void notifier.show(notice),
      onState: ({ attention, pausedUntil }) => {
        tray.update({
          attention: attention.followUpsDue + attention.checkInsWaiting > 0,
          dueSummary: dueSummaryOf(attention),
          pausedLine: pausedUntil
            ? fillTemplate(content.reminders.tray.pausedUntil, { time: formatPauseEnd(pausedUntil, core.now()) })
            : null,
        });
        options.recomputed?.();
      },
      timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
      ...(options.log ? { log: options.log } : {}),
    },
    createOneTimer(options.timers),
  );

  let last = core.settings.get();
  if (last.globalShortcut.enabled) setup.deps.applyShortcut(last.globalShortcut);
  if (last.launchAtLogin) {
    // Refresh the entry so it points at this executable (the app may have moved since).
    try {
      applyLoginItem(true, options.loginItem);
    } catch (error) {
      options.log?.(`launch at login could not be refreshed: ${String(error)}`);
    }
  }
  powerMonitor.on('suspend', controller.suspend);
  powerMonitor.on('resume', controller.resume);
  controller.start();

  return {
    dataChanged: () => controller.dataChanged(),
    settingsChanged(next: Settings) {
      const before = last;
      last = next;
      if (next.launchAtLogin !== before.launchAtLogin) {
        try {
          applyLoginItem(next.launchAtLogin, options.loginItem);
        } catch (error) {
          options.log?.(`launch at login could not be changed: ${String(error)}`);
        }
      }
      if (reminderRelevant(next) !== reminderRelevant(before)) controller.settingsChanged();
    },
    /** Pause and resume from the tray menu go through the same settings as the Settings view. */
    runTrayAction(action: Extract<TrayAction, { kind: 'pause' } | { kind: 'resume' }>) {
      const until = action.kind === 'pause' ? pauseEnd(core.now(), { preset: action.preset }, core.settings.get()).toISOString() : null;
      core.settings.update({ reminders: { pausedUntil: until } });
      options.changed();
    },
    /** For the Electron e2e suite: show a notice and click it as a person would. */
    showAndClick(notice: ReminderNotice): boolean {
      const notification = notifier.show(notice);
      notification?.emit('click');
      return notification !== null;
    },
    stop() {
      powerMonitor.off('suspend', controller.suspend);
      powerMonitor.off('resume', controller.resume);
      controller.stop();
      setup.shortcuts.release();
    },
  };
}

export type Companion = ReturnType<typeof startCompanion>;
