import { z } from 'zod';

/** Content is prose, not code; these schemas make a broken file a failing test, not a blank screen. */
const line = z.string().trim().min(1).max(600);
const idLabel = z.object({ id: z.string().min(1), label: line }).strict();
const emptyState = z.object({ title: line, emptyTitle: line, emptyBody: line, action: line }).strict();

export const stepIds = ['accept', 'redirect', 'feedback', 'personal', 'upgrade', 'forward', 'celebrate'] as const;

export const reflectionContentSchema = z
  .object({
    steps: z
      .array(
        z
          .object({
            id: z.enum(stepIds),
            number: z.number().int().min(1).max(7),
            title: line,
            lead: line,
            prompts: z.record(z.string(), line),
            optional: z.boolean(),
          })
          .strict(),
      )
      .length(7)
      .refine((steps) => steps.every((step, index) => step.id === stepIds[index] && step.number === index + 1), {
        message: 'The seven steps must follow the guide, in order.',
      }),
    feelings: z.array(line).min(6),
    reasons: z.array(idLabel).min(3),
    upgradeChecklist: z.array(idLabel.extend({ task: line }).strict()).min(3),
    controlFactors: z.object({ outside: z.array(line).min(3), inside: z.array(line).min(3) }).strict(),
    recoveryWindows: z.array(z.object({ hours: z.number().int().min(1).max(168), label: line }).strict()).min(1),
    stages: z.array(idLabel).min(3),
    channels: z.array(idLabel).min(3),
  })
  .strict();

export const feedbackTemplatesSchema = z
  .object({
    fallbacks: z.object({ recruiterName: z.string(), role: z.string(), myName: z.string() }).strict(),
    tones: z.array(z.object({ id: z.string().min(1), label: line, subject: line, body: z.string().min(20).max(2000) }).strict()).min(2),
  })
  .strict();

export const faqSchema = z
  .object({ items: z.array(z.object({ id: z.string().min(1), question: line, answer: line }).strict()).min(4) })
  .strict();

export const encouragementSchema = z
  .object({
    byKind: z.record(z.string(), z.array(z.string().trim().min(1).max(120)).min(2)),
    general: z.array(z.string().trim().min(1).max(120)).min(4),
  })
  .strict();

export const viewsSchema = z
  .object({
    today: emptyState,
    reflect: emptyState,
    plan: emptyState,
    wins: emptyState,
    settings: z.object({ title: line, intro: line }).strict(),
    app: z.object({ tagline: line, noElectron: line }).strict(),
    tray: z
      .object({ open: line, rejection: line, logWin: line, thisWeekEmpty: line, settings: line, quit: line })
      .strict(),
    notices: z
      .object({ settingsReset: line, databaseRecovered: line, databaseFresh: line, databaseTooNew: line })
      .strict(),
  })
  .strict();

/** A strict object of the given keys, each one line of prose. */
function lines<K extends string>(keys: readonly K[]) {
  return z.object(Object.fromEntries(keys.map((key) => [key, line])) as Record<K, typeof line>).strict();
}

const titled = z.object({ title: line, body: line }).strict();

export const remindersContentSchema = z
  .object({
    notifications: z
      .object({
        checkIn: titled,
        followUps: z.object({ title: line, bodyOne: line, bodyMany: line }).strict(),
        weeklyPlanning: titled,
        weeklyReview: titled,
        idleNudge: titled,
        summary: z
          .object({
            title: line,
            body: line,
            checkIn: line,
            followUpsOne: line,
            followUpsMany: line,
            weeklyPlanning: line,
            weeklyReview: line,
            idleNudge: line,
            and: line,
          })
          .strict(),
      })
      .strict(),
    tray: lines(['pause', 'pauseHour', 'pauseTomorrow', 'pauseWeek', 'pausedUntil', 'resume', 'followUpsOne', 'followUpsMany', 'checkIn']),
    settings: lines([
      'heading',
      'intro',
      'weeklyPlanning',
      'weeklyReview',
      'followUpsDue',
      'recoveryCheckIn',
      'recoveryCheckInHint',
      'idleNudge',
      'idleDays',
      'quietHours',
      'quietHoursHint',
      'from',
      'until',
      'day',
      'time',
      'save',
      'saved',
      'pausedUntil',
      'resume',
      'pauseLegend',
      'pauseHour',
      'pauseTomorrow',
      'pauseWeek',
      'next',
      'nothingNext',
      'noNotifications',
      'startupHeading',
      'launchAtLogin',
      'launchAtLoginHint',
      'offerTitle',
      'offerBody',
      'offerAccept',
      'offerDismiss',
      'shortcut',
      'shortcutEnabled',
      'shortcutHint',
      'shortcutSave',
      'shortcutSaved',
      'shortcutInactive',
    ]).extend({ kinds: lines(['checkIn', 'followUps', 'weeklyPlanning', 'weeklyReview', 'idleNudge']) }),
    autostart: lines(['comment']),
  })
  .strict();

/** Fills {{name}} placeholders; a missing value becomes the given fallback or an empty string. */
export function fillTemplate(template: string, values: Record<string, string | undefined>, fallbacks: Record<string, string> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_match, key: string) => {
    const value = values[key]?.trim();
    return value ? value : (fallbacks[key] ?? '');
  });
}
