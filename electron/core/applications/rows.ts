import type Database from 'better-sqlite3';
import type { Application, ApplicationSource, ApplicationStatus, ApplicationSummary, FollowUp } from './schema';

/**
 * Columns of an application as a list, the board and Today show it (all but the posting's text), named as the
 * domain names them, in the order `applicationSummaryRowOf` reads them: a page is read as arrays (`raw()`) and
 * named in JS, because better-sqlite3 builds a row object property by property, which cost as much as the rest
 * of the read (50 rows at ten years: 0.48 ms as objects, 0.23 as arrays named in JS).
 */
export const applicationSummaryColumns = `a.id, a.company, a.role, coalesce(a.link, '') AS link, a.source, a.location, a.remote,
  a.salary_note AS salaryNote, a.recruiter_name AS recruiterName, a.recruiter_email AS recruiterEmail, a.notes,
  a.status, a.applied_on AS appliedOn, a.status_changed_at AS statusChangedAt, a.created_at AS createdAt,
  a.updated_at AS updatedAt, a.deadline_on AS deadlineOn, a.salary_min AS salaryMin, a.salary_max AS salaryMax,
  a.salary_currency AS salaryCurrency`;

/** How many values `applicationSummaryColumns` gives: a column a statement adds after them is at this index. */
export const applicationSummaryColumnCount = 20;

/** Every column of an application: the summary's, then the posting's text, which only one application's read needs. */
export const applicationColumns = `${applicationSummaryColumns}, a.posting`;

/** How many values `applicationColumns` gives. */
export const applicationColumnCount = applicationSummaryColumnCount + 1;

export interface ApplicationSummaryRow {
  id: number;
  company: string;
  role: string;
  link: string;
  source: ApplicationSource;
  location: string;
  remote: number;
  salaryNote: string;
  recruiterName: string;
  recruiterEmail: string;
  notes: string;
  status: ApplicationStatus;
  appliedOn: string | null;
  statusChangedAt: string;
  createdAt: string;
  updatedAt: string;
  deadlineOn: string | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string;
}

export interface ApplicationRow extends ApplicationSummaryRow {
  posting: string;
}

/** One row of `applicationSummaryColumns` read with `raw()`, named. */
export function applicationSummaryRowOf(row: readonly unknown[]): ApplicationSummaryRow {
  return {
    id: row[0] as number,
    company: row[1] as string,
    role: row[2] as string,
    link: row[3] as string,
    source: row[4] as ApplicationSource,
    location: row[5] as string,
    remote: row[6] as number,
    salaryNote: row[7] as string,
    recruiterName: row[8] as string,
    recruiterEmail: row[9] as string,
    notes: row[10] as string,
    status: row[11] as ApplicationStatus,
    appliedOn: row[12] as string | null,
    statusChangedAt: row[13] as string,
    createdAt: row[14] as string,
    updatedAt: row[15] as string,
    deadlineOn: row[16] as string | null,
    salaryMin: row[17] as number | null,
    salaryMax: row[18] as number | null,
    salaryCurrency: row[19] as string,
  };
}

/** One row of `applicationColumns` read with `raw()`, named. */
export function applicationRowOf(row: readonly unknown[]): ApplicationRow {
  return Object.assign(applicationSummaryRowOf(row), { posting: row[applicationSummaryColumnCount] as string });
}

/** Every row a statement of `applicationSummaryColumns` gives, named. */
export const applicationSummaryRowsOf = (statement: Database.Statement, ...params: unknown[]): ApplicationSummaryRow[] =>
  (statement.raw().all(...params) as unknown[][]).map(applicationSummaryRowOf);

/** Every row a statement of `applicationColumns` gives, named. */
export const applicationRowsOf = (statement: Database.Statement, ...params: unknown[]): ApplicationRow[] =>
  (statement.raw().all(...params) as unknown[][]).map(applicationRowOf);

export const followUpColumns = `f.id, f.application_id AS applicationId, f.due_on AS dueOn, f.state, f.sent_on AS sentOn, f.note`;

export function toApplication(row: ApplicationRow, nextFollowUp: FollowUp | null, silent: boolean): Application;
export function toApplication(row: ApplicationSummaryRow, nextFollowUp: FollowUp | null, silent: boolean): ApplicationSummary;
export function toApplication(row: ApplicationSummaryRow, nextFollowUp: FollowUp | null, silent: boolean): ApplicationSummary {
  // In place, not a spread copy: see toWins (a spread of SQLite's rows made V8 promote them, and pause).
  return Object.assign(row as Omit<ApplicationSummaryRow, 'remote'> & { remote: unknown }, {
    remote: row.remote === 1,
    nextFollowUp,
    silent,
  }) as ApplicationSummary;
}

// Built once: a SQL text written out in the call was a new string for the statement cache to hash each time.
const applicationRowSql = `SELECT ${applicationColumns} FROM applications a WHERE a.id = ?`;

export function readApplicationRow(db: Database.Database, id: number): ApplicationRow | undefined {
  const row = db.prepare(applicationRowSql).raw().get(id) as unknown[] | undefined;
  return row && applicationRowOf(row);
}

/**
 * The pending follow-ups of the applications in a JSON array of ids: from the ids to follow_ups_app, one
 * seek each (CROSS JOIN keeps that order). With `IN (SELECT value FROM json_each(?))` SQLite walked every
 * pending follow-up by follow_ups_due instead: 0.1 ms for one card at ten years, 0.005 ms now.
 */
export const followUpsOfSql = `SELECT ${followUpColumns} FROM json_each(?) j
  CROSS JOIN follow_ups f ON f.application_id = j.value AND f.state = 'pending' ORDER BY f.due_on DESC, f.id DESC`;

/**
 * The earliest pending follow-up of each application, or of just these
 * (one query for a page of cards, not one per card).
 */
export function nextFollowUps(db: Database.Database, ids?: readonly number[]): Map<number, FollowUp> {
  const rows = (
    ids
      ? db.prepare(followUpsOfSql).all(JSON.stringify(ids))
      : db.prepare(`SELECT ${followUpColumns} FROM follow_ups f WHERE f.state = 'pending' ORDER BY f.due_on DESC, f.id DESC`).all()
  ) as FollowUp[];
  const next = new Map<number, FollowUp>();
  for (const row of rows) next.set(row.applicationId, row);
  return next;
}
