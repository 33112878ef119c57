import { ftsQueryOf } from './search';
import { applicationOf, silenceClockOf } from './records';
import {
  applicationColumns,
  applicationRowsOf,
  applicationSummaryColumnCount,
  applicationSummaryColumns,
  applicationSummaryRowOf,
  applicationSummaryRowsOf,
  type ApplicationRow,
  type ApplicationSummaryRow,
  nextFollowUps,
} from './rows';
import {
  type Application,
  type ApplicationsBoard,
  type ApplicationsPage,
  applicationsPageSize,
  type ApplicationSort,
  type ApplicationStatus,
  applicationStatuses,
  type ApplicationSummary,
  boardColumnSize,
  type FollowUp,
  sortDirections,
  type SortDirection,
} from './schema';
import { waitingStatuses } from './silence';
import type { CoreContext } from '../context';

export type { ApplicationSort } from './schema';

/**
 * How the status sort ranks statuses. Migration 0003 indexes this very
 * expression (applications_status_rank): change both together, or the sort
 * falls back to sorting every row.
 */
const statusRank = `CASE a.status WHEN 'saved' THEN 0 WHEN 'applied' THEN 1 WHEN 'interviewing' THEN 2 WHEN 'offer' THEN 3
  WHEN 'no_reply' THEN 4 WHEN 'rejected' THEN 5 ELSE 6 END`;

/**
 * Each sort in its natural direction (see `sortDirections`). Each ends in the id, so pages never
 * overlap or skip, and each matches an index (migrations 0003 and 0005), read backwards for the
 * other direction.
 */
export const applicationSorts = {
  updated: 'a.updated_at DESC, a.id DESC',
  company: 'a.company COLLATE NOCASE, a.role COLLATE NOCASE, a.id',
  role: 'a.role COLLATE NOCASE, a.company COLLATE NOCASE, a.id',
  status: `${statusRank}, a.updated_at DESC, a.id DESC`,
  // DESC puts applications never sent (no applied_on) last.
  applied: 'a.applied_on DESC, a.id DESC',
  // The soonest follow-up first; nothing pending last.
  next: '(a.next_follow_up_on IS NULL), a.next_follow_up_on, a.id',
} as const satisfies Record<ApplicationSort, string>;

/** The same order the other way round: every term flipped, so the index that serves it is walked backwards. */
export function reversedOrder(order: string): string {
  return order
    .split(/,\s*/)
    .map((term) => (term.endsWith(' DESC') ? term.slice(0, -' DESC'.length) : `${term} DESC`))
    .join(', ');
}

/** The ORDER BY of a sort in a direction (its natural one when none is asked for). */
export function orderBy(sort: ApplicationSort, direction: SortDirection | undefined, base: string = applicationSorts[sort]): string {
  return direction && direction !== sortDirections[sort] ? reversedOrder(base) : base;
}

export interface ListQuery {
  search?: string | undefined;
  status?: ApplicationStatus | undefined;
  sort?: ApplicationSort | undefined;
  direction?: SortDirection | undefined;
}

/**
 * The ids of the applications a MATCH expression finds, in their own text and their linked people's
 * (migration 0008 keeps both in one row of the index): one index asked once, where the join to
 * contacts_fts and the UNION it needed took half of a search at ten years.
 */
const matchingIds = (match: string) => `SELECT rowid FROM applications_fts WHERE applications_fts MATCH ${match}`;

/**
 * A statement's search as `WITH matches …` ahead of the statement, which
 * every part of it then probes. Named apart from the parts' prefixed
 * parameters because all parts share it.
 *
 * `materialize` when many parts probe it (the board's seven columns): the
 * index answers once, where seven questions cost 22 ms for a word in 1,300
 * applications and once about 2. A statement that probes it once (a page
 * and its count) leaves it inline: copying every match into a table first
 * cost more than asking the index twice (3.0 ms against 2.4 at p50 for a
 * word in a third of 20,000 applications).
 */
