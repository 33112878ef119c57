import { z } from 'zod';
import { idSchema, limit } from '../ipc/inputs';
import { daySchema } from '../time/schema';
import { content } from '../../../content';

/** The kinds a person picks by hand; reflection_done, task_done and week_met are only ever recorded for them. */
export const manualWinKinds = [
  'applied',
  'interview',
  'followup',
  'feedback_asked',
  'feedback_received',
  'networking',
  'learning',
  'offer',
  'personal',
  'custom',
] as const;
export const winKinds = [...manualWinKinds, 'reflection_done', 'task_done', 'week_met'] as const;

export type ManualWinKind = (typeof manualWinKinds)[number];
export const winKindSchema = z.enum(winKinds);
export type WinKind = z.infer<typeof winKindSchema>;

/** What the quick log picks when the person just types a title and presses Enter. */
export const defaultWinKind: ManualWinKind = 'custom';

export const winTitleMax = 200;
export const winNoteMax = 5000;
export const winSearchMax = 200;
export const winsPageSize = 200;

const words = content.wins.errors;
const kindMessage = words.autoKind;
const id = idSchema;

export const winTitleSchema = z
  .string({ error: words.titleMissing })
  .trim()
  .min(1, words.titleMissing)
  .max(...limit(winTitleMax, words.titleTooLong));

export const winNoteSchema = z
  .string()
  .max(...limit(winNoteMax, words.noteTooLong))
  .trim();

const winFields = {
  kind: z.enum(manualWinKinds, { error: kindMessage }),
  title: winTitleSchema,
  note: winNoteSchema.default(''),
  day: daySchema,
  applicationId: id.nullable().default(null),
  rejectionId: id.nullable().default(null),
};

/** `wins:log`: a win the person logs by hand. The day may not be in the future (checked against core's clock). */
export const logWinInput = z.object(winFields).strict();
export type LogWinInput = z.input<typeof logWinInput>;

/**
 * `wins:update`: the whole editable win. Kind may also stay one of the
 * kinds only recorded automatically, when the win already has it.
 */
export const updateWinInput = z.object({ ...winFields, id, kind: z.enum(winKinds, { error: kindMessage }) }).strict();
export type UpdateWinInput = z.input<typeof updateWinInput>;

/** Where the next page starts: just after this (day, id), newest first. */
export const winsCursorSchema = z.object({ day: daySchema, id }).strict();
export type WinsCursor = z.infer<typeof winsCursorSchema>;

export const winsFilterSchema = z
  .object({
    kind: winKindSchema.nullable().default(null),
    search: z
      .string()
      .max(...limit(winSearchMax, words.searchTooLong))
      .trim()
      .default(''),
  })
  .strict();

export const listWinsInput = z
  .object({
    cursor: winsCursorSchema.nullable().default(null),
    kind: winsFilterSchema.shape.kind,
    search: winsFilterSchema.shape.search,
  })
  .strict();
export type ListWinsInput = z.input<typeof listWinsInput>;

export const perWeekInput = z.object({ weeks: z.union([z.literal(12), z.literal(52)]) }).strict();

export const bragSheetInput = z
  .object({ from: daySchema, to: daySchema })
  .strict()
  .refine((range) => range.from <= range.to, { message: words.periodOrder, path: ['to'] });
export type BragSheetInput = z.input<typeof bragSheetInput>;

export interface Win {
  id: number;
  kind: WinKind;
  title: string;
  note: string;
  day: string;
  /** The first day of the week holding `day`, under the person's week-start setting. */
  weekStart: string;
  applicationId: number | null;
  rejectionId: number | null;
  /** What the link points at, in words ("Acme, Designer"), or null when there is none. */
  linkLabel: string | null;
  /** Set when Rebound recorded this win by itself ("recorded for you"). */
  sourceKey: string | null;
  createdAt: string;
}

export interface WinsPage {
  items: Win[];
  /** Pass back as `cursor` for the next page; null at the end. */
  nextCursor: WinsCursor | null;
  /** How many wins match the filter, over every page. */
  total: number;
  /** For each week on this page (by its first day), how many wins match the filter in the whole week. */
  weekCounts: Record<string, number>;
}

export interface WinsSummary {
  today: string;
  weekStart: string;
  thisWeek: number;
  lastWeek: number;
  /** Days in a row with a win, counting today once it has one (yesterday keeps a streak alive). */
  dayStreak: number;
  /** Weeks in a row with a win, the same way. */
  weekStreak: number;
  total: number;
  /** The most recently recorded win still kept, so a view can celebrate one recorded for the person elsewhere. */
  latest: Win | null;
}

export interface WeekCount {
  weekStart: string;
  count: number;
}

export interface LinkOption {
  id: number;
  label: string;
}

export interface LinkOptions {
  applications: LinkOption[];
  rejections: LinkOption[];
}

export interface BragSheet {
  fileName: string;
  content: string;
  count: number;
}
