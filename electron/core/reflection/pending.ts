import type Database from 'better-sqlite3';
import { normalizeCompany } from '../applications/duplicates';
import { statusOf } from './rejections';
import type { ApplicationReflection, MatchingApplication, PendingReflection } from './schema';

/**
 * A "no" must never be orphaned: the one-time offer after marking an
 * application rejected can be put off, so the application, its details and
 * Today keep offering the reflection until it is done.
 */

/** Today's mention, once answered (reflected or "not now"), stays quiet for everything up to that moment. */
const dismissedKey = 'today.reflectionMentionDismissedAt';

/** Where a tracked application's reflection stands: its newest linked rejection and that reflection, or none. */
export function reflectionOfApplication(db: Database.Database, applicationId: number): ApplicationReflection {
  const row = db
    .prepare(
      `SELECT r.id, f.current_step AS currentStep, f.finished_at AS finishedAt
       FROM rejections r LEFT JOIN reflections f ON f.rejection_id = r.id
       WHERE r.application_id = ? ORDER BY r.received_on DESC, r.id DESC LIMIT 1`,
    )
    .get(applicationId) as { id: number; currentStep: number | null; finishedAt: string | null } | undefined;
  return row ? { rejectionId: row.id, reflection: statusOf(row) } : { rejectionId: null, reflection: null };
}

/**
 * The newest rejection not reflected on since Today's mention was last put
 * off: a logged rejection whose reflection is unfinished (and not inside its
 * recovery window, which Today already shows), or an application marked
 * rejected with no rejection logged for it.
 */
export function pendingReflection(db: Database.Database, now: Date): PendingReflection | null {
  const after = (db.prepare('SELECT value FROM app_meta WHERE key = ?').pluck().get(dismissedKey) as string | undefined) ?? '';
  const logged = db
    .prepare(
      `SELECT r.id, r.company, r.created_at AS at, f.rejection_id IS NOT NULL AS started
       FROM rejections r LEFT JOIN reflections f ON f.rejection_id = r.id
       WHERE f.finished_at IS NULL AND (f.recovery_until IS NULL OR f.recovery_until <= @now) AND r.created_at > @after
       ORDER BY r.created_at DESC, r.id DESC LIMIT 1`,
    )
    .get({ now: now.toISOString(), after }) as { id: number; company: string; at: string; started: number } | undefined;
  const marked = db
    .prepare(
      `SELECT a.id, a.company, a.status_changed_at AS at FROM applications a
       WHERE a.status = 'rejected' AND a.status_changed_at > ?
         AND NOT EXISTS (SELECT 1 FROM rejections r WHERE r.application_id = a.id)
       ORDER BY a.status_changed_at DESC, a.id DESC LIMIT 1`,
    )
    .get(after) as { id: number; company: string; at: string } | undefined;
  if (marked && (!logged || marked.at > logged.at)) return { kind: 'application', applicationId: marked.id, company: marked.company };
  if (logged) return { kind: 'rejection', rejectionId: logged.id, company: logged.company, inProgress: logged.started === 1 };
  return null;
}

/** "Not now" on Today's mention: remembered, so it does not come back for the same rejection. */
export function dismissPendingReflection(db: Database.Database, now: Date): { dismissed: true } {
  db.prepare('INSERT INTO app_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    dismissedKey,
    now.toISOString(),
  );
  return { dismissed: true };
}

/**
 * Tracked applications a rejection logged by hand may belong to: the same
 * company once normalized (case, accents, punctuation and legal forms such
 * as GmbH or Ltd ignored), rejected ones first, then the newest.
 */
export function matchingApplications(db: Database.Database, company: string): MatchingApplication[] {
  const wanted = normalizeCompany(company);
  if (wanted === '') return [];
  const firstWord = wanted.split(' ')[0] ?? '';
  const candidates = db
    .prepare(
      `SELECT a.id, a.company, a.role, a.status, a.applied_on AS appliedOn
       FROM applications_fts f JOIN applications a ON a.id = f.rowid
       WHERE applications_fts MATCH ?
       ORDER BY a.status = 'rejected' DESC, a.status_changed_at DESC, a.id DESC LIMIT 200`,
    )
    .all(`company : "${firstWord.replace(/"/g, '""')}"`) as MatchingApplication[];
  return candidates.filter((candidate) => normalizeCompany(candidate.company) === wanted).slice(0, 20);
}
