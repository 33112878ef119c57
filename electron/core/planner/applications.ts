import { DomainError } from '../ipc/result';
import type { Day } from '../time/schema';
import { todayOf, type PlannerContext } from './context';
import { applicationColumns, followUpColumns, nextFollowUps, readApplicationRow, toApplication, type ApplicationRow } from './rows';
import {
  applicationStatuses,
  applicationsPageSize,
  boardColumnSize,
  type Application,
  type ApplicationDetail,
  type ApplicationFields,
  type ApplicationsBoard,
  type ApplicationsPage,
  type ApplicationStatus,
  type FollowUp,
  type StatusChange,
} from './schema';
import { isSilentBefore, quietBefore, waitingStatuses } from './silence';

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
  /** Waiting applications last changed before this moment have gone quiet. */
  quietBefore: string;
}

export const silenceClockOf = (ctx: PlannerContext): SilenceClock => ({
  quietBefore: quietBefore(todayOf(ctx), ctx.settings.get().silenceAfterDays),
});

export function applicationOf(ctx: PlannerContext, row: ApplicationRow, next?: FollowUp | null, clock = silenceClockOf(ctx)): Application {
  const pending = next !== undefined ? next : (nextFollowUps(ctx.db, [row.id]).get(row.id) ?? null);
  return toApplication(row, pending, isSilentBefore(row, clock.quietBefore));
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

/**
 * How the status sort ranks statuses. Migration 0003 indexes this very
 * expression (applications_status_rank): change both together, or the sort
 * falls back to sorting every row.
 */
const statusRank = `CASE a.status WHEN 'saved' THEN 0 WHEN 'applied' THEN 1 WHEN 'interviewing' THEN 2 WHEN 'offer' THEN 3
  WHEN 'no_reply' THEN 4 WHEN 'rejected' THEN 5 ELSE 6 END`;

/** Each sort ends in the id, so pages never overlap or skip; each matches an index of migration 0003. */
export const applicationSorts = {
  updated: 'a.updated_at DESC, a.id DESC',
  company: 'a.company COLLATE NOCASE, a.role COLLATE NOCASE, a.id',
  status: `${statusRank}, a.updated_at DESC, a.id DESC`,
  // DESC puts applications never sent (no applied_on) last.
  applied: 'a.applied_on DESC, a.id DESC',
} as const;

export type ApplicationSort = keyof typeof applicationSorts;

export interface ListQuery {
  search?: string | undefined;
  status?: ApplicationStatus | undefined;
  sort?: ApplicationSort | undefined;
}

/** The WHERE clause of a query; `prefix` names its parameters apart when several parts share one statement. */
function filterSql(query: ListQuery, prefix = ''): { where: string; params: Record<string, string> } {
  const where: string[] = [];
  const params: Record<string, string> = {};
  const search = query.search?.trim();
  if (search) {
    // LIKE with the wildcards escaped, so "100%" finds "100%" and not everything.
    params[`${prefix}search`] = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      `(a.company LIKE @${prefix}search ESCAPE '\\' OR a.role LIKE @${prefix}search ESCAPE '\\' OR a.location LIKE @${prefix}search ESCAPE '\\'
        OR a.notes LIKE @${prefix}search ESCAPE '\\' OR a.recruiter_name LIKE @${prefix}search ESCAPE '\\')`,
    );
  }
  if (query.status) {
    params[`${prefix}status`] = query.status;
    where.push(`a.status = @${prefix}status`);
  }
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

function applicationsOf(ctx: PlannerContext, rows: ApplicationRow[], next: Map<number, FollowUp>): Application[] {
  const clock = silenceClockOf(ctx);
  return rows.map((row) => applicationOf(ctx, row, next.get(row.id) ?? null, clock));
}

/** Within one status the rank is the same for all, so the status order is the updated one (and its index). */
const orderOf = (query: ListQuery) =>
  applicationSorts[query.status && query.sort === 'status' ? 'updated' : (query.sort ?? 'updated')];

/** Rows of one page (filter, order, limit, offset) as SQL with its parameters. */
export function pageSql(query: ListQuery, offset: number, limit: number, prefix = ''): { sql: string; params: Record<string, string | number> } {
  const { where, params } = filterSql(query, prefix);
  return {
    sql: `SELECT ${applicationColumns} FROM applications a ${where}
          ORDER BY ${orderOf(query)} LIMIT @${prefix}limit OFFSET @${prefix}offset`,
    params: { ...params, [`${prefix}limit`]: limit, [`${prefix}offset`]: offset },
  };
}

function withFollowUps(ctx: PlannerContext, rows: ApplicationRow[]): Application[] {
  return applicationsOf(
    ctx,
    rows,
    nextFollowUps(
      ctx.db,
      rows.map((row) => row.id),
    ),
  );
}

function selectPage(ctx: PlannerContext, query: ListQuery, offset: number, limit: number): Application[] {
  const { sql, params } = pageSql(query, offset, limit);
  return withFollowUps(ctx, ctx.db.prepare(sql).all(params) as ApplicationRow[]);
}

function countMatching(ctx: PlannerContext, query: ListQuery): number {
  const { where, params } = filterSql(query);
  return ctx.db.prepare(`SELECT count(*) FROM applications a ${where}`).pluck().get(params) as number;
}

const hasAnyApplication = (ctx: PlannerContext) =>
  ctx.db.prepare('SELECT EXISTS (SELECT 1 FROM applications)').pluck().get() === 1;

/**
 * One page of the list. Every sort walks an index (migration 0003), so a page
 * costs about the same at ten applications and at twenty thousand; offsets
 * rather than keysets because the status sort's rank is an expression, and a
 * person pages by fifty.
 */
export function listApplications(
  ctx: PlannerContext,
  query: ListQuery & { offset?: number | undefined; limit?: number | undefined } = {},
): ApplicationsPage {
  const offset = query.offset ?? 0;
  return {
    items: selectPage(ctx, query, offset, query.limit ?? applicationsPageSize),
    offset,
    total: countMatching(ctx, query),
    hasAny: hasAnyApplication(ctx),
  };
}

/** How many applications hold each status, from the tally migration 0003's triggers keep. */
function statusCounts(ctx: PlannerContext): Partial<Record<ApplicationStatus, number>> {
  return Object.fromEntries(
    ctx.db.prepare('SELECT status, applications FROM application_status_counts').raw().all() as [ApplicationStatus, number][],
  );
}

/** The board: the first cards of each status column and how many the column holds. */
export function applicationsBoard(
  ctx: PlannerContext,
  query: Omit<ListQuery, 'status'> & { perColumn?: number | undefined } = {},
): ApplicationsBoard {
  const perColumn = query.perColumn ?? boardColumnSize;
  const counts = query.search?.trim() ? null : statusCounts(ctx);
  // Every column's first cards in one statement (each part an index walk of its own), and one
  // follow-up lookup for all of them: seven of each cost more than the reading itself.
  const parts = applicationStatuses.map((status, index) => pageSql({ ...query, status }, 0, perColumn, `c${index}`));
  const rows = ctx.db
    .prepare(parts.map((part) => `SELECT * FROM (${part.sql})`).join(' UNION ALL '))
    .all(Object.assign({}, ...parts.map((part) => part.params))) as ApplicationRow[];
  const applications = withFollowUps(ctx, rows);
  return {
    columns: applicationStatuses.map((status) => ({
      status,
      items: applications.filter((application) => application.status === status),
      total: counts ? (counts[status] ?? 0) : countMatching(ctx, { ...query, status }),
    })),
    hasAny: hasAnyApplication(ctx),
  };
}

/** Every application in one order, for exports and imports (which need them all, once). */
export function allApplications(ctx: PlannerContext, sort: ApplicationSort = 'updated'): Application[] {
  const rows = ctx.db
    .prepare(`SELECT ${applicationColumns} FROM applications a ORDER BY ${applicationSorts[sort]}`)
    .all() as ApplicationRow[];
  return applicationsOf(ctx, rows, nextFollowUps(ctx.db));
}

/**
 * Applications waiting to hear back with nothing changed for the silence
 * setting's days, the longest quiet first: found through the (status,
 * updated_at) index from the moment silence starts, never by checking every
 * application.
 */
export function quietApplications(ctx: PlannerContext, limit: number | null): { items: Application[]; total: number } {
  const before = silenceClockOf(ctx).quietBefore;
  const where = `a.status IN (${waitingStatuses.map((status) => `'${status}'`).join(', ')}) AND a.updated_at < @before`;
  const rows = ctx.db
    .prepare(`SELECT ${applicationColumns} FROM applications a WHERE ${where} ORDER BY a.updated_at, a.id LIMIT @limit`)
    .all({ before, limit: limit ?? -1 }) as ApplicationRow[];
  const total = ctx.db.prepare(`SELECT count(*) FROM applications a WHERE ${where}`).pluck().get({ before }) as number;
  return { items: withFollowUps(ctx, rows), total };
}
