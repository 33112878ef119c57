import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { content } from '../../../content';
import { DomainError } from '../ipc/result';
import { refuseDaysOutOfRange } from '../time/dayRange';
import { todayOf, weekStartsOnOf, type CoreContext } from '../context';
import { dayOf } from '../time/days';
import type { Day } from '../time/schema';
import { manualWinKinds, type logWinInput, type updateWinInput, type Win } from './schema';
import { readWin } from './winRows';

type LogWin = z.output<typeof logWinInput>;
type UpdateWin = z.output<typeof updateWinInput>;

/** Refusals the form shows beside the field; the renderer shows the same words before asking. */
const saveMessages = content.wins.errors;

function checkWin(db: Database.Database, win: Pick<LogWin, 'day' | 'applicationId' | 'rejectionId'>, today: Day): void {
  refuseDaysOutOfRange({ today }, { day: win.day });
  const fields: Record<string, string> = {};
  if (win.day > today) fields.day = saveMessages.futureDay;
  if (win.applicationId !== null && win.rejectionId !== null) fields.applicationId = saveMessages.bothLinks;
  if (win.applicationId !== null && !db.prepare('SELECT 1 FROM applications WHERE id = ?').get(win.applicationId)) {
    fields.applicationId = saveMessages.missingApplication;
  }
  if (win.rejectionId !== null && !db.prepare('SELECT 1 FROM rejections WHERE id = ?').get(win.rejectionId)) {
    fields.rejectionId = saveMessages.missingRejection;
  }
  const [first] = Object.values(fields);
  if (first) throw new DomainError('invalid_input', first, fields);
}

/** Saves a win the person logged by hand. */
export function logWin(ctx: CoreContext, win: LogWin): Win {
  const { db } = ctx;
  const now = ctx.now();
  return db.transaction(() => {
    // Core's today: a win's day may be today or earlier, never later.
    checkWin(db, win, dayOf(now));
    const { id } = db
      .prepare(
        `INSERT INTO wins (kind, title, note, day, application_id, rejection_id, created_at)
         VALUES (@kind, @title, @note, @day, @applicationId, @rejectionId, @createdAt) RETURNING id`,
      )
      .get({ ...win, createdAt: now.toISOString() }) as { id: number };
    return readWin(db, id, weekStartsOnOf(ctx)) as Win;
  })();
}

/** Changes a win, automatic ones included (their source stays, so they are still never recorded twice). */
export function updateWin(ctx: CoreContext, win: UpdateWin): Win {
  const { db } = ctx;
  return db.transaction(() => {
    const existing = db.prepare('SELECT kind FROM wins WHERE id = ? AND deleted_at IS NULL').get(win.id) as { kind: string } | undefined;
    if (!existing) throw new DomainError('not_found', saveMessages.missingWin);
    if (win.kind !== existing.kind && !(manualWinKinds as readonly string[]).includes(win.kind)) {
      throw new DomainError('invalid_input', saveMessages.autoKind, { kind: saveMessages.autoKind });
    }
    checkWin(db, win, todayOf(ctx));
    db.prepare(
      `UPDATE wins SET kind = @kind, title = @title, note = @note, day = @day,
         application_id = @applicationId, rejection_id = @rejectionId
       WHERE id = @id`,
    ).run(win);
    return readWin(db, win.id, weekStartsOnOf(ctx)) as Win;
  })();
}

/**
 * Removes a win softly, so Undo can bring it back. An automatic win keeps its
 * source, which is what stops the same event from recording it again.
 */
export function removeWin(ctx: CoreContext, id: number): { id: number } {
  const changed = ctx.db
    .prepare('UPDATE wins SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL')
    .run(ctx.now().toISOString(), id).changes;
  if (changed === 0) throw new DomainError('not_found', saveMessages.missingWin);
  return { id };
}

/** Undo for a removal. */
export function restoreWin(ctx: CoreContext, id: number): Win {
  const changed = ctx.db.prepare('UPDATE wins SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id).changes;
  const win = readWin(ctx.db, id, weekStartsOnOf(ctx));
  if (changed === 0 && !win) throw new DomainError('not_found', saveMessages.missingWin);
  return win as Win;
}
