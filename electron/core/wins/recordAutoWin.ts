import type Database from 'better-sqlite3';
import { content } from '../../../content';
import { isRealDay, type Day } from '../time/schema';
import { winKinds, winTitleMax, type WinKind } from './schema';

export interface AutoWin {
  kind: WinKind;
  title: string;
  day: Day;
  /** What caused it, unique per event, e.g. `application:12:applied`. */
  sourceKey: string;
  applicationId?: number | null;
  rejectionId?: number | null;
}

/** `domain:<id or week start>:event`: one per event a win is recorded for; never blank, never huge. */
const sourceKeyPattern = /^[a-z]+:[0-9A-Za-z-]+:[a-z_-]+$/;

/**
 * The one hook every feature calls when effort deserves a win: applied,
 * interviewing, feedback asked or received, a reflection finished, a task
 * done, a week's targets met. Idempotent by source: the same event never
 * records twice, and a win the person removed is not brought back.
 * Call it inside the caller's transaction so the win and its cause land together.
 *
 * A mistake in the call (an unknown kind, a day that is not a day, a
 * malformed source key) throws a RangeError, which rolls the caller's
 * transaction back: better than a win that can never be matched again.
 */
export function recordAutoWin(db: Database.Database, win: AutoWin, now: Date = new Date()): { id: number; created: boolean } {
  if (!(winKinds as readonly string[]).includes(win.kind)) throw new RangeError(`Not a kind of win: ${String(win.kind)}`);
  if (typeof win.day !== 'string' || !isRealDay(win.day)) throw new RangeError(`Not a calendar day: ${String(win.day)}`);
  if (typeof win.sourceKey !== 'string' || win.sourceKey.length > 200 || !sourceKeyPattern.test(win.sourceKey)) {
    throw new RangeError(`Not a source key like "application:12:applied": ${String(win.sourceKey).slice(0, 200)}`);
  }
  // A blank title would break the table's check and the caller's transaction with it: use the kind's name.
  const title = (typeof win.title === 'string' ? win.title.trim().slice(0, winTitleMax).trim() : '') || content.wins.kinds[win.kind].label;
  const inserted = db
    .prepare(
      `INSERT INTO wins (kind, title, day, application_id, rejection_id, source_key, created_at)
       VALUES (@kind, @title, @day, @applicationId, @rejectionId, @sourceKey, @createdAt)
       ON CONFLICT (source_key) DO NOTHING
       RETURNING id`,
    )
    .get({
      kind: win.kind,
      title,
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
