import type Database from 'better-sqlite3';
import type { Day } from '../time/schema';
import type { WinKind } from './schema';

export interface AutoWin {
  kind: WinKind;
  title: string;
  day: Day;
  /** What caused it, unique per event, e.g. `application:12:applied`. */
  sourceKey: string;
  applicationId?: number | null;
  rejectionId?: number | null;
}

/**
 * The one hook every feature calls when effort deserves a win: applied,
 * interviewing, feedback asked or received, a reflection finished, a task
 * done, a week's targets met. Idempotent by source: the same event never
 * records twice, and a win the person removed is not brought back.
 * Call it inside the caller's transaction so the win and its cause land together.
 */
export function recordAutoWin(db: Database.Database, win: AutoWin, now: Date = new Date()): { id: number; created: boolean } {
  const inserted = db
    .prepare(
      `INSERT INTO wins (kind, title, day, application_id, rejection_id, source_key, created_at)
       VALUES (@kind, @title, @day, @applicationId, @rejectionId, @sourceKey, @createdAt)
       ON CONFLICT (source_key) DO NOTHING
       RETURNING id`,
    )
    .get({
      kind: win.kind,
      title: win.title.trim().slice(0, 200),
      day: win.day,
      applicationId: win.applicationId ?? null,
      rejectionId: win.rejectionId ?? null,
      sourceKey: win.sourceKey,
      createdAt: now.toISOString(),
    }) as { id: number } | undefined;
  if (inserted) return { id: inserted.id, created: true };
  const existing = db.prepare('SELECT id FROM wins WHERE source_key = ?').get(win.sourceKey) as { id: number };
  return { id: existing.id, created: false };
}
