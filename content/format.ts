import { activeLocale } from './locales/active';

/**
 * The one way Rebound writes a date, a time, a number or a list, for every view and for core's
 * notifications, tray and brag sheet alike: Intl, in the active locale (content/locales/active.ts),
 * whose region decides the order of day and month and the 12- or 24-hour clock. Nothing else in the
 * app formats these itself. Formatters are built once per locale and kept.
 */

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(
  kind: string,
  options: object,
  make: (locale: string) => T,
): T {
  const locale = activeLocale().intl;
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make(locale);
    formatters.set(key, formatter);
  }
  return formatter;
}

const dateFormat = (options: Intl.DateTimeFormatOptions) => cached('date', options, (locale) => new Intl.DateTimeFormat(locale, options));

/** A calendar day, YYYY-MM-DD, at local noon (no zone or clock change moves noon to another day). */
function dateOfDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date, 12);
}

const asDate = (value: Date | string) => (typeof value === 'string' ? new Date(value) : value);

const dayStyles = {
  /** "Wed, 11 Mar" (en-GB) / "Wed, Mar 11" (en-US) / "Mi., 11. März": a day inside a week the reader sees. */
  short: { weekday: 'short', day: 'numeric', month: 'short' },
  /** "11 Mar 2026" / "Mar 11, 2026" / "11. März 2026": a day in a list. */
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  /** "Wed, 11 Mar 2026": a day on its own page. */
  mediumWithWeekday: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  /** "11 March 2026": a week's heading. */
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  /** "Wednesday 11 March": a day named in a sentence. */
  weekdayLong: { weekday: 'long', day: 'numeric', month: 'long' },
  /** "11 Mar": a chart's axis label. */
  chart: { day: 'numeric', month: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DayStyle = keyof typeof dayStyles;

/** A calendar day (YYYY-MM-DD) as the locale writes it. */
export function formatDay(day: string, style: DayStyle = 'medium'): string {
  return dateFormat(dayStyles[style]).format(dateOfDay(day));
}

/** A moment's day (a Date or an ISO string), in local time. */
export function formatDate(value: Date | string, style: DayStyle = 'medium'): string {
  return dateFormat(dayStyles[style]).format(asDate(value));
}

/** The hour as the locale's clock writes it: "08:00" on a 24-hour clock, "8:00 AM" on a 12-hour one. */
function clock(): Intl.DateTimeFormatOptions {
  return { hour: usesTwelveHourClock() ? 'numeric' : '2-digit', minute: '2-digit' };
}

/** "16:00" or "4:00 PM", as the locale's clock reads. */
export function formatTime(value: Date | string): string {
  return dateFormat(clock()).format(asDate(value));
}

/** "Thursday 16:00" / "Thursday 4:00 PM": a moment in the coming week. */
export function formatWeekdayTime(value: Date | string): string {
  return dateFormat({ weekday: 'long', ...clock() }).format(asDate(value));
}

/** "Thu 27 Nov, 16:00": a moment further off. */
export function formatMoment(value: Date | string): string {
  return dateFormat({ weekday: 'short', day: 'numeric', month: 'short', ...clock() }).format(asDate(value));
}

/** "Wednesday 2 December 2026 at 14:40": when something happened, in full (a backup, a restore). */
export function formatDateTime(value: Date | string, style: 'medium' | 'long' = 'medium'): string {
  return dateFormat(style === 'long' ? { dateStyle: 'full', timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(
    asDate(value),
  );
}

/** A weekday by its number, 0 Sunday to 6 Saturday (date-fns' and Date's numbering): "Monday", "Mon". */
export function formatWeekday(weekday: number, width: 'long' | 'short' = 'long'): string {
  // 2023-01-01 was a Sunday.
  return dateFormat({ weekday: width }).format(new Date(2023, 0, 1 + weekday, 12));
}

/** A whole number or a figure, grouped as the locale groups it: "20,007", "20.007". */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached('number', options, (locale) => new Intl.NumberFormat(locale, options)).format(value);
}

/** "A, B and C" / "A, B und C": a list in a sentence. */
export function formatList(parts: readonly string[]): string {
  return cached('list', {}, (locale) => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })).format(parts);
}

/** Whether the locale's clock has 12 hours (for time pickers and hints). */
export function usesTwelveHourClock(): boolean {
  const { hourCycle } = dateFormat({ hour: 'numeric' }).resolvedOptions();
  return hourCycle === 'h11' || hourCycle === 'h12';
}
