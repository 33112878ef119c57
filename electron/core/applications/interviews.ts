import type { z } from 'zod';
import { DomainError } from '../ipc/result';
import { refuseDaysOutOfRange } from '../time/dayRange';
import { utcToZoned, zonedToUtc } from '../time/zonedTime';
import type { CoreContext } from '../context';
import { requireContact } from './contacts';
import { requireApplication } from './records';
import type { createInterviewInput, Interview, InterviewFields, UpcomingInterview } from './people/schema';
import { content, fillMessage } from '../../../content';

/** The interview rounds of an application: when (a zone's wall time, stored as UTC), where, with whom, how it went. */

interface InterviewRow {
  id: number;
  applicationId: number;
  kind: Interview['kind'];
  startsAt: string;
  timeZone: string;
  place: string;
  prepNotes: string;
  howItWent: string;
  contactIds: string;
}

const interviewColumns = `i.id, i.application_id AS applicationId, i.kind, i.starts_at AS startsAt, i.time_zone AS timeZone, i.place,
  i.prep_notes AS prepNotes, i.how_it_went AS howItWent,
  (SELECT coalesce(json_group_array(contact_id), '[]') FROM (SELECT contact_id FROM interview_contacts WHERE interview_id = i.id ORDER BY contact_id)) AS contactIds`;

function toInterview<T extends InterviewRow>(row: T): Omit<T, 'contactIds'> & Interview {
  const { date, time } = utcToZoned(row.startsAt, row.timeZone);
  // In place, not a spread copy (as toApplication): a copy of each row was a third of this read's own work.
  return Object.assign(row as Omit<T, 'contactIds'> & { contactIds: unknown }, {
    date,
    time,
    contactIds: JSON.parse(row.contactIds) as number[],
  }) as Omit<T, 'contactIds'> & Interview;
}

const interviewSql = `SELECT ${interviewColumns} FROM interviews i WHERE i.id = ?`;

export function requireInterview(ctx: CoreContext, id: number): Interview {
  const row = ctx.db.prepare(interviewSql).get(id) as InterviewRow | undefined;
  if (!row) throw new DomainError('not_found', content.planner.errors.interviewGone);
  return toInterview(row);
}

/** The UTC moment of a wall time, or a refusal beside the time that explains the skipped hour. */
function startsAtOf(ctx: CoreContext, fields: Pick<InterviewFields, 'date' | 'time' | 'timeZone'>): string {
  refuseDaysOutOfRange(ctx, { date: fields.date });
  const result = zonedToUtc(fields.date, fields.time, fields.timeZone);
  if (!result.ok) {
    const message = fillMessage(content.planner.errors.dstGap, { time: fields.time, zone: fields.timeZone, date: fields.date });
    throw new DomainError('invalid_input', message, { time: message });
  }
  return result.startsAt;
}

function setContacts(ctx: CoreContext, interviewId: number, contactIds: readonly number[]): void {
  for (const contactId of contactIds) requireContact(ctx, contactId);
  ctx.db.prepare('DELETE FROM interview_contacts WHERE interview_id = ?').run(interviewId);
  const insert = ctx.db.prepare('INSERT OR IGNORE INTO interview_contacts (interview_id, contact_id) VALUES (?, ?)');
  for (const contactId of contactIds) insert.run(interviewId, contactId);
}

// Built once: a SQL text written out in the call was a new string for the statement cache to hash each time.
const interviewsOfSql = `SELECT ${interviewColumns} FROM interviews i WHERE i.application_id = ? ORDER BY i.starts_at, i.id`;

export function interviewsOf(ctx: CoreContext, applicationId: number): Interview[] {
  requireApplication(ctx, applicationId);
  return (ctx.db.prepare(interviewsOfSql).all(applicationId) as InterviewRow[]).map(toInterview);
}

/** The next rounds from now on, soonest first (Today and the tray show the first). */
export function upcomingInterviews(ctx: CoreContext, limit = 5): UpcomingInterview[] {
  return (
    ctx.db
      .prepare(
        `SELECT ${interviewColumns}, a.company, a.role FROM interviews i JOIN applications a ON a.id = i.application_id
         WHERE i.starts_at >= ? ORDER BY i.starts_at, i.id LIMIT ?`,
      )
      .all(ctx.now().toISOString(), limit) as (InterviewRow & { company: string; role: string })[]
  ).map(toInterview);
}

export function createInterview(ctx: CoreContext, input: z.output<typeof createInterviewInput>): Interview {
  const startsAt = startsAtOf(ctx, input);
  const at = ctx.now().toISOString();
  const id = ctx.db.transaction(() => {
    requireApplication(ctx, input.applicationId);
    const newId = Number(
      ctx.db
        .prepare(
          `INSERT INTO interviews (application_id, kind, starts_at, time_zone, place, prep_notes, how_it_went, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.applicationId,
          input.kind,
          startsAt,
          input.timeZone,
          input.place ?? '',
          input.prepNotes ?? '',
          input.howItWent ?? '',
          at,
          at,
        ).lastInsertRowid,
    );
    setContacts(ctx, newId, input.contactIds ?? []);
    return newId;
  })();
  return requireInterview(ctx, id);
}

export function updateInterview(ctx: CoreContext, id: number, patch: Partial<InterviewFields>): Interview {
  ctx.db.transaction(() => {
    const current = requireInterview(ctx, id);
    const next = { ...current, ...patch };
    const startsAt = patch.date || patch.time || patch.timeZone ? startsAtOf(ctx, next) : current.startsAt;
    ctx.db
      .prepare(
        `UPDATE interviews SET kind = ?, starts_at = ?, time_zone = ?, place = ?, prep_notes = ?, how_it_went = ?, updated_at = ?
         WHERE id = ?`,
      )
      .run(next.kind, startsAt, next.timeZone, next.place, next.prepNotes, next.howItWent, ctx.now().toISOString(), id);
    if (patch.contactIds) setContacts(ctx, id, patch.contactIds);
  })();
  return requireInterview(ctx, id);
}

export function deleteInterview(ctx: CoreContext, id: number): { deleted: boolean } {
  return { deleted: ctx.db.prepare('DELETE FROM interviews WHERE id = ?').run(id).changes === 1 };
}

/** The two-minute note after a round. */
export function noteHowItWent(ctx: CoreContext, id: number, howItWent: string): Interview {
  return updateInterview(ctx, id, { howItWent });
}
