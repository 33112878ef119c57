import { z } from 'zod';
import { boundedArray, idSchema, limit, pageLimit, pageOffset } from '../../ipc/inputs';
import { daySchema, type Day } from '../../time/schema';
import { emailSchema, linkSchema, type ApplicationStatus } from '../schema';
import { content, fillMessage } from '../../../../content';

/**
 * Inputs and outputs of the people met along a search and the interview
 * rounds. Imported by the renderer too: zod, other schema files and content/ only.
 */

const words = content.planner.errors;
const id = idSchema;
const text = (max: number, message: string) => z.string().max(max, fillMessage(message, { max }));

export const contactRelations = ['recruiter', 'hiring_manager', 'interviewer', 'referral', 'other'] as const;
export type ContactRelation = (typeof contactRelations)[number];

export const contactFieldsSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, words.contactNameMissing)
      .max(...limit(200, words.contactNameTooLong)),
    role: text(200, words.contactRoleTooLong).trim(),
    email: emailSchema,
    /** Kept as typed ("+49 30 1234567 ext. 12", "ask for the front desk"): Rebound never dials it. */
    phone: text(60, words.phoneTooLong).trim(),
    profileLink: linkSchema,
    notes: text(20000, words.notesTooLong),
    company: text(200, words.contactCompanyTooLong).trim(),
  })
  .strict();
export type ContactFields = z.infer<typeof contactFieldsSchema>;

const relationSchema = z.enum(contactRelations, { error: words.relationList });

export const createContactInput = contactFieldsSchema
  .partial()
  .extend({
    name: contactFieldsSchema.shape.name,
    /** Linked to this application at once (the Details panel adds people this way). */
    applicationId: id.optional(),
    relation: relationSchema.optional(),
  })
  .strict();
export const updateContactInput = z.object({ id, fields: contactFieldsSchema.partial().strict() }).strict();
/** How many people a list without an application gives when it is not told. */
export const contactsPageSize = 50;
/** How many people the "link someone you know" picker offers at once; a few letters of a name find the rest. */
export const contactPickSize = 20;
/** One application's people, or a page of everyone by name; either narrowed as `ContactFilter` says. */
export const listContactsInput = z
  .object({
    applicationId: id.optional(),
    /** Leaves out the people already linked to this application (the picker that links one more). */
    notLinkedTo: id.optional(),
    /** Words that start a word of the name, role, email, company or notes; one letter, inside the name or company. */
    search: text(200, words.searchTooLong).optional(),
    limit: pageLimit(200, words.contactsPageMax).optional(),
  })
  .strict()
  .optional();
/** How many moments of one person's history a page shows when it is not told. */
export const contactHistoryPageSize = 20;
/** A page of one person's history, newest first. */
export const contactHistoryInput = z
  .object({ id, offset: pageOffset.optional(), limit: pageLimit(100, words.historyPageMax).optional() })
  .strict();
export const linkContactInput = z.object({ applicationId: id, contactId: id, relation: relationSchema.optional() }).strict();
export const unlinkContactInput = z.object({ applicationId: id, contactId: id }).strict();

export const interviewKinds = ['screen', 'technical', 'onsite', 'final', 'other'] as const;
export type InterviewKind = (typeof interviewKinds)[number];

/** An IANA zone this runtime knows (Europe/Berlin, America/New_York, UTC). */
export function isTimeZone(value: string): boolean {
  if (value === '' || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const interviewFieldsSchema = z
  .object({
    kind: z.enum(interviewKinds, { error: words.interviewKindList }),
    /** The wall-clock day and time in `timeZone`: what the invitation said. */
    date: daySchema,
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, words.clockTime),
    timeZone: z.string().refine(isTimeZone, words.timeZoneUnknown),
    place: text(2048, words.placeTooLong).trim(),
    prepNotes: text(20000, words.notesTooLong),
    howItWent: text(20000, words.notesTooLong),
    contactIds: boundedArray(id, 20, fillMessage(words.contactsTooMany, { max: 20 })),
  })
  .strict();
export type InterviewFields = z.infer<typeof interviewFieldsSchema>;

export const createInterviewInput = interviewFieldsSchema
  .partial()
  .extend({
    applicationId: id,
    kind: interviewFieldsSchema.shape.kind,
    date: interviewFieldsSchema.shape.date,
    time: interviewFieldsSchema.shape.time,
    timeZone: interviewFieldsSchema.shape.timeZone,
  })
  .strict();
export const updateInterviewInput = z.object({ id, fields: interviewFieldsSchema.partial().strict() }).strict();
export const interviewsOfInput = z.object({ applicationId: id }).strict();
export const upcomingInterviewsInput = z
  .object({
    limit: z
      .number()
      .int()
      .min(1)
      .max(...limit(50, words.upcomingMax))
      .optional(),
  })
  .strict()
  .optional();
export const noteHowItWentInput = z.object({ id, howItWent: text(20000, words.notesTooLong) }).strict();

// ── outputs ──

export interface Contact extends ContactFields {
  id: number;
  createdAt: string;
  updatedAt: string;
  /** Set when listed for one application: who they are to it. */
  relation?: ContactRelation;
  /** Set when listing everyone: how many applications they are linked to. */
  applicationCount?: number;
}

/** An application a person is linked to, and who they are to it. */
export interface LinkedApplication {
  id: number;
  company: string;
  role: string;
  status: ApplicationStatus;
  relation: ContactRelation;
}

/** One person with every application they are linked to (by company, then role). */
export interface ContactDetail {
  contact: Contact;
  applications: LinkedApplication[];
}

/** A networking activity that named the person: its local day and note. */
export interface ContactActivityMoment {
  type: 'activity';
  id: number;
  day: Day;
  note: string;
  applicationId: number | null;
}

/** An interview round the person was in, with its application. */
export interface ContactInterviewMoment {
  type: 'interview';
  id: number;
  /** The round's wall-clock day and time in its own zone, as Interview gives them. */
  day: Day;
  time: string;
  timeZone: string;
  startsAt: string;
  kind: InterviewKind;
  applicationId: number;
  company: string;
  role: string;
}

export type ContactMoment = ContactActivityMoment | ContactInterviewMoment;

export interface ContactHistoryPage {
  items: ContactMoment[];
  offset: number;
  total: number;
}

export interface Interview {
  id: number;
  applicationId: number;
  kind: InterviewKind;
  /** The UTC moment it starts. */
  startsAt: string;
  timeZone: string;
  date: Day;
  time: string;
  place: string;
  prepNotes: string;
  howItWent: string;
  contactIds: number[];
}

export interface UpcomingInterview extends Interview {
  company: string;
  role: string;
}
