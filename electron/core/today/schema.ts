import { z } from 'zod';
import { boundedArray, idSchema, limit } from '../ipc/inputs';
import { content, fillMessage } from '../../../content';

/**
 * Inputs and outputs of Today's actions on many at once: snoozing follow-ups
 * and closing quiet applications, each with one undo. Imported by the
 * renderer too, so it may import only zod, other schema files and content/.
 */

const words = content.planner.errors;

/** How far "Snooze" and "Snooze all by a week" move a follow-up: a week from today. */
export const snoozeDays = 7;

/** At most this many follow-ups named in one call (without names: every one due). */
export const maxSnoozeIds = 500;

export const snoozeFollowUpsInput = z
  .object({
    /** The follow-ups to move; absent, every pending one due today or earlier. */
    ids: boundedArray(idSchema, maxSnoozeIds, fillMessage(words.snoozeTooMany, { max: maxSnoozeIds })).optional(),
    days: z
      .number({ error: words.wholeNumber })
      .int(words.wholeNumber)
      .min(...limit(1, words.daysMin, 'min'))
      .max(...limit(30, words.daysMax)),
  })
  .strict();

export const undoInput = z.object({ token: idSchema }).strict();

export interface BulkResult {
  /** How many rows the action changed. */
  count: number;
  /** Hands the change back to `today:undo`; null when nothing changed. */
  undoToken: number | null;
  /** The day the follow-ups now fall on (snoozing only). */
  dueOn?: string;
}

export interface UndoResult {
  /** Rows put back as they were. */
  restored: number;
  /** Rows changed again since, left as they are now. */
  skipped: number;
}
