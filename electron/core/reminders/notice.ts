import { content, fillTemplate } from '../../../content';
import type { View } from '../app/contract';
import { dayOf } from '../time/days';
import { summarize, type MissedSummary, type Reminder } from './scheduler';
import { formatList } from '../../../content/format';

/** One notification: its words and where a click leads. */
export interface ReminderNotice {
  title: string;
  body: string;
  nav: { view: View; action?: string };
}

const copy = () => content.reminders.notifications;

/** "18:30" on the person's clock, in their locale's way of writing a time. */
function clockTimeOf(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/**
 * `now` is when the notice is shown: a reminder held past midnight (quiet hours, a pause, the computer
 * asleep) is shown on the round's own day, and then says "today", not "tomorrow".
 */
export function noticeForReminder(reminder: Reminder, now: Date = new Date(), locale?: string): ReminderNotice {
  const words = copy();
  const nav = reminder.nav;
  switch (reminder.kind) {
    case 'interviewTomorrow': {
      const startsAt = reminder.startsAt ?? now.toISOString();
      const today = dayOf(new Date(startsAt)) === dayOf(now);
      const text = today ? words.interviewToday : words.interviewTomorrow;
      const values = { company: reminder.company, time: clockTimeOf(startsAt, locale) };
      return { title: text.title, body: fillTemplate(text.body, values, { company: words.interviewTomorrow.companyFallback }), nav };
    }
    case 'checkIn':
      return {
        title: words.checkIn.title,
        body: fillTemplate(words.checkIn.body, { company: reminder.company }, { company: words.checkIn.companyFallback }),
        nav,
      };
    case 'followUps': {
      const count = reminder.count ?? 1;
      const body = fillTemplate(words.followUps.body, { count });
      return { title: words.followUps.title, body, nav };
    }
    case 'weeklyPlanning':
      return { title: words.weeklyPlanning.title, body: words.weeklyPlanning.body, nav };
    case 'weeklyReview':
      return { title: words.weeklyReview.title, body: words.weeklyReview.body, nav };
    case 'idleNudge':
      return { title: words.idleNudge.title, body: words.idleNudge.body, nav };
  }
}

export function noticeForSummary(summary: MissedSummary): ReminderNotice {
  const words = copy().summary;
  const parts: string[] = [];
  for (const company of summary.checkIns) parts.push(fillTemplate(words.checkIn, { company }));
  for (const company of summary.interviews) parts.push(fillTemplate(words.interview, { company }));
  if (summary.kinds.followUps) {
    parts.push(fillTemplate(words.followUps, { count: summary.followUps }));
  }
  if (summary.kinds.weeklyPlanning) parts.push(words.weeklyPlanning);
  if (summary.kinds.weeklyReview) parts.push(words.weeklyReview);
  if (summary.kinds.idleNudge) parts.push(words.idleNudge);
  return { title: words.title, body: fillTemplate(words.body, { list: formatList(parts) }), nav: summary.nav };
}

/** Several days of the same recurring reminder (after a long sleep) say one thing: keep the latest. */
export function collapseRepeats(due: readonly Reminder[]): Reminder[] {
  const latest = new Map<string, Reminder>();
  for (const reminder of due) {
    const group = reminder.kind === 'checkIn' || reminder.kind === 'interviewTomorrow' ? reminder.key : reminder.kind;
    latest.set(group, reminder);
  }
  return [...latest.values()];
}

/** One notification for what is due: the reminder itself when alone, one summary when several came together. */
export function noticeFor(due: readonly Reminder[], now: Date = new Date(), locale?: string): ReminderNotice | null {
  const distinct = collapseRepeats(due);
  if (distinct.length === 0) return null;
  if (distinct.length === 1) return noticeForReminder(distinct[0] as Reminder, now, locale);
  return noticeForSummary(summarize([...due]));
}
