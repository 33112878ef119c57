import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { addDaysTo, type WeekStartsOn } from '../time/days';
import type { Day } from '../time/schema';
import { winsPageSize, type listWinsInput, type WinsPage } from './schema';
import { countWins, countWinsBetween } from './winDays';
import { toWins, winColumns, winJoins, type WinRow } from './winRows';

type ListWins = z.output<typeof listWinsInput>;

/** `%` and `_` typed by the person are looked for literally. */
function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

function filterSql(input: ListWins): { where: string; params: Record<string, unknown> } {
  const clauses = ['w.deleted_at IS NULL'];
  const params: Record<string, unknown> = {};
  if (input.kind) {
    clauses.push('w.kind = @kind');
    params.kind = input.kind;
  }
  if (input.search) {
    clauses.push(`(w.title LIKE @pattern ESCAPE '\\' OR w.note LIKE @pattern ESCAPE '\\')`);
    params.pattern = likePattern(input.search);
  }
  return { where: clauses.join(' AND '), params };
}

/**
 * One page of the timeline, newest first. Keyset pagination on (day, id):
 * each page starts just after the last row of the previous one, so a page
 * deep into 10,000 wins costs what the first one does (the wins_day index
 * walks straight to it), and a win added meanwhile never shifts a page.
 */
export function listWins(db: Database.Database, input: ListWins, weekStartsOn: WeekStartsOn, pageSize = winsPageSize): WinsPage {
  const { where, params } = filterSql(input);
  const cursor = input.cursor ? ' AND (w.day, w.id) < (@cursorDay, @cursorId)' : '';
  const rows = db.prepare(`SELECT ${winColumns} ${winJoins} WHERE ${where}${cursor} ORDER BY w.day DESC, w.id DESC LIMIT @limit`).all({
    ...params,
    ...(input.cursor ? { cursorDay: input.cursor.day, cursorId: input.cursor.id } : {}),
    limit: pageSize + 1,
  }) as WinRow[];
  const more = rows.length > pageSize;
  const page = more ? rows.slice(0, pageSize) : rows;
  const last = page[page.length - 1];
  const items = toWins(page, weekStartsOn);
  // Unfiltered, the counts come from win_days (a row per day, kept by triggers) rather than counting
  // tens of thousands of wins; a kind or a search counts the wins themselves.
  const filtered = Boolean(input.kind || input.search);
  const total = filtered ? (db.prepare(`SELECT count(*) FROM wins w WHERE ${where}`).pluck().get(params) as number) : countWins(db);
  // Each week on this page, counted whole (a week can span two pages), for its heading.
  const filteredWeek = filtered ? db.prepare(`SELECT count(*) FROM wins w WHERE ${where} AND w.day BETWEEN @from AND @to`).pluck() : null;
  const countWeek = (from: Day, to: Day) =>
    filteredWeek ? (filteredWeek.get({ ...params, from, to }) as number) : countWinsBetween(db, from, to);
  const weekCounts: Record<string, number> = {};
  for (const { weekStart } of items) weekCounts[weekStart] ??= countWeek(weekStart, addDaysTo(weekStart, 6));
  return {
    items,
    nextCursor: more && last ? { day: last.day, id: last.id } : null,
    total,
    weekCounts,
  };
}
