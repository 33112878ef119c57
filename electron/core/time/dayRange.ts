import { addYears } from 'date-fns';
import { content, fillMessage } from '../../../content';
import { DomainError } from '../ipc/result';
import { todayOf, type CoreContext } from '../context';
import { dayOf, parseDay } from './days';
import { earliestDay, type Day } from './schema';

/**
 * The days a person may type: from 1990 (daySchema refuses earlier ones
 * before core is reached) to two years after core's today. Far enough ahead
 * for a deadline, a planned week or a start date; near enough that a slipped
 * year ("2062") is caught rather than saved. Every feature calls this one
 * check, so the limit and its words are the same everywhere.
 */
export const yearsAhead = 2;

/** The last day a person may type: two years after `today` (29 February moves to the 28th). */
export function latestDayFrom(today: Day): Day {
  return dayOf(addYears(parseDay(today), yearsAhead));
}

/** The field whose day is out of range and the sentence to show beside it, or null when every day fits. */
export function dayOutOfRange(today: Day, days: Record<string, Day | null | undefined>): { field: string; message: string } | null {
  const latest = latestDayFrom(today);
  const words = content.views.errors;
  for (const [field, day] of Object.entries(days)) {
    if (day === null || day === undefined) continue;
    if (day < earliestDay) return { field, message: words.dayTooEarly };
    if (day > latest) return { field, message: fillMessage(words.dayTooFar, { max: yearsAhead }) };
  }
  return null;
}

/** Refuses, beside its field, any typed day before 1990 or more than two years after core's today. */
export function refuseDaysOutOfRange(ctx: CoreContext | { today: Day }, days: Record<string, Day | null | undefined>): void {
  const today = 'today' in ctx ? ctx.today : todayOf(ctx);
  const refusal = dayOutOfRange(today, days);
  if (refusal) throw new DomainError('invalid_input', refusal.message, { [refusal.field]: refusal.message });
}
