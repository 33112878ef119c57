import type { CoreContext } from '../context';
import { utcToZoned } from '../time/zonedTime';
import { requireContact } from './contacts';
import {
  contactHistoryPageSize,
  type ContactDetail,
  type ContactHistoryPage,
  type ContactMoment,
  type InterviewKind,
  type LinkedApplication,
} from './people/schema';

/**
 * One person as the People view shows them: the applications they are linked
 * to, and their history with the person searching (the networking activities
 * that named them and the interview rounds they sat in), newest first.
 */

export function contactDetail(ctx: CoreContext, id: number): ContactDetail {
  const contact = requireContact(ctx, id);
  const applications = ctx.db
    .prepare(
      `SELECT a.id, a.company, a.role, a.status, l.relation FROM application_contacts l JOIN applications a ON a.id = l.application_id
       WHERE l.contact_id = ? ORDER BY a.company COLLATE NOCASE, a.role COLLATE NOCASE, a.id`,
    )
    .all(id) as LinkedApplication[];
  return { contact, applications };
}

interface MomentRow {
  type: 'activity' | 'interview';
  id: number;
  day: string;
  note: string;
  applicationId: number | null;
  startsAt: string | null;
  timeZone: string | null;
  kind: InterviewKind | null;
  company: string | null;
  role: string | null;
}

/*
 * Both halves read an index keyed by the person (activities_contact,
 * interview_contacts_contact), so a page costs the person's own rows, not the
 * ~74,000 activities of ten years. An activity has only a local day; it sorts
 * as that day's noon UTC among the rounds' UTC moments, which puts it on its
 * own day beside a round everywhere but a few hours of the date line.
 */
/** Exported for the test that reads its plan at ten years' shape. */
export const contactMomentsSql = `
  SELECT 'activity' AS type, ac.id, ac.day, ac.note, ac.application_id AS applicationId, NULL AS startsAt, NULL AS timeZone,
         NULL AS kind, NULL AS company, NULL AS role, ac.day || 'T12:00:00.000Z' AS sortAt
    FROM activities ac WHERE ac.contact_id = @id
  UNION ALL
  SELECT 'interview', i.id, substr(i.starts_at, 1, 10), '', i.application_id, i.starts_at, i.time_zone, i.kind, a.company, a.role, i.starts_at
    FROM interview_contacts ic JOIN interviews i ON i.id = ic.interview_id JOIN applications a ON a.id = i.application_id
    WHERE ic.contact_id = @id`;

function toMoment(row: MomentRow): ContactMoment {
  if (row.type === 'activity') return { type: 'activity', id: row.id, day: row.day, note: row.note, applicationId: row.applicationId };
  const { date, time } = utcToZoned(row.startsAt!, row.timeZone!);
  return {
    type: 'interview',
    id: row.id,
    day: date,
    time,
    timeZone: row.timeZone!,
    startsAt: row.startsAt!,
    kind: row.kind!,
    applicationId: row.applicationId!,
    company: row.company!,
    role: row.role!,
  };
}

export function contactHistory(
  ctx: CoreContext,
  input: { id: number; offset?: number | undefined; limit?: number | undefined },
): ContactHistoryPage {
  requireContact(ctx, input.id);
  const offset = input.offset ?? 0;
  const limit = input.limit ?? contactHistoryPageSize;
  const { total } = ctx.db.prepare(`SELECT count(*) AS total FROM (${contactMomentsSql})`).get({ id: input.id }) as { total: number };
  const rows = ctx.db
    .prepare(`${contactMomentsSql} ORDER BY sortAt DESC, type, id DESC LIMIT @limit OFFSET @offset`)
    .all({ id: input.id, limit, offset }) as MomentRow[];
  return { items: rows.map(toMoment), offset, total };
}
