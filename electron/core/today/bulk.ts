import type Database from 'better-sqlite3';
import { content } from '../../../content';
import { type CoreContext, todayOf } from '../context';
import { DomainError } from '../ipc/result';
import { addDaysTo } from '../time/days';
import type { Day } from '../time/schema';
import type { BulkResult, UndoResult } from './schema';
import { dueFollowUps, moveFollowUp } from '../applications/followUps';
import { quietApplications } from '../applications/list';
import { setStatus } from '../applications/status';

/**
 * Today's actions on many at once. Each runs in one transaction and keeps,
 * in core's memory, exactly what it changed, so one undo puts those rows
 * back as they were: nothing the renderer sends can write a value of its
 * own. Undo leaves alone a row changed again since (someone sent that
 * follow-up after all); the change counters are not wound back, since the
 * caches they stamp must never see an old stamp again.
 */

type Undo =
  | { kind: 'snooze'; followUps: { id: number; dueOn: Day; movedTo: Day }[] }
  | {
      kind: 'close';
      applications: {
        id: number;
        status: string;
        statusChangedAt: string;
        updatedAt: string;
        closedAt: string;
        historyId: number;
        cancelledFollowUpIds: number[];
      }[];
      /** Whether the board's tally had a no-reply row before: undo leaves the table as it found it. */
      hadNoReplyTally: boolean;
    };

/** A toast's undo is for the last few actions; older ones are let go. */
const keptUndos = 20;

const undosByDb = new WeakMap<Database.Database, { next: number; kept: Map<number, Undo> }>();

function undoStore(db: Database.Database) {
  let store = undosByDb.get(db);
  if (!store) {
    store = { next: 1, kept: new Map() };
    undosByDb.set(db, store);
  }
  return store;
}

function keep(db: Database.Database, undo: Undo): number {
  const store = undoStore(db);
  const token = store.next;
  store.next += 1;
  store.kept.set(token, undo);
  for (const old of store.kept.keys()) {
    if (store.kept.size <= keptUndos) break;
    store.kept.delete(old);
  }
  return token;
}

/** Moves follow-ups `days` from today: the ones named, or every one due today or earlier. */
export function snoozeFollowUps(ctx: CoreContext, input: { ids?: number[] | undefined; days: number }): BulkResult {
  const movedTo = addDaysTo(todayOf(ctx), input.days);
  const moved = ctx.db.transaction(() => {
    const ids = input.ids ?? dueFollowUps(ctx).map((followUp) => followUp.id);
    const read = ctx.db.prepare('SELECT due_on FROM follow_ups WHERE id = ?').pluck();
    return [...new Set(ids)].map((id) => {
      const dueOn = read.get(id) as Day | undefined;
      moveFollowUp(ctx, id, movedTo);
      return { id, dueOn: dueOn as Day, movedTo };
    });
  })();
  if (moved.length === 0) return { count: 0, undoToken: null, dueOn: movedTo };
  return { count: moved.length, undoToken: keep(ctx.db, { kind: 'snooze', followUps: moved }), dueOn: movedTo };
}

/** Closes every quiet application (waiting, unchanged for the silence setting's days) as no reply. */
export function closeQuietApplications(ctx: CoreContext): BulkResult {
  const hadNoReplyTally = ctx.db.prepare("SELECT 1 FROM application_status_counts WHERE status = 'no_reply'").get() !== undefined;
  const closed = ctx.db.transaction(() => {
    const quiet = quietApplications(ctx, null).items;
    const pendingOf = ctx.db.prepare("SELECT id FROM follow_ups WHERE application_id = ? AND state = 'pending' ORDER BY id").pluck();
    const rowOf = ctx.db.prepare('SELECT status_changed_at AS statusChangedAt, updated_at AS updatedAt FROM applications WHERE id = ?');
    const lastHistory = ctx.db.prepare('SELECT max(id) FROM application_status_history WHERE application_id = ?').pluck();
    return quiet.map((application) => {
      const before = rowOf.get(application.id) as { statusChangedAt: string; updatedAt: string };
      const cancelledFollowUpIds = pendingOf.all(application.id) as number[];
      const after = setStatus(ctx, application.id, 'no_reply').application;
      return {
        id: application.id,
        status: application.status,
        ...before,
        closedAt: after.updatedAt,
        historyId: lastHistory.get(application.id) as number,
        cancelledFollowUpIds,
      };
    });
  })();
  if (closed.length === 0) return { count: 0, undoToken: null };
  return { count: closed.length, undoToken: keep(ctx.db, { kind: 'close', applications: closed, hadNoReplyTally }) };
}

/** Puts back what one bulk action changed, in one transaction; the token works once. */
export function undoBulk(ctx: CoreContext, token: number): UndoResult {
  const store = undoStore(ctx.db);
  const undo = store.kept.get(token);
  if (!undo) throw new DomainError('not_found', content.planner.errors.undoGone);
  const result = ctx.db.transaction((): UndoResult => {
    let restored = 0;
    if (undo.kind === 'snooze') {
      const put = ctx.db.prepare("UPDATE follow_ups SET due_on = ? WHERE id = ? AND state = 'pending' AND due_on = ?");
      for (const followUp of undo.followUps) restored += put.run(followUp.dueOn, followUp.id, followUp.movedTo).changes;
      return { restored, skipped: undo.followUps.length - restored };
    }
    const putBack = ctx.db.prepare(
      "UPDATE applications SET status = ?, status_changed_at = ?, updated_at = ? WHERE id = ? AND status = 'no_reply' AND updated_at = ?",
    );
    const dropHistory = ctx.db.prepare("DELETE FROM application_status_history WHERE id = ? AND status = 'no_reply'");
    const reopen = ctx.db.prepare("UPDATE follow_ups SET state = 'pending' WHERE id = ? AND state = 'cancelled'");
    for (const application of undo.applications) {
      if (
        putBack.run(application.status, application.statusChangedAt, application.updatedAt, application.id, application.closedAt)
          .changes === 0
      )
        continue;
      dropHistory.run(application.historyId);
      for (const id of application.cancelledFollowUpIds) reopen.run(id);
      restored += 1;
    }
    if (!undo.hadNoReplyTally) ctx.db.prepare("DELETE FROM application_status_counts WHERE status = 'no_reply' AND applications = 0").run();
    return { restored, skipped: undo.applications.length - restored };
  })();
  store.kept.delete(token);
  return result;
}
