import { z } from 'zod';
import { targetsSchema } from '../settings/schema';
import { daySchema, type Day } from '../time/schema';

/**
 * Inputs and outputs of the planner and the applications it tracks. Imported
 * by the renderer too, so it may import only zod and other schema files.
 */

export const applicationStatuses = ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn', 'no_reply'] as const;
export const applicationSources = ['job_board', 'referral', 'company_site', 'recruiter', 'other'] as const;
export const activityKinds = ['search', 'apply', 'follow_up', 'network', 'learn', 'volunteer'] as const;
/** Kinds logged by hand; apply and follow-up come from applications and follow-ups themselves. */
export const manualActivityKinds = ['search', 'network', 'learn', 'volunteer'] as const;

export type ApplicationStatus = (typeof applicationStatuses)[number];
export type ApplicationSource = (typeof applicationSources)[number];
export type ActivityKind = (typeof activityKinds)[number];

export const statusSchema = z.enum(applicationStatuses, { error: 'Pick one of the listed statuses.' });
export const sourceSchema = z.enum(applicationSources, { error: 'Pick one of the listed sources.' });
export const activityKindSchema = z.enum(activityKinds, { error: 'Pick one of the listed kinds.' });

/** Which target a kind of activity counts toward. */
export const targetKeyOfKind = {
  search: 'search',
  apply: 'apply',
  follow_up: 'followUp',
  network: 'network',
  learn: 'learn',
  volunteer: 'volunteer',
} as const satisfies Record<ActivityKind, keyof z.infer<typeof targetsSchema>>;

/**
 * An array checked for length before its items: a hostile payload of a
 * million bad items is refused at once instead of producing a million issues.
 */
function boundedArray<T extends z.ZodType>(item: T, max: number, message: string) {
  return z.array(z.unknown()).max(max, message).pipe(z.array(item));
}

const id = z.number({ error: 'That item was not understood.' }).int().positive().max(Number.MAX_SAFE_INTEGER);
const text = (max: number, message: string) => z.string().max(max, message);

/** Only web links: anything else (javascript:, file:, mailto:) is refused at the door. */
export const linkSchema = z
  .string()
  .max(2048, 'That link is too long (2,048 characters at most).')
  .refine((value) => {
    if (value === '') return true;
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && /^https?:\/\//i.test(value);
    } catch {
      return false;
    }
  }, 'Use a web link that starts with http:// or https://.');

export const emailSchema = z
  .string()
  .max(320, 'That email address is too long.')
  .refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), 'That does not look like an email address.');

export const applicationFieldsSchema = z
  .object({
    company: z.string().trim().min(1, 'Add the company name.').max(200, 'Keep the company name under 200 characters.'),
    role: text(200, 'Keep the role under 200 characters.').trim(),
    link: linkSchema,
    source: sourceSchema,
    location: text(200, 'Keep the location under 200 characters.').trim(),
    remote: z.boolean(),
    salaryNote: text(200, 'Keep the salary note under 200 characters.').trim(),
    recruiterName: text(200, "Keep the recruiter's name under 200 characters.").trim(),
    recruiterEmail: emailSchema,
    notes: text(20000, 'Keep notes under 20,000 characters.'),
  })
  .strict();

export type ApplicationFields = z.infer<typeof applicationFieldsSchema>;

/** An application's fields left blank: what core stores for any not given, and the add form's start. */
export const blankFields: Omit<ApplicationFields, 'company'> = {
  role: '',
  link: '',
  source: 'other',
  location: '',
  remote: false,
  salaryNote: '',
  recruiterName: '',
  recruiterEmail: '',
  notes: '',
};

export const createApplicationInput = applicationFieldsSchema
  .partial()
  .extend({ company: applicationFieldsSchema.shape.company, status: statusSchema.optional(), day: daySchema.optional() })
  .strict();
export const updateApplicationInput = z.object({ id, fields: applicationFieldsSchema.partial().strict() }).strict();
export const applicationIdInput = z.object({ id }).strict();
export const setStatusInput = z.object({ id, status: statusSchema, day: daySchema.optional() }).strict();
/** Applications sent per page of the list, and per column of the board, unless asked otherwise. */
export const applicationsPageSize = 50;
export const boardColumnSize = 10;
const pageLimit = z
  .number({ error: 'That page size was not understood.' })
  .int('That page size was not understood.')
  .min(1, 'That page size was not understood.')
  .max(200, 'Ask for at most 200 applications at a time.');
const applicationFilters = {
  search: z.string().max(200, 'Keep the search under 200 characters.').optional(),
  sort: z.enum(['updated', 'company', 'status', 'applied'], { error: 'Pick one of the listed orders.' }).optional(),
};
export const listApplicationsInput = z
  .object({
    ...applicationFilters,
    status: statusSchema.optional(),
    offset: z
      .number({ error: 'That page was not understood.' })
      .int('That page was not understood.')
      .min(0, 'That page was not understood.')
      .max(10_000_000, 'That page was not understood.')
      .optional(),
    limit: pageLimit.optional(),
  })
  .strict()
  .optional();
