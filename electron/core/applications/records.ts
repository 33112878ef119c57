import { DomainError } from '../ipc/result';
import { refuseDaysOutOfRange } from '../time/dayRange';
import type { Day } from '../time/schema';
import { todayOf, type CoreContext } from '../context';
import { followUpColumns, nextFollowUps, readApplicationRow, toApplication, type ApplicationRow, type ApplicationSummaryRow } from './rows';
import type {
  Application,
  ApplicationDetail,
  ApplicationFields,
  ApplicationStatus,
  ApplicationSummary,
  FollowUp,
  StatusChange,
} from './schema';
import { isSilentBefore, quietBefore } from './silence';
import { content } from '../../../content';

const toDbFields = (fields: ApplicationFields) => ({
  company: fields.company,
  role: fields.role,
  link: fields.link === '' ? null : fields.link,
  source: fields.source,
  location: fields.location,
  remote: fields.remote ? 1 : 0,
  salaryNote: fields.salaryNote,
  recruiterName: fields.recruiterName,
  recruiterEmail: fields.recruiterEmail,
  notes: fields.notes,
  deadlineOn: fields.deadlineOn,
  posting: fields.posting,
  salaryMin: fields.salaryMin,
  salaryMax: fields.salaryMax,
  salaryCurrency: fields.salaryCurrency,
});

/** The range's order, which the schema cannot see field by field: refused beside the top of the range. */
export function assertSalaryRange(fields: Pick<ApplicationFields, 'salaryMin' | 'salaryMax'>): void {
  if (fields.salaryMin !== null && fields.salaryMax !== null && fields.salaryMin > fields.salaryMax) {
    const message = content.planner.errors.salaryOrder;
    throw new DomainError('invalid_input', message, { salaryMax: message });
  }
}

/** What deciding silence needs, read once per request rather than once per application. */
export interface SilenceClock {
  /** Waiting applications last changed before this moment have gone quiet. */
  quietBefore: string;
}

export const silenceClockOf = (ctx: CoreContext): SilenceClock => ({
  quietBefore: quietBefore(todayOf(ctx), ctx.settings.get().silenceAfterDays),
});

/** An application as the renderer gets it: whole from a whole row, as a summary from a page's row (no posting). */
export function applicationOf(ctx: CoreContext, row: ApplicationRow, next?: FollowUp | null, clock?: SilenceClock): Application;
export function applicationOf(
  ctx: CoreContext,
  row: ApplicationSummaryRow,
  next?: FollowUp | null,
  clock?: SilenceClock,
): ApplicationSummary;
export function applicationOf(
  ctx: CoreContext,
  row: ApplicationSummaryRow,
  next?: FollowUp | null,
  clock = silenceClockOf(ctx),
): ApplicationSummary {
  const pending = next !== undefined ? next : (nextFollowUps(ctx.db, [row.id]).get(row.id) ?? null);
  return toApplication(row, pending, isSilentBefore(row, clock.quietBefore));
}

export function requireApplication(ctx: CoreContext, id: number): ApplicationRow {
  const row = readApplicationRow(ctx.db, id);
  if (!row) throw new DomainError('not_found', content.planner.errors.applicationGone);
  return row;
}

/** Inserts an application and its first status, without side effects (import uses this too). Call inside a transaction. */
export function insertApplication(
  ctx: CoreContext,
  fields: ApplicationFields,
  status: ApplicationStatus,
  day: Day,
  appliedOn: Day | null,
): number {
  const at = ctx.now().toISOString();
  const result = ctx.db
    .prepare(
      `INSERT INTO applications (company, role, link, source, location, remote, salary_note, recruiter_name,
                                 recruiter_email, notes, deadline_on, posting, salary_min, salary_max, salary_currency,
                                 status, applied_on, status_changed_at, created_at, updated_at)
       VALUES (@company, @role, @link, @source, @location, @remote, @salaryNote, @recruiterName,
               @recruiterEmail, @notes, @deadlineOn, @posting, @salaryMin, @salaryMax, @salaryCurrency,
               @status, @appliedOn, @at, @at, @at)`,
    )
    .run({ ...toDbFields(fields), status, appliedOn, at });
  const id = Number(result.lastInsertRowid);
  ctx.db
    .prepare('INSERT INTO application_status_history (application_id, status, day, changed_at) VALUES (?, ?, ?, ?)')
    .run(id, status, day, at);
  return id;
}

export function updateApplication(ctx: CoreContext, id: number, patch: Partial<ApplicationFields>): Application {
  ctx.db.transaction(() => {
    const row = requireApplication(ctx, id);
    const current: ApplicationFields = { ...row, remote: row.remote === 1 };
    const next = { ...current, ...patch };
    assertSalaryRange(next);
    refuseDaysOutOfRange(ctx, { deadlineOn: patch.deadlineOn });
    ctx.db
      .prepare(
        `UPDATE applications SET company = @company, role = @role, link = @link, source = @source, location = @location,
           remote = @remote, salary_note = @salaryNote, recruiter_name = @recruiterName,
           recruiter_email = @recruiterEmail, notes = @notes, deadline_on = @deadlineOn, posting = @posting,
           salary_min = @salaryMin, salary_max = @salaryMax, salary_currency = @salaryCurrency, updated_at = @at WHERE id = @id`,
      )
      .run({ ...toDbFields(next), at: ctx.now().toISOString(), id });
  })();
  return applicationOf(ctx, requireApplication(ctx, id));
}

export function deleteApplication(ctx: CoreContext, id: number): { deleted: boolean } {
  const result = ctx.db.prepare('DELETE FROM applications WHERE id = ?').run(id);
  if (result.changes === 0) throw new DomainError('not_found', content.planner.errors.applicationGone);
  return { deleted: true };
}

/** "Keep waiting": a quiet application is fine as it is, so its silence clock starts again. */
export function keepWaiting(ctx: CoreContext, id: number): Application {
  requireApplication(ctx, id);
  ctx.db.prepare('UPDATE applications SET updated_at = ? WHERE id = ?').run(ctx.now().toISOString(), id);
  return applicationOf(ctx, requireApplication(ctx, id));
}

export function getApplication(ctx: CoreContext, id: number): ApplicationDetail {
  const application = applicationOf(ctx, requireApplication(ctx, id));
  const history = ctx.db
    .prepare('SELECT status, day, changed_at AS changedAt FROM application_status_history WHERE application_id = ? ORDER BY changed_at, id')
    .all(id) as StatusChange[];
  const followUps = ctx.db
    .prepare(`SELECT ${followUpColumns} FROM follow_ups f WHERE f.application_id = ? ORDER BY f.due_on, f.id`)
    .all(id) as FollowUp[];
  return { ...application, history, followUps };
}
