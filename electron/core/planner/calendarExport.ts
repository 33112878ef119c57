import { content, fillTemplate } from '../../../content';
import type { Day } from '../time/schema';
import { todayOf, weekOf, type PlannerContext } from './context';
import { dueFollowUps } from './followUps';
import { buildCalendar, type AllDayEvent } from './ics';
import type { ActivityKind, FileExport } from './schema';
import { getWeek } from './weeks';

/** The week's plan for the days and every pending follow-up, as an .ics file calendar apps import. */
export function exportWeekCalendar(ctx: PlannerContext, weekStart?: Day): FileExport {
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
      summary: fillTemplate(
        followUp.role ? copy.followUpSummary : copy.followUpSummaryNoRole,
        { company: followUp.company, role: followUp.role },
      ),
      description: fillTemplate(followUp.recruiterName ? copy.followUpDescription : copy.followUpDescriptionNoName, {
        recruiterName: followUp.recruiterName,
      }),
      ...(link ? { url: link } : {}),
    });
  }
  return {
    fileName: `rebound-week-${week.weekStart}.ics`,
    mimeType: 'text/calendar',
    content: buildCalendar(events, { name: copy.name, stamp: ctx.now() }),
  };
}
