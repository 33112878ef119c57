import type Database from 'better-sqlite3';
import { readAllAnswers, readReflection } from './answers';
import { readFeedback } from './feedback';
import { getRejection, statusOf } from './rejections';
import { offeredWins } from './steps';
import type { LinkedTask, LinkedWin, RejectionDetail, RejectionPerson, RejectionRound } from './schema';

/** The people of the rejected application and its rounds so far (up to `now`): what the reflection draws on. */
function trackedFor(db: Database.Database, applicationId: number | null, now: Date): Pick<RejectionDetail, 'people' | 'rounds'> {
  if (applicationId === null) return { people: [], rounds: [] };
  const people = db
    .prepare(
      `SELECT c.name, c.email, l.relation FROM application_contacts l JOIN contacts c ON c.id = l.contact_id
       WHERE l.application_id = ? ORDER BY c.name COLLATE NOCASE, c.id`,
    )
    .all(applicationId) as RejectionPerson[];
  const rounds = db
    .prepare(
      `SELECT id, kind, starts_at AS startsAt, how_it_went AS howItWent FROM interviews
       WHERE application_id = ? AND starts_at <= ? ORDER BY starts_at, id`,
    )
    .all(applicationId, now.toISOString()) as RejectionRound[];
  return { people, rounds };
}

/** A rejection with everything it led to: its reflection, feedback thread, tasks, targets and wins. */
export function rejectionDetail(db: Database.Database, rejectionId: number, nextWeekStart: string, now: Date): RejectionDetail {
  const rejection = getRejection(db, rejectionId);
  const reflection = readReflection(db, rejectionId);
  const answers = readAllAnswers(db, rejectionId);
  const tasks = (
    db
      .prepare(
        `SELECT id, title, week_start AS weekStart, source, done_at IS NOT NULL AS done FROM tasks WHERE rejection_id = ? ORDER BY id`,
      )
      .all(rejectionId) as (Omit<LinkedTask, 'done'> & { done: number })[]
  ).map((task) => ({ ...task, done: task.done === 1 }));
  const wins = db
    .prepare('SELECT id, kind, title, day FROM wins WHERE rejection_id = ? AND deleted_at IS NULL ORDER BY day, id')
    .all(rejectionId) as LinkedWin[];
  const forward = answers['6'];
  const committed = reflection && reflection.currentStep > 6 && forward?.step === 6;
  const weekStart = committed ? (forward.weekStart ?? null) : null;
  const targets = committed
    ? (db
        .prepare(
          `SELECT week_start AS weekStart, target_search AS search, target_apply AS apply, target_follow_up AS followUp,
                  target_network AS network, target_learn AS learn, target_volunteer AS volunteer
           FROM weeks WHERE week_start = ?`,
        )
        .get(weekStart ?? nextWeekStart) as RejectionDetail['targets'] | undefined)
    : undefined;
  const earlierStrengths = db
    .prepare('SELECT text FROM strengths WHERE rejection_id IS NOT ? ORDER BY id DESC LIMIT 20')
    .pluck()
    .all(rejectionId) as string[];
  return {
    rejection,
    ...trackedFor(db, rejection.applicationId, now),
    reflection,
    status: statusOf({ currentStep: reflection?.currentStep ?? null, finishedAt: reflection?.finishedAt ?? null }),
    answers,
    feedback: readFeedback(db, rejectionId),
    tasks,
    wins,
    targets: targets ?? null,
    earlierStrengths,
    nextWeekStart,
    offeredWins: offeredWins(db, rejectionId),
  };
}
