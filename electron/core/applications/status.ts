import { content, fillMessage, fillTemplate } from '../../../content';
import { DomainError } from '../ipc/result';
import { refuseDaysOutOfRange } from '../time/dayRange';
import { identityOf, normalizeCompany, sameIdentity } from './duplicates';
import { addDaysTo } from '../time/days';
import type { Day } from '../time/schema';
import { recordAutoWin } from '../wins/recordAutoWin';
import type { WinKind } from '../wins/schema';
import { assertNotFuture, insertActivity } from '../planner/activities';
import { applicationOf, assertSalaryRange, insertApplication, requireApplication } from './records';
import { type CoreContext, todayOf } from '../context';
import type { ApplicationRow } from './rows';
import {
  type Application,
  type ApplicationFields,
  type ApplicationStatus,
  blankFields,
  type LikelyDuplicate,
  type SetStatusResult,
} from './schema';

/** Statuses after which nobody needs a nudge: pending follow-ups are cancelled. */
const closedStatuses: readonly ApplicationStatus[] = ['offer', 'rejected', 'withdrawn', 'no_reply'];

const winFor: Partial<Record<ApplicationStatus, { kind: WinKind; template: keyof typeof content.planner.wins }>> = {
  applied: { kind: 'applied', template: 'applied' },
  interviewing: { kind: 'interview', template: 'interviewing' },
  offer: { kind: 'offer', template: 'offer' },
};

/** The day an application counts as sent: kept from the first time, set when it is first marked applied. */
const appliedOnAfter = (appliedOn: Day | null, status: ApplicationStatus, day: Day): Day | null =>
  appliedOn ?? (status === 'applied' ? day : null);

/**
 * What entering a status sets going, inside the caller's transaction (which
 * has already written the status and applied_on): applying for the first time
 * logs an apply activity and schedules a follow-up; applied, interviewing and
 * offer record their wins; closing cancels pending follow-ups.
 */
function enterStatus(ctx: CoreContext, app: ApplicationRow, status: ApplicationStatus, day: Day): number | null {
  let followUpId: number | null = null;
  const at = ctx.now().toISOString();
  if (status === 'applied' && app.appliedOn === null) {
    const pending = ctx.db.prepare("SELECT id FROM follow_ups WHERE application_id = ? AND state = 'pending'").get(app.id);
    if (!pending) {
      const dueOn = addDaysTo(day, ctx.settings.get().followUpAfterDays);
      followUpId = Number(
        ctx.db.prepare('INSERT INTO follow_ups (application_id, due_on, created_at) VALUES (?, ?, ?)').run(app.id, dueOn, at)
          .lastInsertRowid,
      );
    }
    insertActivity(ctx, { kind: 'apply', day, applicationId: app.id });
  }
  const win = winFor[status];
  if (win) {
    recordAutoWin(
      ctx.db,
      {
        kind: win.kind,
        title: fillTemplate(
          content.planner.wins[win.template],
          { role: app.role, company: app.company },
          {
            role: content.planner.wins.roleFallback,
          },
        ),
        day,
        sourceKey: `application:${app.id}:${status}`,
        applicationId: app.id,
      },
      ctx.now(),
    );
  }
  if (closedStatuses.includes(status)) {
    ctx.db.prepare("UPDATE follow_ups SET state = 'cancelled' WHERE application_id = ? AND state = 'pending'").run(app.id);
  }
  return followUpId;
}

/** One click on the list or the board: the new status, its history row, and what it sets going. */
export function setStatus(ctx: CoreContext, id: number, status: ApplicationStatus, day?: Day): SetStatusResult {
  const on = day ?? todayOf(ctx);
  assertNotFuture(ctx, on);
  const followUpId = ctx.db.transaction(() => {
    const app = requireApplication(ctx, id);
    if (app.status === status) return null;
    const at = ctx.now().toISOString();
    // One UPDATE for status and applied_on: each write to this row touches every index on it.
    ctx.db
      .prepare('UPDATE applications SET status = ?, applied_on = ?, status_changed_at = ?, updated_at = ? WHERE id = ?')
      .run(status, appliedOnAfter(app.appliedOn, status, on), at, at, id);
    ctx.db
      .prepare('INSERT INTO application_status_history (application_id, status, day, changed_at) VALUES (?, ?, ?, ?)')
      .run(id, status, on, at);
    return enterStatus(ctx, app, status, on);
  })();
  return { application: applicationOf(ctx, requireApplication(ctx, id)), followUpId, offerReflection: status === 'rejected' };
}