export function withMatches(sql: string, query: ListQuery, { materialize = false } = {}): { sql: string; params: Record<string, string> } {
  const search = query.search?.trim();
  const match = search ? ftsQueryOf(search) : null;
  if (!match) return { sql, params: {} };
  return {
    sql: `WITH matches(id) AS ${materialize ? '' : 'NOT '}MATERIALIZED (${matchingIds('@match')}) ${sql}`,
    params: { match },
  };
}

/** The WHERE clause of a query; `prefix` names its parameters apart when several parts share one statement. */
function filterSql(query: ListQuery, prefix = ''): { where: string; params: Record<string, string> } {
  const where: string[] = [];
  const params: Record<string, string> = {};
  const search = query.search?.trim();
  const match = search ? ftsQueryOf(search) : null;
  if (match) {
    // "+a.id": the page walks the chosen order's index and probes the matches (`withMatches`), stopping at
    // a page; without it SQLite fetched every match and sorted them: 16 ms at 10,000 matches of 20,000, now 1.5.
    where.push('+a.id IN (SELECT id FROM matches)');
  } else if (search) {
    // What the index cannot answer ("#", "%", one letter): LIKE with the wildcards escaped, so "100%" finds "100%".
    params[`${prefix}search`] = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      `(a.company LIKE @${prefix}search ESCAPE '\\' OR a.role LIKE @${prefix}search ESCAPE '\\' OR a.location LIKE @${prefix}search ESCAPE '\\'
        OR a.notes LIKE @${prefix}search ESCAPE '\\' OR a.recruiter_name LIKE @${prefix}search ESCAPE '\\'
        OR a.posting LIKE @${prefix}search ESCAPE '\\')`,
    );
  }
  if (query.status) {
    params[`${prefix}status`] = query.status;
    where.push(`a.status = @${prefix}status`);
  }
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

function applicationsOf(ctx: CoreContext, rows: ApplicationRow[], next: Map<number, FollowUp>): Application[];
function applicationsOf(ctx: CoreContext, rows: ApplicationSummaryRow[], next: Map<number, FollowUp>): ApplicationSummary[];
function applicationsOf(ctx: CoreContext, rows: ApplicationSummaryRow[], next: Map<number, FollowUp>): ApplicationSummary[] {
  const clock = silenceClockOf(ctx);
  return rows.map((row) => applicationOf(ctx, row, next.get(row.id) ?? null, clock));
}

/** Within one status the rank is the same for all, so the status order is the updated one (and its index). */
function orderOf(query: ListQuery): string {
  const sort = query.sort ?? 'updated';
  return orderBy(sort, query.direction, applicationSorts[query.status && sort === 'status' ? 'updated' : sort]);
}

/**
 * One page's rows (filter, order, limit, offset) as SQL with its parameters, to go inside `withMatches`;
 * `after` adds columns after the application's own (at `applicationSummaryColumnCount`). A page reads no
 * posting: nothing on a page shows it, and at ten years it was most of a page's bytes.
 */
function pagePart(
  query: ListQuery,
  offset: number,
  limit: number,
  prefix = '',
  after = '',
): { sql: string; params: Record<string, string | number> } {
  const { where, params } = filterSql(query, prefix);
  return {
    sql: `SELECT ${applicationSummaryColumns}${after} FROM applications a ${where}
          ORDER BY ${orderOf(query)} LIMIT @${prefix}limit OFFSET @${prefix}offset`,
    params: { ...params, [`${prefix}limit`]: limit, [`${prefix}offset`]: offset },
  };
}

/** Rows of one page (filter, order, limit, offset) as a whole statement with its parameters. */
export function pageSql(query: ListQuery, offset: number, limit: number): { sql: string; params: Record<string, string | number> } {
  const part = pagePart(query, offset, limit);
  const whole = withMatches(part.sql, query);
  return { sql: whole.sql, params: { ...part.params, ...whole.params } };
}

function withFollowUps(ctx: CoreContext, rows: ApplicationSummaryRow[]): ApplicationSummary[] {
  return applicationsOf(
    ctx,
    rows,
    nextFollowUps(
      ctx.db,
      rows.map((row) => row.id),
    ),
  );
}

