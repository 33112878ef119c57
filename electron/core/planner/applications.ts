import { DomainError } from '../ipc/result';
import type { Day } from '../time/schema';
import { todayOf, type PlannerContext } from './context';
import { applicationColumns, followUpColumns, nextFollowUps, readApplicationRow, toApplication, type ApplicationRow } from './rows';
import type { Application, ApplicationDetail, ApplicationFields, ApplicationStatus, FollowUp, StatusChange } from './schema';
import { isSilent, waitingStatuses } from './silence';

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
});

/** What deciding silence needs, read once per request rather than once per application. */
export interface SilenceClock {
  today: Day;
  silenceAfterDays: number;
}

export const silenceClockOf = (ctx: PlannerContext): SilenceClock => ({
  today: todayOf(ctx),
  silenceAfterDays: ctx.settings.get().silenceAfterDays,
});

export function applicationOf(ctx: PlannerContext, row: ApplicationRow, next?: FollowUp | null, clock = silenceClockOf(ctx)): Application {
  const pending =
    next !== undefined
      ? next
      : ((ctx.db
          .prepare(`SELECT ${followUpColumns} FROM follow_ups f WHERE f.application_id = ? AND f.state = 'pending' ORDER BY f.due_on, f.id LIMIT 1`)
          .get(row.id) as FollowUp | undefined) ?? null);
  return toApplication(row, pending, isSilent(row, clock.today, clock.silenceAfterDays));
}

export function requireApplication(ctx: PlannerContext, id: number): ApplicationRow {
  const row = readApplicationRow(ctx.db, id);
  if (!row) throw new DomainError('not_found', 'That application is no longer there.');
  return row;
}

/** Inserts an application and its first status, without side effects (import uses this too). Call inside a transaction. */
export function insertApplication(
  ctx: PlannerContext,
  fields: ApplicationFields,
  status: ApplicationStatus,
  day: Day,
  appliedOn: Day | null,
): number {
  const at = ctx.now().toISOString();
  const result = ctx.db
    .prepare(
      `INSERT INTO applications (company, role, link, source, location, remote, salary_note, recruiter_name,
                                 recruiter_email, notes, status, applied_on, status_changed_at, created_at, updated_at)
       VALUES (@company, @role, @link, @source, @location, @remote, @salaryNote, @recruiterName,
               @recruiterEmail, @notes, @status, @appliedOn, @at, @at, @at)`,
    )
    .run({ ...toDbFields(fields), status, appliedOn, at });
  const id = Number(result.lastInsertRowid);
  ctx.db
    .prepare('INSERT INTO application_status_history (application_id, status, day, changed_at) VALUES (?, ?, ?, ?)')
    .run(id, status, day, at);
  return id;
}

export function updateApplication(ctx: PlannerContext, id: number, patch: Partial<ApplicationFields>): Application {
  ctx.db.transaction(() => {
    const row = requireApplication(ctx, id);
    const current: ApplicationFields = { ...row, remote: row.remote === 1 };
    ctx.db
      .prepare(
        `UPDATE applications SET company = @company, role = @role, link = @link, source = @source, location = @location,
           remote = @remote, salary_note = @salaryNote, recruiter_name = @recruiterName,
           recruiter_email = @recruiterEmail, notes = @notes, updated_at = @at WHERE id = @id`,
      )
      .run({ ...toDbFields({ ...current, ...patch }), at: ctx.now().toISOString(), id });
  })();
  return applicationOf(ctx, requireApplication(ctx, id));
}

export function deleteApplication(ctx: PlannerContext, id: number): { deleted: boolean } {
  const result = ctx.db.prepare('DELETE FROM applications WHERE id = ?').run(id);
  if (result.changes === 0) throw new DomainError('not_found', 'That application is no longer there.');
  return { deleted: true };
}

/** "Keep waiting": a quiet application is fine as it is, so its silence clock starts again. */
export function keepWaiting(ctx: PlannerContext, id: number): Application {
  requireApplication(ctx, id);
  ctx.db.prepare('UPDATE applications SET updated_at = ? WHERE id = ?').run(ctx.now().toISOString(), id);
  return applicationOf(ctx, requireApplication(ctx, id));
}

export function getApplication(ctx: PlannerContext, id: number): ApplicationDetail {
  const application = applicationOf(ctx, requireApplication(ctx, id));
  const history = ctx.db
    .prepare(
      'SELECT status, day, changed_at AS changedAt FROM application_status_history WHERE application_id = ? ORDER BY changed_at, id',
    )
    .all(id) as StatusChange[];
  const followUps = ctx.db
    .prepare(`SELECT ${followUpColumns} FROM follow_ups f WHERE f.application_id = ? ORDER BY f.due_on, f.id`)
    .all(id) as FollowUp[];
  return { ...application, history, followUps };
}

const sorts = {
  updated: 'a.updated_at DESC, a.id DESC',
  company: 'a.company COLLATE NOCASE, a.role COLLATE NOCASE, a.id',
  status: `CASE a.status WHEN 'saved' THEN 0 WHEN 'applied' THEN 1 WHEN 'interviewing' THEN 2 WHEN 'offer' THEN 3
           WHEN 'no_reply' THEN 4 WHEN 'rejected' THEN 5 ELSE 6 END, a.updated_at DESC`,
  applied: 'a.applied_on IS NULL, a.applied_on DESC, a.id DESC',
} as const;

export interface ListQuery {
  search?: string | undefined;
  status?: ApplicationStatus | undefined;
  sort?: keyof typeof sorts | undefined;
  /** Only applications waiting to hear back (applied, interviewing): what silence is decided over. */
  waiting?: boolean | undefined;
}

export function listApplications(ctx: PlannerContext, query: ListQuery = {}): Application[] {
  const where: string[] = [];
  const params: Record<string, string> = {};
  const search = query.search?.trim();
  if (search) {
    // LIKE with the wildcards escaped, so "100%" finds "100%" and not everything.
    params.search = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      `(a.company LIKE @search ESCAPE '\\' OR a.role LIKE @search ESCAPE '\\' OR a.location LIKE @search ESCAPE '\\'
        OR a.notes LIKE @search ESCAPE '\\' OR a.recruiter_name LIKE @search ESCAPE '\\')`,
    );
  }
  if (query.status) {
    params.status = query.status;
    where.push('a.status = @status');
  }
  if (query.waiting) where.push(`a.status IN (${waitingStatuses.map((status) => `'${status}'`).join(', ')})`);
  const rows = ctx.db
    .prepare(
      `SELECT ${applicationColumns} FROM applications a ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY ${sorts[query.sort ?? 'updated']}`,
    )
    .all(params) as ApplicationRow[];
  const next = nextFollowUps(ctx.db);
  const clock = silenceClockOf(ctx);
  return rows.map((row) => applicationOf(ctx, row, next.get(row.id) ?? null, clock));
}
