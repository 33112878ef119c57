import { z } from 'zod';
import { idSchema, limit, pageLimit, pageOffset } from '../ipc/inputs';
import { daySchema, type Day } from '../time/schema';
import { content, fillMessage } from '../../../content';

/**
 * Inputs and outputs of the applications a person tracks and their
 * follow-ups. Imported by the renderer too, so it may import only zod,
 * other schema files and content/ (JSON and types).
 */

export const applicationStatuses = ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn', 'no_reply'] as const;
export const applicationSources = ['job_board', 'referral', 'company_site', 'recruiter', 'other'] as const;

export type ApplicationStatus = (typeof applicationStatuses)[number];

/** The orders of the list and the board: the table's columns (updated is "last activity"). */
export const applicationSortKeys = ['updated', 'company', 'role', 'status', 'applied', 'next'] as const;
export type ApplicationSort = (typeof applicationSortKeys)[number];
export type SortDirection = 'asc' | 'desc';
/** Each order's own direction, the one a first click on its column gives: newest dates first, names A to Z. */
export const sortDirections: Record<ApplicationSort, SortDirection> = {
  updated: 'desc',
  company: 'asc',
  role: 'asc',
  status: 'asc',
  applied: 'desc',
  next: 'asc',
};
export type ApplicationSource = (typeof applicationSources)[number];

const words = content.planner.errors;

export const statusSchema = z.enum(applicationStatuses, { error: words.statusList });
export const sourceSchema = z.enum(applicationSources, { error: words.sourceList });

const id = idSchema;
/** A text field of at most `max` characters; `message` names the limit as {max}. */
const text = (max: number, message: string) => z.string().max(max, fillMessage(message, { max }));

/** Only web links: anything else (javascript:, file:, mailto:) is refused at the door. */
export const linkSchema = z
  .string()
  .max(...limit(2048, words.linkTooLong))
  .refine((value) => {
    if (value === '') return true;
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && /^https?:\/\//i.test(value);
    } catch {
      return false;
    }
  }, words.webLink);

export const emailSchema = z
  .string()
  .max(320, words.emailTooLong)
  .refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), words.emailInvalid);

/** A salary figure in whole units of its currency; a range's order is checked in core. */
const salaryAmount = z
  .number({ error: words.salaryWhole })
  .int(words.salaryWhole)
  .min(0, words.salaryWhole)
  .max(...limit(100_000_000, words.salaryTooHigh));

export const currencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((value) => value === '' || /^[A-Z]{3}$/.test(value), words.currencyCode);

export const applicationFieldsSchema = z
  .object({
    company: z
      .string()
      .trim()
      .min(1, words.companyMissing)
      .max(...limit(200, words.companyTooLong)),
    role: text(200, words.roleTooLong).trim(),
    link: linkSchema,
    source: sourceSchema,
    location: text(200, words.locationTooLong).trim(),
    remote: z.boolean(),
    salaryNote: text(200, words.salaryTooLong).trim(),
    recruiterName: text(200, words.recruiterTooLong).trim(),
    recruiterEmail: emailSchema,
    notes: text(20000, words.notesTooLong),
    deadlineOn: daySchema.nullable(),
    posting: text(100_000, words.postingTooLong),
    salaryMin: salaryAmount.nullable(),
    salaryMax: salaryAmount.nullable(),
    salaryCurrency: currencySchema,
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
  deadlineOn: null,
  posting: '',
  salaryMin: null,
  salaryMax: null,
  salaryCurrency: '',
};

export const createApplicationInput = applicationFieldsSchema
  .partial()
  .extend({
    company: applicationFieldsSchema.shape.company,
    status: statusSchema.optional(),
    day: daySchema.optional(),
    /** The person saw the warning that this looks like one already tracked, and adds it anyway. */
    confirmDuplicate: z.boolean().optional(),
  })
  .strict();
export const updateApplicationInput = z.object({ id, fields: applicationFieldsSchema.partial().strict() }).strict();
/** What the add form asks before it adds: is this most likely tracked already? */
export const likelyDuplicateInput = z
  .object({
    company: applicationFieldsSchema.shape.company,
    role: applicationFieldsSchema.shape.role.optional(),
    link: linkSchema.optional(),
  })
  .strict();
export const setStatusInput = z.object({ id, status: statusSchema, day: daySchema.optional() }).strict();
/** The day an application went out, changed after the fact ("I applied yesterday"). */
export const setAppliedOnInput = z.object({ id, day: daySchema }).strict();
/** Applications sent per page of the list, and per column of the board, unless asked otherwise. */
export const applicationsPageSize = 50;
export const boardColumnSize = 10;
const pageSize = pageLimit(200, words.pageSizeMax);
const applicationFilters = {
  search: text(200, words.searchTooLong).optional(),
  sort: z.enum(applicationSortKeys, { error: words.orderList }).optional(),
  direction: z.enum(['asc', 'desc'], { error: words.directionList }).optional(),
};
export const listApplicationsInput = z
  .object({
    ...applicationFilters,
    status: statusSchema.optional(),
    offset: pageOffset.optional(),
    limit: pageSize.optional(),
  })
  .strict()
  .optional();
export const applicationsBoardInput = z
  .object({ ...applicationFilters, perColumn: pageSize.optional() })
  .strict()
  .optional();
export const scheduleFollowUpInput = z.object({ applicationId: id, dueOn: daySchema }).strict();
export const moveFollowUpInput = z.object({ id, dueOn: daySchema }).strict();
export const sendFollowUpInput = z
  .object({
    id,
    day: daySchema.optional(),
    note: text(2000, words.noteTooLong).optional(),
    /** Days until the next follow-up, or null for none. */
    nextInDays: z
      .number()
      .int()
      .min(1, words.daysMin)
      .max(...limit(90, words.daysMax))
      .nullable()
      .optional(),
  })
  .strict();

/** Largest file an import accepts, in characters. */
export const maxImportChars = 5 * 1024 * 1024;
export const importCsvInput = z
  .object({ content: z.string().max(maxImportChars, fillMessage(words.csvTooLarge, { max: maxImportChars / 1024 / 1024 })) })
  .strict();

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

/**
 * An application as the list, the board and Today show it: all but the posting's text, which only its details
 * read. At ten years half the applications carry one (2.8 KB on average), and a page of fifty sent them all
 * to the window, where nothing on the page shows them.
 */
export type ApplicationSummary = Omit<Application, 'posting'>;

/** One page of the applications list: the rows, how many match, and whether any application exists at all. */
export interface ApplicationsPage {
  items: ApplicationSummary[];
  offset: number;
  total: number;
  hasAny: boolean;
}

export interface BoardColumn {
  status: ApplicationStatus;
  items: ApplicationSummary[];
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

/** The one already tracked that an addition most likely repeats. */
export interface LikelyDuplicate {
  id: number;
  company: string;
  role: string;
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
