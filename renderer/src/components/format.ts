/** Dates and times as the person reads them, in their own locale. */

/** "Thu 27 Nov, 16:00" in the person's own locale. */
export function formatMoment(iso: string): string {
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}
