import { daysBetween } from '../time/days';
import type { Day } from '../time/schema';
import { DomainError } from '../ipc/result';
import { refuseDaysOutOfRange } from '../time/dayRange';
import { type CoreContext, todayOf, weekOf } from '../context';
import { kindWithPerson, type Activity, type ActivityKind } from './schema';
import { checkWeekMet } from './progress';
import { content } from '../../../content';

export interface NewActivity {
  kind: ActivityKind;
  day: Day;
  note?: string;
  applicationId?: number | null;
  followUpId?: number | null;
  /** Who a networking activity was with. */
  contactId?: number | null;
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
      `INSERT INTO activities (kind, day, note, application_id, follow_up_id, contact_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      activity.kind,
      activity.day,
      activity.note?.trim() ?? '',
      activity.applicationId ?? null,
      activity.followUpId ?? null,
      activity.contactId ?? null,
      ctx.now().toISOString(),
    );
  checkWeekMet(ctx, weekOf(ctx, activity.day), activity.day);
  return Number(result.lastInsertRowid);
}

/** One activity, with the name of the person it was with. */
export function readActivity(ctx: CoreContext, id: number): Activity {
  return ctx.db
    .prepare(
      `SELECT a.id, a.kind, a.day, a.note, a.contact_id AS contactId, c.name AS contactName
       FROM activities a LEFT JOIN contacts c ON c.id = a.contact_id WHERE a.id = ?`,
    )
    .get(id) as Activity;
}

/** Refuses a person who is not there (deleted in another window, say) or an activity that is not networking. */
function assertPersonFits(ctx: CoreContext, kind: ActivityKind, contactId: number): void {
  if (kind !== kindWithPerson) {
    throw new DomainError('invalid_input', content.planner.errors.personOnlyNetworking, {
      contactId: content.planner.errors.personOnlyNetworking,
    });
  }
  if (!ctx.db.prepare('SELECT 1 FROM contacts WHERE id = ?').get(contactId)) {
    throw new DomainError('not_found', content.planner.errors.contactGone, { contactId: content.planner.errors.pickSomeoneElse });
  }
}

/** A search session, networking, learning or volunteering, logged by hand; networking may name who it was with. */
export function logActivity(
  ctx: CoreContext,
  input: { kind: ActivityKind; day?: Day | undefined; note?: string | undefined; contactId?: number | null | undefined },
): Activity {
  const day = input.day ?? todayOf(ctx);
  assertNotFuture(ctx, day);
  const contactId = input.contactId ?? null;
  return ctx.db.transaction(() => {
    if (contactId !== null) assertPersonFits(ctx, input.kind, contactId);
    return readActivity(ctx, insertActivity(ctx, { kind: input.kind, day, note: input.note ?? '', contactId }));
  })();
}
