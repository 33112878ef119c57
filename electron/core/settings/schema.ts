import { z } from 'zod';
import { limit } from '../ipc/inputs';
import { content } from '../../../content';
import { shippedLocales } from '../../../content/locales/tags';

const words = content.views.settingsErrors;

/** HH:mm on a 24-hour clock. */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, words.clockTime);

/** Most of one routine part a week may hold; reflection's step 6 sets targets by the same rule. */
export const targetMax = 1000;
const target = z
  .number()
  .int(words.wholeNumber)
  .min(0, words.targetNegative)
  .max(...limit(targetMax, words.targetTooMany));

export const weekdaySchema = z.number().int().min(0).max(6);

export const targetsSchema = z
  .object({
    search: target,
    apply: target,
    followUp: target,
    network: target,
    learn: target,
    volunteer: target,
  })
  .strict();

/** What "kept the routine" means for a week's streak: at least this many applications and follow-ups. */
export const streakRuleSchema = z
  .object({
    minApply: z
      .number()
      .int(words.wholeNumber)
      .min(0, words.notNegative)
      .max(...limit(100, words.underMax)),
    minFollowUp: z
      .number()
      .int(words.wholeNumber)
      .min(0, words.notNegative)
      .max(...limit(100, words.underMax)),
  })
  .strict();

export const boundsSchema = z
  .object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().min(320).max(10000),
    height: z.number().int().min(320).max(10000),
  })
  .strict();

export const quietHoursSchema = z
  .object({ enabled: z.boolean(), start: clockTime, end: clockTime })
  .strict()
  .refine((quiet) => quiet.start !== quiet.end, {
    message: words.quietHoursSame,
    path: ['end'],
  });

export const settingsSchema = z
  .object({
    /** 1 = Monday (default), 0 = Sunday, 6 = Saturday: the days date-fns knows as weekStartsOn. */
    weekStartsOn: z.union([z.literal(1), z.literal(0), z.literal(6)]),
    /** False until the person picks a first day: till then the week starts as their locale's does (settingsService). */
    weekStartChosen: z.boolean(),
    /** 'system' follows the system's preferred languages; a locale's tag fixes it (content/locales/tags.ts). */
    language: z.enum(['system', ...shippedLocales]),
    targets: targetsSchema,
    followUpAfterDays: z
      .number()
      .int(words.wholeNumber)
      .min(1, words.daysMin)
      .max(...limit(60, words.daysMax)),
    silenceAfterDays: z
      .number()
      .int(words.wholeNumber)
      .min(...limit(3, words.daysAtLeast, 'min'))
      .max(...limit(180, words.daysMax)),
    streakRule: streakRuleSchema,
    reminders: z
      .object({
        weeklyPlanning: z.object({ enabled: z.boolean(), day: weekdaySchema, time: clockTime }).strict(),
        weeklyReview: z.object({ enabled: z.boolean(), day: weekdaySchema, time: clockTime }).strict(),
        followUpsDue: z.object({ enabled: z.boolean(), time: clockTime }).strict(),
        /** The evening before an interview round (its day as the person's clock reads it). */
        interviewDayBefore: z.object({ enabled: z.boolean(), time: clockTime }).strict(),
        recoveryCheckIn: z.object({ enabled: z.boolean() }).strict(),
        idleNudge: z.object({ enabled: z.boolean(), days: z.number().int().min(1).max(30) }).strict(),
        quietHours: quietHoursSchema,
        /** Reminders are held until this moment (UTC ISO); null when not paused. Set through reminders:pause only. */
        pausedUntil: z.iso.datetime({ message: words.pauseEnd }).nullable(),
      })
      .strict(),
    launchAtLogin: z.boolean(),
    /** Off by default; set through companion:setShortcut only, so a shortcut the system refuses is never saved. */
    globalShortcut: z.object({ enabled: z.boolean(), accelerator: z.string().max(100) }).strict(),
    theme: z.enum(['system', 'light', 'dark']),
    windowBounds: boundsSchema.nullable(),
    /** Signs the notes Rebound drafts (the feedback request); empty leaves the signature to the person. */
    yourName: z
      .string()
      .trim()
      .max(...limit(100, words.yourNameTooLong)),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;
export type Targets = z.infer<typeof targetsSchema>;
export type StreakRule = z.infer<typeof streakRuleSchema>;

export const defaultSettings: Settings = {
  weekStartsOn: 1,
  weekStartChosen: false,
  language: 'system',
  targets: { search: 3, apply: 5, followUp: 3, network: 1, learn: 1, volunteer: 0 },
  followUpAfterDays: 7,
  silenceAfterDays: 21,
  streakRule: { minApply: 1, minFollowUp: 1 },
  reminders: {
    weeklyPlanning: { enabled: true, day: 1, time: '09:00' },
    weeklyReview: { enabled: true, day: 5, time: '16:00' },
    followUpsDue: { enabled: true, time: '10:00' },
    interviewDayBefore: { enabled: true, time: '18:00' },
    recoveryCheckIn: { enabled: true },
    idleNudge: { enabled: true, days: 4 },
    quietHours: { enabled: true, start: '21:00', end: '08:00' },
    pausedUntil: null,
  },
  launchAtLogin: false,
  globalShortcut: { enabled: false, accelerator: 'CommandOrControl+Shift+W' },
  theme: 'system',
  windowBounds: null,
  yourName: '',
};

/**
 * What `settings:update` accepts: any subset of the settings, nested objects
 * partial too. Unknown keys are refused rather than silently dropped, so a
 * typo never looks like a saved change.
 */
export const settingsPatchSchema = z
  .object({
    weekStartsOn: settingsSchema.shape.weekStartsOn,
    language: settingsSchema.shape.language,
    targets: targetsSchema.partial().strict(),
    followUpAfterDays: settingsSchema.shape.followUpAfterDays,
    silenceAfterDays: settingsSchema.shape.silenceAfterDays,
    streakRule: streakRuleSchema.partial().strict(),
    reminders: z
      .object({
        weeklyPlanning: settingsSchema.shape.reminders.shape.weeklyPlanning.partial().strict(),
        weeklyReview: settingsSchema.shape.reminders.shape.weeklyReview.partial().strict(),
        followUpsDue: settingsSchema.shape.reminders.shape.followUpsDue.partial().strict(),
        interviewDayBefore: settingsSchema.shape.reminders.shape.interviewDayBefore.partial().strict(),
        recoveryCheckIn: settingsSchema.shape.reminders.shape.recoveryCheckIn.partial().strict(),
        idleNudge: settingsSchema.shape.reminders.shape.idleNudge.partial().strict(),
        quietHours: z.object({ enabled: z.boolean(), start: clockTime, end: clockTime }).partial().strict(),
      })
      .partial()
      .strict(),
    launchAtLogin: z.boolean(),
    theme: settingsSchema.shape.theme,
    windowBounds: settingsSchema.shape.windowBounds,
    yourName: settingsSchema.shape.yourName,
  })
  .partial()
  .strict();

export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/**
 * What the service itself may change: a patch plus the two values that have
 * their own channels (a pause is capped at 30 days; a shortcut is saved only
 * once the system accepted it).
 */
export type SettingsChange = Omit<SettingsPatch, 'reminders'> & {
  reminders?: SettingsPatch['reminders'] & { pausedUntil?: string | null };
  globalShortcut?: Settings['globalShortcut'];
};
