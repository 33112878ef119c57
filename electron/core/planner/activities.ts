import { daysBetween } from '../time/days';
import type { Day } from '../time/schema';
import { DomainError } from '../ipc/result';
import { refuseDaysOutOfRange } from '../time/dayRange';
import { type CoreContext, todayOf, weekOf } from '../context';
import type { ActivityKind } from './schema';
import { checkWeekMet } from './progress';
import { content } from '../../../content';

export interface NewActivity {
  kind: ActivityKind;
  day: Day;
  note?: string;
  applicationId?: number | null;
  followUpId?: number | null;
}

/** Refuses days that have not happened yet: the log is of effort made, not planned. */
export function assertNotFuture(ctx: CoreContext, day: Day, field = 'day'): void {
  refuseDaysOutOfRange(ctx, { [field]: day });
  if (daysBetween(todayOf(ctx), day) > 0) {
    throw new DomainError('invalid_input', content.planner.errors.futureActivity, { [field]: content.planner.errors.pickPastDay });
  }
}

/** Writes one activity and checks whether its week's targets are now met. Call inside a transaction. */
export function insertActivity(ctx: CoreContext, activity: NewActivity): number {
  const result = ctx.db
    .prepare(
      `INSERT INTO activities (kind, day, note, application_id, follow_up_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(
      activity.kind,
      activity.day,
      activity.note?.trim() ?? '',
      activity.applicationId ?? null,
      activity.followUpId ?? null,
      ctx.now().toISOString(),
    );
  checkWeekMet(ctx, weekOf(ctx, activity.day), activity.day);
  return Number(result.lastInsertRowid);
}

/** A search session, networking, learning or volunteering, logged by hand. */
export function logActivity(
  ctx: CoreContext,
  input: { kind: ActivityKind; day?: Day | undefined; note?: string | undefined },
): { id: number } {
  const day = input.day ?? todayOf(ctx);
  assertNotFuture(ctx, day);
  return ctx.db.transaction(() => ({ id: insertActivity(ctx, { kind: input.kind, day, note: input.note ?? '' }) }))();
}