function selectPage(ctx: CoreContext, query: ListQuery, offset: number, limit: number): ApplicationSummary[] {
  const { sql, params } = pageSql(query, offset, limit);
  return withFollowUps(ctx, applicationSummaryRowsOf(ctx.db.prepare(sql), params));
}

function countMatching(ctx: CoreContext, query: ListQuery): number {
  const match = !query.status && query.search?.trim() ? ftsQueryOf(query.search.trim()) : null;
  // A search over every status counts the index's answer itself: each id in it is an application (the
  // index follows the table and its links by triggers), and probing the table for each of them cost four
  // times as much (4.3 ms for a word in a quarter of 20,000 applications, now 1).
  if (match)
    return ctx.db
      .prepare(`SELECT count(*) FROM (${matchingIds('@match')})`)
      .pluck()
      .get({ match }) as number;
  const { where, params } = filterSql(query);
  const whole = withMatches(`SELECT count(*) FROM applications a ${where}`, query);
  return ctx.db
    .prepare(whole.sql)
    .pluck()
    .get({ ...params, ...whole.params }) as number;
}

/** How many applications of each status a search finds, in one statement (the board's columns). */
function countMatchingByStatus(ctx: CoreContext, query: ListQuery): Partial<Record<ApplicationStatus, number>> {
  const { where, params } = filterSql({ ...query, status: undefined });
  const whole = withMatches(`SELECT a.status, count(*) FROM applications a ${where} GROUP BY a.status`, query);
  return Object.fromEntries(
    ctx.db
      .prepare(whole.sql)
      .raw()
      .all({ ...params, ...whole.params }) as [ApplicationStatus, number][],
  );
}

const hasAnyApplication = (ctx: CoreContext) => ctx.db.prepare('SELECT EXISTS (SELECT 1 FROM applications)').pluck().get() === 1;

/**
 * One page of the list. Every sort walks an index (migration 0003), so a page
 * costs about the same at ten applications and at twenty thousand; offsets
 * rather than keysets because the status sort's rank is an expression, and a
 * person pages by fifty.
 */
export function listApplications(
  ctx: CoreContext,
  query: ListQuery & { offset?: number | undefined; limit?: number | undefined } = {},
): ApplicationsPage {
  const offset = query.offset ?? 0;
  const limit = query.limit ?? applicationsPageSize;
  const searched = !query.status && query.search?.trim() ? searchedPage(ctx, query, offset, limit) : null;
  return {
    items: searched?.items ?? selectPage(ctx, query, offset, limit),
    offset,
    total: searched?.total ?? countMatching(ctx, query),
    hasAny: hasAnyApplication(ctx),
  };
}

/** A search's page with the count of all its matches on each row (`matchTotal`), as one statement. */
export function searchPageSql(query: ListQuery, offset: number, limit: number): { sql: string; params: Record<string, string | number> } {
  const part = pagePart(query, offset, limit, '', ', (SELECT count(*) FROM matches) AS matchTotal');
  const whole = withMatches(part.sql, query);
  return { sql: whole.sql, params: { ...part.params, ...whole.params } };
}

/**
 * A search over every status: the page and the count in one statement (about a third less than two
 * statements: 1.0 ms where 1.5 for a word in 1,300 of 20,000 applications, when it was written). A
 * page past the end has no row to carry the count; then it is counted alone.
 */
function searchedPage(
  ctx: CoreContext,
  query: ListQuery,
  offset: number,
  limit: number,
): { items: ApplicationSummary[]; total: number } | null {
  if (!ftsQueryOf(query.search?.trim() ?? '')) return null;
  const { sql, params } = searchPageSql(query, offset, limit);
  const rows = ctx.db.prepare(sql).raw().all(params) as unknown[][];
  const total = (rows[0]?.[applicationSummaryColumnCount] as number | undefined) ?? countMatching(ctx, query);
  return { items: withFollowUps(ctx, rows.map(applicationSummaryRowOf)), total };
}

