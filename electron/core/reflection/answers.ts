import type Database from 'better-sqlite3';
import { addHoursTo, dayOf } from '../time/days';
import { refuseDaysOutOfRange } from '../time/dayRange';
import { getRejection } from './rejections';
import { stepAnswersSchema, type AnswersOf, type Reflection, type StepAnswers, type StepNumber } from './schema';

/** Starts a rejection's reflection at step 1 (or leaves a started one as it is). */
export function ensureReflection(db: Database.Database, rejectionId: number, now: Date): Reflection {
  getRejection(db, rejectionId);
  const at = now.toISOString();
  db.prepare(
    `INSERT INTO reflections (rejection_id, current_step, started_at, updated_at) VALUES (?, 1, ?, ?)
     ON CONFLICT (rejection_id) DO NOTHING`,
  ).run(rejectionId, at, at);
  return readReflection(db, rejectionId) as Reflection;
}

export function readReflection(db: Database.Database, rejectionId: number): Reflection | null {
  return (
    (db
      .prepare(
        `SELECT current_step AS currentStep, finished_at AS finishedAt, mood_before AS moodBefore, mood_after AS moodAfter,
                recovery_until AS recoveryUntil, started_at AS startedAt
         FROM reflections WHERE rejection_id = ?`,
      )
      .get(rejectionId) as Reflection | undefined) ?? null
  );
}

/**
 * Saves one step's answers as they are typed: one small row per step.
 * Step 1 also keeps the mood before and the recovery window's end on the
 * reflection, so Today can show it at once.
 */
export function saveStepAnswers(db: Database.Database, rejectionId: number, answers: StepAnswers, now: Date): Reflection {
  const today = dayOf(now);
  if (answers.step === 5) refuseDaysOutOfRange({ today }, { 'answers.targetWeek': answers.targetWeek });
  if (answers.step === 6) refuseDaysOutOfRange({ today }, { 'answers.weekStart': answers.weekStart });
  return db.transaction(() => {
    const reflection = ensureReflection(db, rejectionId, now);
    const previous = answers.step === 1 ? readSavedStep(db, rejectionId, 1) : undefined;
    const at = now.toISOString();
    db.prepare(
      `INSERT INTO reflection_answers (rejection_id, step, answers, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (rejection_id, step) DO UPDATE SET answers = excluded.answers, updated_at = excluded.updated_at`,
    ).run(rejectionId, answers.step, JSON.stringify(answers), at);
    if (answers.step === 1) {
      // The window runs from when it was chosen: retyping the feelings later does not move its end.
      const previousHours = previous?.step === 1 ? previous.recoveryHours : null;
      const until =
        answers.recoveryHours === null
          ? null
          : answers.recoveryHours === previousHours && reflection.recoveryUntil
            ? reflection.recoveryUntil
            : addHoursTo(now, answers.recoveryHours).toISOString();
      db.prepare('UPDATE reflections SET mood_before = ?, recovery_until = ?, updated_at = ? WHERE rejection_id = ?').run(
        answers.intensity,
        until,
        at,
        rejectionId,
      );
    } else if (answers.step === 7) {
      db.prepare('UPDATE reflections SET mood_after = ?, updated_at = ? WHERE rejection_id = ?').run(answers.moodAfter, at, rejectionId);
    } else {
      db.prepare('UPDATE reflections SET updated_at = ? WHERE rejection_id = ?').run(at, rejectionId);
    }
    return readReflection(db, rejectionId) as Reflection;
  })();
}

/** Every saved step's answers; a row that no longer passes its schema is read as empty rather than breaking the page. */
export function readAllAnswers(db: Database.Database, rejectionId: number): Partial<Record<`${StepNumber}`, StepAnswers>> {
  const rows = db.prepare('SELECT step, answers FROM reflection_answers WHERE rejection_id = ? ORDER BY step').all(rejectionId) as {
    step: number;
    answers: string;
  }[];
  const out: Partial<Record<`${StepNumber}`, StepAnswers>> = {};
  for (const row of rows) {
    const parsed = stepAnswersSchema.safeParse(JSON.parse(row.answers));
    if (parsed.success && parsed.data.step === row.step) out[`${parsed.data.step}`] = parsed.data;
  }
  return out;
}

/**
 * One step's saved answers, or undefined where none are saved or the row no longer passes its
 * schema. Reads that one row only: saving step 1 and finishing a step need no other step's text.
 */
export function readSavedStep<S extends StepNumber>(db: Database.Database, rejectionId: number, step: S): AnswersOf<S> | undefined {
  const row = db.prepare('SELECT answers FROM reflection_answers WHERE rejection_id = ? AND step = ?').get(rejectionId, step) as
    { answers: string } | undefined;
  if (!row) return undefined;
  const parsed = stepAnswersSchema.safeParse(JSON.parse(row.answers));
  return parsed.success && parsed.data.step === step ? (parsed.data as AnswersOf<S>) : undefined;
}

/** One step's answers with every default filled in, saved or not. */
export function readStep<S extends StepNumber>(db: Database.Database, rejectionId: number, step: S): AnswersOf<S> {
  return readSavedStep(db, rejectionId, step) ?? (stepAnswersSchema.parse({ step }) as AnswersOf<S>);
}
