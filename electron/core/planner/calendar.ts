import { content, fillTemplate } from '../../../content';
import type { Day } from '../time/schema';
import { type CoreContext, todayOf, weekOf } from '../context';
import { dueFollowUps } from '../applications/followUps';
import type { FileExport } from '../applications/schema';
import type { ActivityKind } from './schema';
import { getWeek } from './weeks';
import { upcomingInterviews } from '../applications/interviews';
import { timedEventLines } from './interviewEvents';

/** The week's plan for the days and every pending follow-up, as an .ics file calendar apps import. */
export function exportWeekCalendar(ctx: CoreContext, weekStart?: Day): FileExport {
  const copy = content.planner.calendar;
  const week = getWeek(ctx, weekStart ?? weekOf(ctx, todayOf(ctx)));
  const events: AllDayEvent[] = [];
  week.days.forEach((day, index) => {
    const steps = (week.dayPlan[String(index) as keyof typeof week.dayPlan] ?? []) as ActivityKind[];
    if (!steps.length) return;
    events.push({
      uid: `plan-${day}@rebound.local`,
      day,
      summary: fillTemplate(copy.daySummary, { steps: steps.map((kind) => content.planner.kinds[kind]).join(', ') }),
      description: copy.dayDescription,
    });
  });
  for (const followUp of dueFollowUps(ctx, { all: true })) {
    const link = ctx.db.prepare('SELECT link FROM applications WHERE id = ?').pluck().get(followUp.applicationId) as string | null;
    events.push({
      uid: `follow-up-${followUp.id}@rebound.local`,
      day: followUp.dueOn,
      summary: fillTemplate(followUp.role ? copy.followUpSummary : copy.followUpSummaryNoRole, {
        company: followUp.company,
        role: followUp.role,
      }),
      description: fillTemplate(followUp.recruiterName ? copy.followUpDescription : copy.followUpDescriptionNoName, {
        recruiterName: followUp.recruiterName,
      }),
      ...(link ? { url: link } : {}),
    });
  }
  // Every round still ahead, as a timed event in its own zone (an hour, unless a length is kept one day).
  const interviews = upcomingInterviews(ctx, 50).map((interview) => ({
    uid: `interview-${interview.id}@rebound.local`,
    startsAt: interview.startsAt,
    timeZone: interview.timeZone,
    minutes: 60,
    summary: fillTemplate(interview.role ? copy.interviewSummary : copy.interviewSummaryNoRole, {
      company: interview.company,
      role: interview.role,
    }),
    description: copy.interviewDescription,
    ...(interview.place ? { location: interview.place } : {}),
  }));
  return {
    fileName: `rebound-week-${week.weekStart}.ics`,
    mimeType: 'text/calendar',
    content: buildCalendar(events, { name: copy.name, stamp: ctx.now(), extraLines: timedEventLines(interviews, ctx.now()) }),
  };
}

/**
 * A minimal iCalendar (RFC 5545) writer for all-day events: CRLF line ends,
 * lines folded at 75 octets without splitting a character, TEXT values escaped.
 */

export interface AllDayEvent {
  uid: string;
  /** Local calendar day, YYYY-MM-DD. */
  day: string;
  summary: string;
  description?: string;
  url?: string;
}

export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Splits a content line into physical lines of at most 75 octets; continuations start with one space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > limit) {
      parts.push(current);
      current = ' ';
      size = 1;
      limit = 75;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n');
}

const compactDay = (day: string) => day.replace(/-/g, '');

/** The day after, computed on the calendar in UTC so no time zone can shift it. */
function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

export function utcStamp(moment: Date): string {
  return moment
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function buildCalendar(
  events: readonly AllDayEvent[],
  options: { name: string; stamp: Date; /** Content lines written elsewhere (timed events), unfolded. */ extraLines?: readonly string[] },
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rebound//Weekly planner//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  const stamp = utcStamp(options.stamp);
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDay(event.day)}`,
      `DTEND;VALUE=DATE:${compactDay(nextDay(event.day))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      ...(event.url ? [`URL:${event.url}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push(...(options.extraLines ?? []), 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
