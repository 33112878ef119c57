import type Database from 'better-sqlite3';
import { daysBetween, dayOf } from '../time/days';
import type { TodayRecoveryInfo } from './schema';

/**
 * Today's widget: a recovery window still running, one strength to see again (a different one each day),
 * and whether any rejection was ever logged (a first run leads with logging one).
 */
export function todayRecovery(db: Database.Database, now: Date): TodayRecoveryInfo {
  const recovery = db
    .prepare(
      `SELECT r.id AS rejectionId, r.company, f.recovery_until AS until, f.finished_at IS NOT NULL AS finished FROM reflections f JOIN rejections r ON r.id = f.rejection_id
       WHERE f.recovery_until > ? ORDER BY f.recovery_until DESC LIMIT 1`,
    )
    .get(now.toISOString()) as { rejectionId: number; company: string; until: string; finished: number } | undefined;
  const strengths = db.prepare('SELECT text FROM strengths ORDER BY id').pluck().all() as string[];
  const pick = strengths.length ? strengths[Math.abs(daysBetween('2000-01-01', dayOf(now))) % strengths.length] : undefined;
  return {
    recovery: recovery ? { ...recovery, finished: recovery.finished === 1 } : null,
    strength: pick ?? null,
    hasRejections: db.prepare('SELECT EXISTS (SELECT 1 FROM rejections)').pluck().get() === 1,
  };
}
