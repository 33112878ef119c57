import { DomainError } from '../ipc/result';
import type { Day } from '../time/schema';
import { type CoreContext, weekOf } from '../context';
import { assertNotFuture } from '../planner/activities';
import { checkWeekMet } from '../planner/progress';
import { applicationOf, requireApplication } from './records';
import type { Application } from './schema';
import { content, fillMessage } from '../../../content';

/**
 * "I applied yesterday": moves the day an application went out, and with it
 * everything dated by it, in one transaction:
 *   - applied_on on the application (the applied-days tally follows by trigger);
 *   - the 'applied' rows of its status history, so the history still reads in
 *     order (a 'saved' row dated after the new day moves back with it);
 *   - the apply activity, so it counts in the week it happened;
 *   - the automatic "applied" win, so the streaks and that week's wins are right.
 * A status reached after applying (interviewing on the 5th) bounds the new
 * day: applying cannot come after it.
 */
export function setAppliedOn(ctx: CoreContext, id: number, day: Day): Application {
  assertNotFuture(ctx, day);
  const words = content.planner.errors;
  ctx.db.transaction(() => {
    const app = requireApplication(ctx, id);
    if (app.appliedOn === null) throw new DomainError('conflict', words.appliedNotYet, { day: words.appliedNotYet });
    const history = ctx.db
      .prepare('SELECT id, status, day FROM application_status_history WHERE application_id = ? ORDER BY changed_at, id')
      .all(id) as { id: number; status: string; day: Day }[];
    const firstApplied = history.findIndex((row) => row.status === 'applied');
    const after = firstApplied === -1 ? [] : history.slice(firstApplied + 1).filter((row) => row.status !== 'applied');
    const nextDay = after.length > 0 ? after.map((row) => row.day).sort()[0] : undefined;
    if (nextDay !== undefined && day > nextDay) {
      const message = fillMessage(words.appliedBeforeAdded, { day: nextDay });
      throw new DomainError('invalid_input', message, { day: message });
    }
    const at = ctx.now().toISOString();
    const oldDay = app.appliedOn;
    ctx.db.prepare('UPDATE applications SET applied_on = ?, updated_at = ? WHERE id = ?').run(day, at, id);
    ctx.db.prepare("UPDATE application_status_history SET day = ? WHERE application_id = ? AND status = 'applied'").run(day, id);
    ctx.db
      .prepare("UPDATE application_status_history SET day = ? WHERE application_id = ? AND status = 'saved' AND day > ?")
      .run(day, id, day);
    ctx.db.prepare("UPDATE activities SET day = ? WHERE application_id = ? AND kind = 'apply'").run(day, id);
    ctx.db.prepare('UPDATE wins SET day = ? WHERE source_key = ?').run(day, `application:${id}:applied`);
    // The week it now lands in may have just met its target; the week it left keeps any win it earned.
    if (weekOf(ctx, day) !== weekOf(ctx, oldDay)) checkWeekMet(ctx, weekOf(ctx, day), day);
  })();
  return applicationOf(ctx, requireApplication(ctx, id));
}
