import { z } from 'zod';
import { limit } from '../ipc/inputs';
import { content } from '../../../content';

/**
 * Inputs of the companion channels (reminders, launch at login, global shortcut). Imported by the
 * renderer too, so it may import only zod and content/ (JSON and types).
 */
const words = content.reminders.errors;

export const pausePresets = ['1h', 'tomorrow', '1w'] as const;
export type PausePreset = (typeof pausePresets)[number];

export const pauseInput = z.union([
  z.object({ preset: z.enum(pausePresets, words.pausePreset) }).strict(),
  z.object({ until: z.iso.datetime({ message: words.pauseUntil }).max(40) }).strict(),
]);
export type PauseInput = z.infer<typeof pauseInput>;

export const shortcutInput = z
  .object({
    enabled: z.boolean(),
    accelerator: z.string().max(...limit(100, words.shortcutTooLong)),
  })
  .strict();
export type ShortcutInput = z.infer<typeof shortcutInput>;

export const launchAtLoginInput = z.object({ enabled: z.boolean() }).strict();

export interface UpcomingReminder {
  kind: 'checkIn' | 'interviewTomorrow' | 'followUps' | 'weeklyPlanning' | 'weeklyReview' | 'idleNudge';
  /** UTC ISO. */
  at: string;
}

/** What Settings shows about the companion: pause, what comes next, login item, shortcut. */
export interface CompanionStatus {
  pausedUntil: string | null;
  upcoming: UpcomingReminder[];
  notificationsSupported: boolean;
  launchAtLogin: {
    enabled: boolean;
    /** Show the one-time suggestion (a week was planned, never offered before, not on yet). */
    offer: boolean;
  };
  shortcut: {
    enabled: boolean;
    accelerator: string;
    /** False when it is on but the system would not give it to Rebound at start. */
    active: boolean;
  };
}