/**
 * The application most likely tracked already under these fields (same
 * company and role once normalized, or the same posting link), or null.
 * The full rule (duplicates.ts) runs only on candidates: rows whose company
 * holds the name's first word (the FTS index, accents folded like the rule),
 * and rows whose link holds the posting's last path part, so a create at ten
 * years reads a handful of rows, not all 20,000.
 */
export function likelyDuplicateOf(ctx: CoreContext, fields: Pick<ApplicationFields, 'company' | 'role' | 'link'>): LikelyDuplicate | null {
  const wanted = identityOf(fields);
  type Candidate = LikelyDuplicate & { link: string };
  const candidates: Candidate[] = [];
  const firstWord = normalizeCompany(fields.company).split(' ')[0] ?? '';
  if (firstWord !== '') {
    candidates.push(
      ...(ctx.db
        .prepare(
          `SELECT a.id, a.company, a.role, coalesce(a.link, '') AS link FROM applications_fts f JOIN applications a ON a.id = f.rowid
           WHERE applications_fts MATCH ?`,
        )
        .all(`company : "${firstWord.replace(/"/g, '""')}"`) as Candidate[]),
    );
  }
  if (wanted.link !== null) {
    const lastPart =
      wanted.link
        .split(/[/?=&]/)
        .filter((part) => part !== '')
        .pop() ?? '';
    candidates.push(
      ...(ctx.db
        .prepare("SELECT id, company, role, coalesce(link, '') AS link FROM applications WHERE link LIKE ? ESCAPE '\\'")
        .all(`%${lastPart.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) as Candidate[]),
    );
  }
  const existing = candidates.find((candidate) => sameIdentity(wanted, identityOf(candidate)));
  return existing ? { id: existing.id, company: existing.company, role: existing.role } : null;
}

/** Adding one that is most likely tracked already asks first: refused with `conflict` and the one already there named, until the person confirms. */
function refuseLikelyDuplicate(ctx: CoreContext, fields: ApplicationFields): void {
  const existing = likelyDuplicateOf(ctx, fields);
  if (!existing) return;
  const words = content.planner.errors;
  const message = existing.role.trim()
    ? fillMessage(words.likelyDuplicate, { company: existing.company, role: existing.role })
    : fillMessage(words.likelyDuplicateNoRole, { company: existing.company });
  throw new DomainError('conflict', message, { company: message });
}

/** A new application; created as applied, it sets applying going at once. */
export function createApplication(
  ctx: CoreContext,
  input: Partial<ApplicationFields> & {
    company: string;
    status?: ApplicationStatus | undefined;
    day?: Day | undefined;
    confirmDuplicate?: boolean | undefined;
  },
): Application {
  const { status = 'saved', day = todayOf(ctx), confirmDuplicate = false, ...given } = input;
  assertNotFuture(ctx, day);
  const fields: ApplicationFields = { ...blankFields, ...given } as ApplicationFields;
  assertSalaryRange(fields);
  refuseDaysOutOfRange(ctx, { deadlineOn: fields.deadlineOn });
  const id = ctx.db.transaction(() => {
    if (!confirmDuplicate) refuseLikelyDuplicate(ctx, fields);
    const newId = insertApplication(ctx, fields, status, day, appliedOnAfter(null, status, day));
    // What it sets going is what entering the status from nothing would: the row as it was before that.
    enterStatus(ctx, { ...requireApplication(ctx, newId), appliedOn: null }, status, day);
    return newId;
  })();
  return applicationOf(ctx, requireApplication(ctx, id));
}
