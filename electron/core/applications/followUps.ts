import { content, fillMessage, fillTemplate } from '../../../content';
import { DomainError } from '../ipc/result';
import { addDaysTo, dayOf } from '../time/days';
import type { Day } from '../time/schema';
import { recordAutoWin } from '../wins/recordAutoWin';
import { assertNotFuture, insertActivity } from '../planner/activities';
import { requireApplication } from './records';
import { type CoreContext, todayOf } from '../context';
import { refuseDaysOutOfRange } from '../time/dayRange';
import { type ApplicationRow, followUpColumns } from './rows';
import type { DueFollowUp, FollowUp } from './schema';
import { recruiterEmailSql, recruiterNameSql } from './people/recruiter';

/** The day an application started: when it was applied for, or else when it was added. */
function startOf(app: ApplicationRow): Day {
  return app.appliedOn ?? dayOf(new Date(app.createdAt));
}

function assertAfterStart(app: ApplicationRow, dueOn: Day): void {
  if (dueOn < startOf(app)) {
    throw new DomainError('invalid_input', content.planner.errors.followUpBeforeApplication, {
      dueOn: fillMessage(content.planner.errors.followUpFrom, { day: startOf(app) }),
    });
  }
}

function requirePending(ctx: CoreContext, id: number): FollowUp {
  const row = ctx.db.prepare(`SELECT ${followUpColumns} FROM follow_ups f WHERE f.id = ?`).get(id) as FollowUp | undefined;
  if (!row) throw new DomainError('not_found', content.planner.errors.followUpGone);
  if (row.state !== 'pending') throw new DomainError('conflict', content.planner.errors.followUpClosed);
  return row;
}

/** Schedules a follow-up for an application (one pending at a time: an existing one moves instead). */
export function scheduleFollowUp(ctx: CoreContext, applicationId: number, dueOn: Day): FollowUp {
  refuseDaysOutOfRange(ctx, { dueOn });
  const id = ctx.db.transaction(() => {
    const app = requireApplication(ctx, applicationId);
    assertAfterStart(app, dueOn);
    const pending = ctx.db
      .prepare("SELECT id FROM follow_ups WHERE application_id = ? AND state = 'pending' ORDER BY due_on LIMIT 1")
      .get(applicationId) as { id: number } | undefined;
    if (pending) {
      ctx.db.prepare('UPDATE follow_ups SET due_on = ? WHERE id = ?').run(dueOn, pending.id);
      return pending.id;
    }
    return Number(
      ctx.db
        .prepare('INSERT INTO follow_ups (application_id, due_on, created_at) VALUES (?, ?, ?)')
        .run(applicationId, dueOn, ctx.now().toISOString()).lastInsertRowid,
    );
  })();
  return ctx.db.prepare(`SELECT ${followUpColumns} FROM follow_ups f WHERE f.id = ?`).get(id) as FollowUp;
}

/** Snooze or change the day of a pending follow-up. */
export function moveFollowUp(ctx: CoreContext, id: number, dueOn: Day): FollowUp {
  refuseDaysOutOfRange(ctx, { dueOn });
  ctx.db.transaction(() => {
    const followUp = requirePending(ctx, id);
    assertAfterStart(requireApplication(ctx, followUp.applicationId), dueOn);
    ctx.db.prepare('UPDATE follow_ups SET due_on = ? WHERE id = ?').run(dueOn, id);
  })();
  return ctx.db.prepare(`SELECT ${followUpColumns} FROM follow_ups f WHERE f.id = ?`).get(id) as FollowUp;
}

export function cancelFollowUp(ctx: CoreContext, id: number): { cancelled: boolean } {
  requirePending(ctx, id);
  ctx.db.prepare("UPDATE follow_ups SET state = 'cancelled' WHERE id = ?").run(id);
  return { cancelled: true };
}

/** Marks a follow-up sent: logs the activity, records the win and, if asked, schedules the next one. */
export function sendFollowUp(
  ctx: CoreContext,
  input: { id: number; day?: Day | undefined; note?: string | undefined; nextInDays?: number | null | undefined },
): { sent: FollowUp; next: FollowUp | null } {
  const day = input.day ?? todayOf(ctx);
  assertNotFuture(ctx, day);
  const nextId = ctx.db.transaction(() => {
    const followUp = requirePending(ctx, input.id);
    const app = requireApplication(ctx, followUp.applicationId);
    assertAfterStart(app, day);
    const at = ctx.now().toISOString();
    ctx.db
      .prepare("UPDATE follow_ups SET state = 'sent', sent_on = ?, note = ? WHERE id = ?")
      .run(day, input.note?.trim() ?? followUp.note, input.id);
    ctx.db.prepare('UPDATE applications SET updated_at = ? WHERE id = ?').run(at, app.id);
    insertActivity(ctx, { kind: 'follow_up', day, applicationId: app.id, followUpId: input.id });
    recordAutoWin(
      ctx.db,
      {
        kind: 'followup',
        title: fillTemplate(content.planner.wins.followUp, { company: app.company }),
        day,
        sourceKey: `followup:${input.id}:sent`,
        applicationId: app.id,
      },
      ctx.now(),
    );
    if (!input.nextInDays) return null;
    return Number(
      ctx.db
        .prepare('INSERT INTO follow_ups (application_id, due_on, created_at) VALUES (?, ?, ?)')
        .run(app.id, addDaysTo(day, input.nextInDays), at).lastInsertRowid,
    );
  })();
  const read = (id: number) => ctx.db.prepare(`SELECT ${followUpColumns} FROM follow_ups f WHERE f.id = ?`).get(id) as FollowUp;
  return { sent: read(input.id), next: nextId === null ? null : read(nextId) };
}

/**
 * Pending follow-ups due on or before `until` (today by default), oldest
 * first; `all` lists every pending one; `limit` keeps the first few.
 */
export function dueFollowUps(ctx: CoreContext, options: { until?: Day; all?: boolean; limit?: number | null } = {}): DueFollowUp[] {
  const until = options.until ?? todayOf(ctx);
  return ctx.db
    .prepare(
      `SELECT ${followUpColumns}, a.company, a.role, ${recruiterNameSql} AS recruiterName, ${recruiterEmailSql} AS recruiterEmail
       FROM follow_ups f JOIN applications a ON a.id = f.application_id
       WHERE f.state = 'pending' AND (@all = 1 OR f.due_on <= @until)
       ORDER BY f.due_on, f.id LIMIT @limit`,
    )
    .all({ until, all: options.all ? 1 : 0, limit: options.limit ?? -1 }) as DueFollowUp[];
}

/** How many pending follow-ups are due today or earlier (counted in the index, not read). */
export function countDueFollowUps(ctx: CoreContext): number {
  return ctx.db.prepare("SELECT count(*) FROM follow_ups WHERE state = 'pending' AND due_on <= ?").pluck().get(todayOf(ctx)) as number;
}