export const applicationsBoardInput = z
  .object({ ...applicationFilters, perColumn: pageLimit.optional() })
  .strict()
  .optional();
export const todayInput = z
  .object({ all: z.boolean({ error: 'That choice was not understood.' }).optional() })
  .strict()
  .optional();

export const scheduleFollowUpInput = z.object({ applicationId: id, dueOn: daySchema }).strict();
export const moveFollowUpInput = z.object({ id, dueOn: daySchema }).strict();
export const sendFollowUpInput = z
  .object({
    id,
    day: daySchema.optional(),
    note: text(2000, 'Keep the note under 2,000 characters.').optional(),
    /** Days until the next follow-up, or null for none. */
    nextInDays: z.number().int().min(1, 'Use at least one day.').max(90, 'Keep it under 90 days.').nullable().optional(),
  })
  .strict();

export const weekInput = z.object({ weekStart: daySchema.optional() }).strict().optional();
export const setTargetsInput = z.object({ weekStart: daySchema, targets: targetsSchema.partial().strict() }).strict();

// A strict object rather than a record: a record let an own "__proto__" key through.
const dayKinds = boundedArray(activityKindSchema, 6, 'A day holds each part of the routine at most once.').optional();
export const dayPlanSchema = z
  .object({ '0': dayKinds, '1': dayKinds, '2': dayKinds, '3': dayKinds, '4': dayKinds, '5': dayKinds, '6': dayKinds })
  .strict();
export type DayPlan = z.infer<typeof dayPlanSchema>;
export const setDayPlanInput = z.object({ weekStart: daySchema, dayPlan: dayPlanSchema }).strict();
export const setPausedInput = z.object({ weekStart: daySchema, paused: z.boolean() }).strict();

export const logActivityInput = z
  .object({
    kind: z.enum(manualActivityKinds, { error: 'Pick search, networking, learning or volunteering.' }),
    day: daySchema.optional(),
    note: text(2000, 'Keep the note under 2,000 characters.').optional(),
  })
  .strict();

export const addTaskInput = z
  .object({
    weekStart: daySchema,
    title: z.string().trim().min(1, 'Write the task in a few words.').max(300, 'Keep the task under 300 characters.'),
  })
  .strict();
export const setTaskDoneInput = z.object({ id, done: z.boolean() }).strict();

export const reviewWeekInput = z
  .object({
    weekStart: daySchema,
    note: text(20000, 'Keep the note under 20,000 characters.'),
    carryTaskIds: boundedArray(id, 500, 'Carry at most 500 tasks at a time.'),
    nextTargets: targetsSchema.partial().strict().optional(),
  })
  .strict();

export const historyInput = z.object({ weeks: z.number().int().min(1).max(104).optional() }).strict().optional();

/** Largest file an import accepts, in characters. */
export const maxImportChars = 5 * 1024 * 1024;
export const importCsvInput = z
  .object({ content: z.string().max(maxImportChars, 'That file is larger than 5 MB; split it into smaller files.') })
  .strict();
export const exportIcsInput = z.object({ weekStart: daySchema.optional() }).strict().optional();

// ── outputs ──

export interface StatusChange {
  status: ApplicationStatus;
  day: Day;
  changedAt: string;
}

export interface FollowUp {
  id: number;
  applicationId: number;
  dueOn: Day;
  state: 'pending' | 'sent' | 'cancelled';
  sentOn: Day | null;
  note: string;
}

export interface Application extends ApplicationFields {
  id: number;
  status: ApplicationStatus;
  appliedOn: Day | null;
  statusChangedAt: string;
  createdAt: string;
  updatedAt: string;
  /** The next pending follow-up, if any. */
  nextFollowUp: FollowUp | null;
  /** No change for the silence setting's number of days while waiting to hear back. */
  silent: boolean;
}

/** One page of the applications list: the rows, how many match, and whether any application exists at all. */
export interface ApplicationsPage {
  items: Application[];
  offset: number;
  total: number;
  hasAny: boolean;
}

export interface BoardColumn {
  status: ApplicationStatus;
  items: Application[];
  total: number;
}

export interface ApplicationsBoard {
  columns: BoardColumn[];
  hasAny: boolean;
}

export interface ApplicationDetail extends Application {
  history: StatusChange[];
  followUps: FollowUp[];
}

export interface DueFollowUp extends FollowUp {
  company: string;
  role: string;
  recruiterName: string;
  recruiterEmail: string;
}

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
  silent: Application[];
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

export interface SetStatusResult {
  application: Application;
  followUpId: number | null;
  /** A rejection: the page offers a reflection for it. */
  offerReflection: boolean;
}

export interface FileExport {
  fileName: string;
  mimeType: string;
  content: string;
}
