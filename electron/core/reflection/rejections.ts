import type Database from 'better-sqlite3';
import { DomainError } from '../ipc/result';
import { refuseDaysOutOfRange } from '../time/dayRange';
import { dayOf } from '../time/days';
import type { ApplicationPrefill, NewRejection, Rejection, RejectionsPage, ReflectionStatus, Stage } from './schema';
import { newRejectionInput, rejectionsPageSize } from './schema';
import { content } from '../../../content';
import { recruiterEmailSql, recruiterNameSql } from '../applications/people/recruiter';

const words = () => content.reflectUi.errors;

const rejectionColumns = `r.id, r.application_id AS applicationId, r.company, r.role, r.stage, r.received_on AS receivedOn,
  r.recruiter_name AS recruiterName, r.recruiter_email AS recruiterEmail, r.channel, r.note, r.created_at AS createdAt`;

/** Logs a rejection. The date it arrived cannot be in the future; a linked application must exist. */
export function createRejection(db: Database.Database, input: NewRejection, now: Date): Rejection {
  const data = newRejectionInput.parse(input);
  refuseDaysOutOfRange({ today: dayOf(now) }, { receivedOn: data.receivedOn });
  if (data.receivedOn > dayOf(now)) {
    throw new DomainError('invalid_input', words().futureReceived, { receivedOn: words().futureReceived });
  }
  if (data.applicationId !== null && !db.prepare('SELECT 1 FROM applications WHERE id = ?').get(data.applicationId)) {
    throw new DomainError('not_found', words().applicationGone, { applicationId: words().applicationGone });
  }
  const result = db
    .prepare(
      `INSERT INTO rejections (application_id, company, role, stage, received_on, recruiter_name, recruiter_email, channel, note, created_at)
       VALUES (@applicationId, @company, @role, @stage, @receivedOn, @recruiterName, @recruiterEmail, @channel, @note, @createdAt)`,
    )
    .run({ ...data, createdAt: now.toISOString() });
  return getRejection(db, Number(result.lastInsertRowid));
}

export function getRejection(db: Database.Database, id: number): Rejection {
  const row = db.prepare(`SELECT ${rejectionColumns} FROM rejections r WHERE r.id = ?`).get(id) as Rejection | undefined;
  if (!row) throw new DomainError('not_found', words().rejectionGone);
  return row;
}

export function statusOf(row: { currentStep: number | null; finishedAt: string | null }): ReflectionStatus {
  if (row.finishedAt) return { state: 'done', finishedAt: row.finishedAt };
  if (row.currentStep !== null) return { state: 'in_progress', step: row.currentStep };
  return { state: 'not_started' };
}

/** Every rejection, newest first, with where its reflection stands. */
/**
 * One page of rejections, newest first, with where each reflection stands. The order walks the
 * received_on index (its rowid breaks ties), so a page costs the same at ten and at five thousand.
 */
export function listRejections(db: Database.Database, offset = 0, limit = rejectionsPageSize): RejectionsPage {
  const rows = db
    .prepare(
      `SELECT ${rejectionColumns}, f.current_step AS currentStep, f.finished_at AS finishedAt
       FROM rejections r LEFT JOIN reflections f ON f.rejection_id = r.id
       ORDER BY r.received_on DESC, r.id DESC LIMIT ? OFFSET ?`,
    )
    .all(limit, offset) as (Rejection & { currentStep: number | null; finishedAt: string | null })[];
  return {
    items: rows.map(({ currentStep, finishedAt, ...rejection }) => ({ ...rejection, reflection: statusOf({ currentStep, finishedAt }) })),
    offset,
    total: db.prepare('SELECT count(*) FROM rejections').pluck().get() as number,
  };
}

const stageForStatus: Record<string, Stage> = { interviewing: 'interview', offer: 'offer' };

/** What a tracked application already knows, to fill the rejection form. */
export function prefillFromApplication(db: Database.Database, applicationId: number): ApplicationPrefill {
  const row = db
    .prepare(
      `SELECT id, company, role, ${recruiterNameSql} AS recruiterName, ${recruiterEmailSql} AS recruiterEmail, status,
              EXISTS (SELECT 1 FROM application_status_history h WHERE h.application_id = a.id AND h.status = 'interviewing') AS interviewed
       FROM applications a WHERE id = ?`,
    )
    .get(applicationId) as
    | { id: number; company: string; role: string; recruiterName: string; recruiterEmail: string; status: string; interviewed: number }
    | undefined;
  if (!row) throw new DomainError('not_found', words().applicationGoneFillByHand);
  return {
    applicationId: row.id,
    company: row.company,
    role: row.role,
    recruiterName: row.recruiterName,
    recruiterEmail: row.recruiterEmail,
    stage: stageForStatus[row.status] ?? (row.interviewed ? 'interview' : 'applied'),
  };
}
