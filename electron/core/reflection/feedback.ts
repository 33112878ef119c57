import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { content, fillTemplate } from '../../../content';
import { DomainError } from '../ipc/result';
import { refuseDaysOutOfRange } from '../time/dayRange';
import { addTask } from '../planner/tasks';
import { dayOf } from '../time/days';
import { recordAutoWin } from '../wins/recordAutoWin';
import { getRejection } from './rejections';
import type { FeedbackRequest, updateFeedbackInput } from './schema';

type FeedbackUpdate = z.output<typeof updateFeedbackInput>;

const noRequest: FeedbackRequest = { state: 'not_asked', tone: '', askedOn: null, answeredOn: null, feedback: '' };

export function readFeedback(db: Database.Database, rejectionId: number): FeedbackRequest {
  const row = db
    .prepare(`SELECT state, tone, asked_on AS askedOn, answered_on AS answeredOn, feedback FROM feedback_requests WHERE rejection_id = ?`)
    .get(rejectionId) as FeedbackRequest | undefined;
  return row ?? { ...noRequest };
}

function refuse(field: string, message: string): never {
  throw new DomainError('invalid_input', message, { [field]: message });
}

/**
 * Tracks a feedback request: not asked, asked (when), answered (when, and
 * what they said), or no reply. Asking is a win, and so is an answer.
 */
export function updateFeedback(db: Database.Database, input: FeedbackUpdate, now: Date): FeedbackRequest {
  const errors = content.reflectUi.errors;
  const today = dayOf(now);
  const rejection = getRejection(db, input.rejectionId);
  const asked = input.state === 'not_asked' ? null : (input.askedOn ?? today);
  const answered = input.state === 'answered' ? (input.answeredOn ?? today) : null;
  refuseDaysOutOfRange({ today }, { askedOn: asked, answeredOn: answered });
  if (asked && asked > today) refuse('askedOn', errors.futureDate);
  if (answered && answered > today) refuse('answeredOn', errors.futureDate);
  if (asked && answered && answered < asked) refuse('answeredOn', errors.answeredBeforeAsked);
  if (asked && asked < rejection.receivedOn) refuse('askedOn', errors.askedBeforeRejection);
  return db.transaction(() => {
    db.prepare(
      `INSERT INTO feedback_requests (rejection_id, state, tone, asked_on, answered_on, feedback, updated_at)
       VALUES (@rejectionId, @state, @tone, @asked, @answered, @feedback, @at)
       ON CONFLICT (rejection_id) DO UPDATE SET state = excluded.state, tone = excluded.tone, asked_on = excluded.asked_on,
         answered_on = excluded.answered_on, feedback = excluded.feedback, updated_at = excluded.updated_at`,
    ).run({
      rejectionId: input.rejectionId,
      state: input.state,
      tone: input.tone,
      asked,
      answered,
      feedback: input.feedback,
      at: now.toISOString(),
    });
    const link = { rejectionId: rejection.id, applicationId: rejection.applicationId };
    if (asked) {
      recordAutoWin(
        db,
        {
          kind: 'feedback_asked',
          title: fillTemplate(content.reflectUi.celebrate.winTitles.feedbackAsked, { company: rejection.company }),
          day: asked,
          sourceKey: `rejection:${rejection.id}:feedback_asked`,
          ...link,
        },
        now,
      );
    }
    if (answered) {
      recordAutoWin(
        db,
        {
          kind: 'feedback_received',
          title: fillTemplate(content.reflectUi.celebrate.winTitles.feedbackReceived, { company: rejection.company }),
          day: answered,
          sourceKey: `rejection:${rejection.id}:feedback_received`,
          ...link,
        },
        now,
      );
    }
    return readFeedback(db, input.rejectionId);
  })();
}

/** Turns a piece of feedback into a concrete task for a week. */
export function addFeedbackTask(
  db: Database.Database,
  rejectionId: number,
  title: string,
  weekStart: string,
  now: Date,
): { id: number; weekStart: string } {
  getRejection(db, rejectionId);
  return { id: addTask(db, { title, weekStart, source: 'feedback', rejectionId }, now), weekStart };
}
