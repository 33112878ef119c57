import { dayOf } from '../time/days';
import { isRealDay, type Day } from '../time/schema';
import type { DateFormat } from './schema';

/**
 * Dates as other tools write them. ISO days and timestamps read the same
 * everywhere; a slashed date like 03/04/25 is month first in the US and day
 * first in most other places, so a column of them is read one way only when
 * its values say so (a 13 or more in one position), and otherwise the
 * person chooses. A date written with dots (03.04.2025) is day first: that is
 * how German and the other dotted styles write it, and no style puts the month
 * first between dots, so it never needs asking.
 */

const slashed = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[,\sT].*)?$/;
const dotted = /^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})(?:[,\sT].*)?$/;
const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoMoment = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

const pad = (value: number) => String(value).padStart(2, '0');
const fullYear = (year: string) => (year.length === 2 ? 2000 + Number(year) : Number(year));

/** A day from one value, or null when it is not a date; a slashed date needs to know its order. */
export function readDay(value: string, format: DateFormat): Day | null {
  const text = value.trim();
  if (isoDay.test(text)) return isRealDay(text) ? text : null;
  // A moment with a zone is the local day it happened on; one without, as written.
  if (isoMoment.test(text)) {
    if (/(Z|[+-]\d{2}:?\d{2})$/.test(text)) {
      const moment = new Date(text);
      return Number.isNaN(moment.getTime()) ? null : dayOf(moment);
    }
    const day = text.slice(0, 10);
    return isRealDay(day) ? day : null;
  }
  // Epoch milliseconds, as some trackers export.
  if (/^\d{12,13}$/.test(text)) return dayOf(new Date(Number(text)));
  const parts = slashed.exec(text);
  if (!parts) return null;
  const [first, second] = [Number(parts[1]), Number(parts[2])];
  const [month, date] = format === 'mdy' && !dotted.test(text) ? [first, second] : [second, first];
  const day = `${fullYear(parts[3] as string)}-${pad(month)}-${pad(date)}`;
  return isRealDay(day) ? day : null;
}

export interface FormatGuess {
  /** The order the values prove, or null when none of them can tell. */
  format: DateFormat | null;
  /** Whether any value is slashed and could be read both ways. */
  ambiguous: boolean;
  /** A value that shows the question, for the preview to quote. */
  example: string;
}

/** Which order a column's slashed dates are in, from the values alone. */
export function guessDateFormat(values: readonly string[]): FormatGuess {
  let dayFirst = false;
  let monthFirst = false;
  let example = '';
  for (const value of values) {
    const parts = slashed.exec(value.trim());
    if (!parts || dotted.test(value.trim())) continue;
    const [first, second] = [Number(parts[1]), Number(parts[2])];
    if (first > 12 && second <= 12) dayFirst = true;
    else if (second > 12 && first <= 12) monthFirst = true;
    else if (example === '' && first !== second) example = value.trim();
  }
  if (dayFirst !== monthFirst) return { format: dayFirst ? 'dmy' : 'mdy', ambiguous: false, example: '' };
  // Values proving both orders are a column written two ways: the person says which one to follow.
  if (dayFirst && monthFirst)
    return {
      format: null,
      ambiguous: true,
      example: example || (values.find((value) => slashed.test(value.trim()) && !dotted.test(value.trim())) ?? '').trim(),
    };
  return { format: null, ambiguous: example !== '', example };
}
