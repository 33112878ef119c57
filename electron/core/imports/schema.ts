import { z } from 'zod';
import { idSchema, limit } from '../ipc/inputs';
import type { ApplicationSource, ApplicationStatus } from '../applications/schema';
import { interviewFieldsSchema } from '../applications/people/schema';
import type { Day } from '../time/schema';
import { content, fillMessage } from '../../../content';

/**
 * Inputs and outputs of bringing data in from other tools. Imported by the
 * renderer too, so it may import only zod, other schema files and content/.
 */

const words = content.imports.errors;

/** Largest file read, in bytes: a LinkedIn archive of years is a few MB; 25 MB leaves room and keeps parsing to seconds. */
export const maxFileBytes = 25 * 1024 * 1024;
/** Largest pasted or saved email, in characters: a long thread is tens of KB; 2 MB is plenty for its text. */
export const maxEmailChars = 2 * 1024 * 1024;
/** Rows read from one file: tens of thousands are expected; more is not a search history. */
export const maxRows = 100_000;

/** How far a long preview or apply is: rows read from the file, then rows checked against the tracker, then the one write. */
export interface ImportProgress {
  phase: 'reading' | 'checking' | 'writing';
  rows: number;
  /** Known once the file is read. */
  total: number | null;
}

export const dateFormats = ['mdy', 'dmy'] as const;
export type DateFormat = (typeof dateFormats)[number];

const megabytes = maxFileBytes / 1024 / 1024;
export const importFileInput = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, words.nameMissing)
      .max(...limit(260, words.nameTooLong)),
    /** The file as text (a CSV read by the page) or as its bytes in base64 (an archive, a spreadsheet). */
    text: z
      .string()
      .max(maxFileBytes, fillMessage(words.fileTooLarge, { max: megabytes }))
      .optional(),
    base64: z
      .string()
      .max(Math.ceil(maxFileBytes / 3) * 4, fillMessage(words.fileTooLarge, { max: megabytes }))
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, words.base64Invalid)
      .optional(),
    /** How ambiguous dates like 03/04/25 are written, once the person has said. */
    dateFormat: z.enum(dateFormats, { error: words.dateFormatList }).optional(),
  })
  .strict()
  .refine((input) => (input.text === undefined) !== (input.base64 === undefined), { message: words.bothOrNeither, path: ['text'] });
export type ImportFileInput = z.output<typeof importFileInput>;

export const readEmailInput = z
  .object({ text: z.string().max(maxEmailChars, fillMessage(words.emailTooLarge, { max: maxEmailChars / 1024 / 1024 })) })
  .strict();

export const emailActions = ['logRejection', 'addInterview', 'markApplied', 'track'] as const;
export type EmailAction = (typeof emailActions)[number];

/**
 * What the person confirmed after reading an email: the email again (core reads it anew), what to do, and
 * the application it is about (null: add one from the email's company and role).
 */
export const actOnEmailInput = z
  .object({
    text: readEmailInput.shape.text,
    action: z.enum(emailActions, { error: words.emailActionList }),
    applicationId: idSchema.nullable(),
    /** When the interview is: an invitation rarely says it in a way worth guessing, so the person picks it. */
    interview: interviewFieldsSchema.pick({ kind: true, date: true, time: true, timeZone: true }).strict().optional(),
    /** Add it even though it looks like one already tracked (the person said so after the duplicate question). */
    confirmDuplicate: z.boolean().optional(),
  })
  .strict();
export type ActOnEmailInput = z.output<typeof actOnEmailInput>;

/** What acting on an email did: the application, and the rejection or interview it added. */
export interface EmailActed {
  applicationId: number;
  rejectionId: number | null;
  interviewId: number | null;
}

export type ImportSource =
  'linkedinApplications' | 'linkedinSaved' | 'linkedinConnections' | 'linkedinArchive' | 'huntr' | 'jobsync' | 'spreadsheet';

/** A person kept with a row, as plain fields until contacts have a table of their own. */
export interface ContactFields {
  name: string;
  email: string;
  phone: string;
}

/** One application as read from a file, before it is stored. */
export interface ImportRow {
  /** Where it was read: the line in the file (the header is line 1), with the file inside an archive. */
  line: number;
  file: string;
  company: string;
  role: string;
  link: string;
  location: string;
  remote: boolean;
  salary: string;
  source: ApplicationSource;
  status: ApplicationStatus;
  /** The day its status began (saved or applied on). */
  day: Day;
  appliedOn: Day | null;
  contact: ContactFields;
  resumeName: string;
  answers: { question: string; answer: string }[];
  /** Plain text only: a posting's HTML is reduced to its words before it gets here. */
  description: string;
  /** Anything else worth keeping, already in words (kind of job, where it was found). */
  extra: string[];
}

/** A connection at a company the person applied to, offered to be kept with that application. */
export interface ContactRow extends ContactFields {
  line: number;
  /** Their LinkedIn profile, as the archive gives it. */
  profileLink: string;
  company: string;
  position: string;
  connectedOn: Day | null;
}

export interface Refusal {
  line: number;
  file: string;
  reason: string;
}

export interface ImportPreview {
  source: ImportSource;
  added: ImportRow[];
  alreadyTracked: ImportRow[];
  refused: Refusal[];
  /** LinkedIn connections at companies applied to (kept with the applications once contacts have a table). */
  contacts: ContactRow[];
  /** Set when dates like 03/04/25 could be either: the preview read them as `dateFormat.chosen`, or refused them until one is chosen. */
  dateFormat: { ambiguous: boolean; chosen: DateFormat | null; example: string } | null;
}

export interface ImportApplied {
  added: number;
  alreadyTracked: number;
  refused: number;
  /** People from LinkedIn connections kept as contacts, linked to their company's applications. */
  contacts: number;
}

export type EmailKind = 'rejection' | 'interview' | 'received' | 'none';

export interface EmailReading {
  kind: EmailKind;
  /** The phrase of the rule that decided, as written in the email; null for none. */
  matched: string | null;
  company: string;
  role: string;
  senderName: string;
  senderEmail: string;
  subject: string;
  /** A tracked application the email is about, when one matches by company (and role when given). */
  applicationId: number | null;
}
