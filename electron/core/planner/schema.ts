import { z } from 'zod';
import { boundedArray, idSchema, limit } from '../ipc/inputs';
import { targetsSchema } from '../settings/schema';
import { daySchema, type Day } from '../time/schema';
import type { ApplicationSummary, DueFollowUp } from '../applications/schema';
import { content, fillMessage } from '../../../content';

/**
 * Inputs and outputs of the weekly routine: weeks, targets, the plan for the
 * days, activities, tasks and the review. Imported by the renderer too, so it
 * may import only zod, other schema files and content/ (JSON and types).
 */

const words = content.planner.errors;

export const activityKinds = ['search', 'apply', 'follow_up', 'network', 'learn', 'volunteer'] as const;
/** Kinds logged by hand; apply and follow-up come from applications and follow-ups themselves. */
export const manualActivityKinds = ['search', 'network', 'learn', 'volunteer'] as const;

export type ActivityKind = (typeof activityKinds)[number];

export const activityKindSchema = z.enum(activityKinds, { error: words.kindList });

/** Which target a kind of activity counts toward. */
export const targetKeyOfKind = {
  search: 'search',
  apply: 'apply',
  follow_up: 'followUp',
  network: 'network',
  learn: 'learn',
  volunteer: 'volunteer',
} as const satisfies Record<ActivityKind, keyof z.infer<typeof targetsSchema>>;

const id = idSchema;
const text = (max: number, message: string) => z.string().max(max, fillMessage(message, { max }));
export const todayInput = z
  .object({ all: z.boolean({ error: words.choiceNotUnderstood }).optional() })
  .strict()
  .optional();

export const weekInput = z.object({ weekStart: daySchema.optional() }).strict().optional();
export const setTargetsInput = z.object({ weekStart: daySchema, targets: targetsSchema.partial().strict() }).strict();

// A strict object rather than a record: a record let an own "__proto__" key through.
const dayKinds = boundedArray(activityKindSchema, 6, words.dayOnce).optional();
export const dayPlanSchema = z
  .object({ '0': dayKinds, '1': dayKinds, '2': dayKinds, '3': dayKinds, '4': dayKinds, '5': dayKinds, '6': dayKinds })
  .strict();
export type DayPlan = z.infer<typeof dayPlanSchema>;
export const setDayPlanInput = z.object({ weekStart: daySchema, dayPlan: dayPlanSchema }).strict();
export const setPausedInput = z.object({ weekStart: daySchema, paused: z.boolean() }).strict();

/** Networking is the one kind spent with someone: it alone may name one of the person's contacts. */
export const kindWithPerson = 'network' satisfies ActivityKind;

export const logActivityInput = z
  .object({
    kind: z.enum(manualActivityKinds, { error: words.manualKind }),
    day: daySchema.optional(),
    note: text(2000, words.noteTooLong).optional(),
    /** Who it was with; core checks they are still there. */
    contactId: id.nullable().optional(),
  })
  .strict()
  .refine((input) => (input.contactId ?? null) === null || input.kind === kindWithPerson, {
    message: words.personOnlyNetworking,
    path: ['contactId'],
  });

export const addTaskInput = z
  .object({
    weekStart: daySchema,
    title: z
      .string()
      .trim()
      .min(1, words.taskMissing)
      .max(...limit(300, words.taskTooLong)),
  })
  .strict();
export const setTaskDoneInput = z.object({ id, done: z.boolean() }).strict();

export const reviewWeekInput = z
  .object({
    weekStart: daySchema,
    note: text(20000, words.noteTooLong),
    carryTaskIds: boundedArray(id, 500, fillMessage(words.carryTooMany, { max: 500 })),
    nextTargets: targetsSchema.partial().strict().optional(),
  })
  .strict();

export const historyInput = z
  .object({ weeks: z.number().int().min(1).max(104).optional() })
  .strict()
  .optional();

export const exportIcsInput = z.object({ weekStart: daySchema.optional() }).strict().optional();

// ── outputs ──

export type Targets = z.infer<typeof targetsSchema>;
export type Progress = Record<keyof Targets, number>;

export interface Task {
  id: number;
  title: string;
  weekStart: Day;
  source: 'manual' | 'upgrade' | 'feedback' | 'carried';
  doneAt: string | null;
  /** Already carried into the following week. */
  carried: boolean;
}

/** One activity as logged, with the name of the person it was with (null when it names no one). */
export interface Activity {
  id: number;
  kind: ActivityKind;
  day: Day;
  note: string;
  contactId: number | null;
  contactName: string | null;
}

export interface Week {
  weekStart: Day;
  days: Day[];
  /** True once the week has its own row (targets set, planned or reviewed). */
  planned: boolean;
  targets: Targets;
  dayPlan: DayPlan;
  progress: Progress;
  met: boolean;
  paused: boolean;
  reviewNote: string;
  reviewedAt: string | null;
  tasks: Task[];
}

/** How many follow-ups due and quiet applications Today lists before offering the rest. */
export const todayListSize = 5;

export interface TodayPlan {
  today: Day;
  /** Index of today in its week (0 = first day). */
  dayIndex: number;
  steps: ActivityKind[];
  week: Week;
  /** The follow-ups due, oldest first: the first few unless every one was asked for. */
  dueFollowUps: DueFollowUp[];
  dueCount: number;
  /** Applications gone quiet, the longest quiet first: the first few unless every one was asked for. */
  silent: ApplicationSummary[];
  silentCount: number;
  /** Whether there is anything to show: a planned week or any application. */
  hasPlan: boolean;
}

export interface WeekHistoryEntry {
  weekStart: Day;
  progress: Progress;
  targets: Targets;
  paused: boolean;
  kept: boolean;
}

export interface History {
  streak: number;
  weeks: WeekHistoryEntry[];
}
