import type Database from 'better-sqlite3';
import type { Application, ApplicationSource, ApplicationStatus, FollowUp } from './schema';

/** Columns of an application, named as the domain names them. */
export const applicationColumns = `a.id, a.company, a.role, coalesce(a.link, '') AS link, a.source, a.location, a.remote,
  a.salary_note AS salaryNote, a.recruiter_name AS recruiterName, a.recruiter_email AS recruiterEmail, a.notes,
  a.status, a.applied_on AS appliedOn, a.status_changed_at AS statusChangedAt, a.created_at AS createdAt,
  a.updated_at AS updatedAt, a.deadline_on AS deadlineOn, a.posting, a.salary_min AS salaryMin, a.salary_max AS salaryMax,
  a.salary_currency AS salaryCurrency`;

export interface ApplicationRow {
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
  posting: string;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string;
}

export const followUpColumns = `f.id, f.application_id AS applicationId, f.due_on AS dueOn, f.state, f.sent_on AS sentOn, f.note`;

export function toApplication(row: ApplicationRow, nextFollowUp: FollowUp | null, silent: boolean): Application {
  // In place, not a spread copy: see toWins (a spread of SQLite's rows made V8 promote them, and pause).
  return Object.assign(row as Omit<ApplicationRow, 'remote'> & { remote: unknown }, {
    remote: row.remote === 1,
    nextFollowUp,
    silent,
  }) as Application;
}

export function readApplicationRow(db: Database.Database, id: number): ApplicationRow | undefined {
  return db.prepare(`SELECT ${applicationColumns} FROM applications a WHERE a.id = ?`).get(id) as ApplicationRow | undefined;
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