/** How many applications hold each status, from the tally migration 0003's triggers keep. */
function statusCounts(ctx: CoreContext): Partial<Record<ApplicationStatus, number>> {
  return Object.fromEntries(
    ctx.db.prepare('SELECT status, applications FROM application_status_counts').raw().all() as [ApplicationStatus, number][],
  );
}

/** The board: the first cards of each status column and how many the column holds. */
export function applicationsBoard(
  ctx: CoreContext,
  query: Omit<ListQuery, 'status'> & { perColumn?: number | undefined } = {},
): ApplicationsBoard {
  const perColumn = query.perColumn ?? boardColumnSize;
  // Without a search the tally answers; with one, one grouped count (seven counts cost seven scans).
  const counts = query.search?.trim() ? countMatchingByStatus(ctx, query) : statusCounts(ctx);
  // Every column's first cards in one statement (each part an index walk of its own), and one
  // follow-up lookup for all of them: seven of each cost more than the reading itself.
  const parts = applicationStatuses.map((status, index) => pagePart({ ...query, status }, 0, perColumn, `c${index}`));
  const whole = withMatches(parts.map((part) => `SELECT * FROM (${part.sql})`).join(' UNION ALL '), query, { materialize: true });
  const rows = applicationSummaryRowsOf(ctx.db.prepare(whole.sql), Object.assign({ ...whole.params }, ...parts.map((part) => part.params)));
  const applications = withFollowUps(ctx, rows);
  return {
    columns: applicationStatuses.map((status) => ({
      status,
      items: applications.filter((application) => application.status === status),
      total: counts[status] ?? 0,
    })),
    hasAny: hasAnyApplication(ctx),
  };
}

/** What the duplicate rule and the imports' matching read of every application: a few short columns. */
export interface ApplicationIdentity {
  id: number;
  company: string;
  role: string;
  link: string;
  appliedOn: string | null;
}

/**
 * Every application's identity, in the list's own order (the latest changed first, so a LinkedIn
 * connection's first application is the one Plan lists first). An
 * import's preview, its write, the CSV import and each email read check every application: read
 * whole, with their notes and postings and follow-ups, that cost 240 ms of SQL alone at ten years
 * with postings (50 ms as these columns).
 */
export function applicationIdentities(ctx: CoreContext): ApplicationIdentity[] {
  return ctx.db
    .prepare(
      `SELECT a.id, a.company, a.role, coalesce(a.link, '') AS link, a.applied_on AS appliedOn FROM applications a
       ORDER BY ${applicationSorts.updated}`,
    )
    .all() as ApplicationIdentity[];
}

/** Every application in one order, for the CSV export (which needs them all, once, and whole). */
export function allApplications(ctx: CoreContext, sort: ApplicationSort = 'updated'): Application[] {
  const rows = applicationRowsOf(ctx.db.prepare(`SELECT ${applicationColumns} FROM applications a ORDER BY ${applicationSorts[sort]}`));
  return applicationsOf(ctx, rows, nextFollowUps(ctx.db));
}

/**
 * Applications waiting to hear back with nothing changed for the silence
 * setting's days, the longest quiet first: found through the (status,
 * updated_at) index from the moment silence starts, never by checking every
 * application.
 */
export function quietApplications(ctx: CoreContext, limit: number | null): { items: ApplicationSummary[]; total: number } {
  const before = silenceClockOf(ctx).quietBefore;
  const where = `a.status IN (${waitingStatuses.map((status) => `'${status}'`).join(', ')}) AND a.updated_at < @before`;
  const rows = applicationSummaryRowsOf(
    ctx.db.prepare(`SELECT ${applicationSummaryColumns} FROM applications a WHERE ${where} ORDER BY a.updated_at, a.id LIMIT @limit`),
    { before, limit: limit ?? -1 },
  );
  const total = ctx.db.prepare(`SELECT count(*) FROM applications a WHERE ${where}`).pluck().get({ before }) as number;
  return { items: withFollowUps(ctx, rows), total };
}
