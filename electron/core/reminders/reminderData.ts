import type Database from 'better-sqlite3';
import { addDaysTo, dayOf, weekStartOf, type WeekStartsOn } from '../time/days';
import { horizonDays, maxLookbackDays, staleCheckInDays, type ReminderData } from './scheduler';
import { readLedger } from './ledger';

/**
 * Reads what the scheduler needs from SQLite, bounded to the days it can
 * look at (a long history never makes this slower than a few indexed reads).
 */
export function reminderData(db: Database.Database, now: Date, weekStartsOn: WeekStartsOn): ReminderData {
  const today = dayOf(now);
  const staleBefore = new Date(now.getTime() - (staleCheckInDays + maxLookbackDays) * 86_400_000).toISOString();
  const recoveries = db
    .prepare(
      `SELECT r.rejection_id AS rejectionId, j.company AS company, r.started_at AS startedAt,
              r.recovery_until AS recoveryUntil, r.finished_at AS finishedAt
       FROM reflections r JOIN rejections j ON j.id = r.rejection_id
       WHERE r.recovery_until IS NOT NULL AND r.recovery_until >= ?
       ORDER BY r.recovery_until`,
    )
    .all(staleBefore) as ReminderData['recoveries'];
  const followUps = db
    .prepare(
      `SELECT due_on AS dueOn, created_at AS createdAt FROM follow_ups
       WHERE state = 'pending' AND due_on <= ? ORDER BY due_on`,
    )
    .all(addDaysTo(today, horizonDays)) as ReminderData['followUps'];
  const fromWeek = addDaysTo(weekStartOf(today, weekStartsOn), -(maxLookbackDays + 7));
  const weeks = (
    db.prepare('SELECT week_start AS weekStart, reviewed_at AS reviewedAt FROM weeks WHERE week_start >= ?').all(fromWeek) as {
      weekStart: string;
      reviewedAt: string | null;
    }[]
  ).map((week) => ({ weekStart: week.weekStart, reviewed: week.reviewedAt !== null }));
  const last = db.prepare('SELECT max(day) AS day FROM activities').get() as { day: string | null };
  const created = db.prepare("SELECT value FROM app_meta WHERE key = 'created_at'").get() as { value: string } | undefined;
  const createdAt = created ? new Date(created.value) : now;
  const ledger = readLedger(db);
  // Rounds ahead within the horizon, through the starts_at index: a few rows, whatever the history.
  const interviews = db
    .prepare(
      `SELECT i.id, i.starts_at AS startsAt, i.updated_at AS updatedAt, a.company, i.kind
       FROM interviews i JOIN applications a ON a.id = i.application_id
       WHERE i.starts_at > ? AND i.starts_at <= ? ORDER BY i.starts_at, i.id`,
    )
    .all(now.toISOString(), new Date(now.getTime() + (horizonDays + 1) * 86_400_000).toISOString()) as ReminderData['interviews'];
  return {
    recoveries,
    followUps,
    weeks,
    lastActivityDay: last.day,
    firstDay: dayOf(Number.isNaN(createdAt.getTime()) ? now : createdAt),
    checkInsShown: ledger.checkInsShown,
    idleShownFor: ledger.idleShownFor,
    interviews,
    interviewsReminded: ledger.interviewsReminded,
  };
}

/** Whether any week was ever planned (the launch-at-login suggestion waits for the first plan). */
export function hasPlannedWeek(db: Database.Database): boolean {
  return db.prepare('SELECT 1 FROM weeks LIMIT 1').get() !== undefined;
}
