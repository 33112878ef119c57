import ICAL from 'ical.js';
import { offsetAt, utcToZoned } from '../time/zonedTime';

/**
 * Interview rounds as timed iCalendar events in their own zone, written
 * through ical.js: DTSTART carries the wall time and TZID, and a VTIMEZONE
 * per zone (RFC 5545 requires one for every TZID) is built from Intl's
 * offsets for the years the events fall in, one observance per change, so
 * no time-zone database has to travel with the file.
 */

export interface TimedEvent {
  uid: string;
  startsAt: string;
  timeZone: string;
  /** Minutes the slot lasts in the calendar. */
  minutes: number;
  summary: string;
  description?: string;
  location?: string;
}

const minute = 60_000;
const day = 86_400_000;

const utcOffset = (ms: number) => {
  const total = Math.round(ms / minute);
  const sign = total < 0 ? '-' : '+';
  const abs = Math.abs(total);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
};

const localDateTime = (startsAt: string, timeZone: string) => {
  const { date, time } = utcToZoned(startsAt, timeZone);
  return `${date}T${time}:00`;
};

/** Every moment in `year` the zone's offset changes, found day by day, then to the minute. */
function transitionsIn(year: number, timeZone: string): { at: number; from: number; to: number }[] {
  const found: { at: number; from: number; to: number }[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  for (let start = Date.UTC(year, 0, 1); start < end; start += day) {
    const from = offsetAt(start, timeZone);
    const to = offsetAt(start + day, timeZone);
    if (from === to) continue;
    let low = start;
    let high = start + day;
    while (high - low > minute) {
      const middle = low + Math.floor((high - low) / 2 / minute) * minute;
      if (offsetAt(middle, timeZone) === from) low = middle;
      else high = middle;
    }
    found.push({ at: high, from, to });
  }
  return found;
}

function timezoneComponent(timeZone: string, years: readonly number[]): ICAL.Component {
  const zone = new ICAL.Component('vtimezone');
  zone.addPropertyWithValue('tzid', timeZone);
  const first = Math.min(...years);
  const observance = (kind: 'standard' | 'daylight', wall: string, from: number, to: number) => {
    const part = new ICAL.Component(kind);
    part.addPropertyWithValue('dtstart', ICAL.Time.fromDateTimeString(wall));
    part.addPropertyWithValue('tzoffsetfrom', ICAL.UtcOffset.fromString(utcOffset(from)));
    part.addPropertyWithValue('tzoffsetto', ICAL.UtcOffset.fromString(utcOffset(to)));
    zone.addSubcomponent(part);
  };
  const startOffset = offsetAt(Date.UTC(first, 0, 1), timeZone);
  observance('standard', '1970-01-01T00:00:00', startOffset, startOffset);
  for (const year of years) {
    const changes = transitionsIn(year, timeZone);
    const lowest = Math.min(...changes.map((change) => Math.min(change.from, change.to)), startOffset);
    for (const change of changes) {
      // DTSTART is the wall time just before the change, on the clocks as they were.
      const wall = new Date(change.at + change.from).toISOString().slice(0, 19);
      observance(change.to > lowest ? 'daylight' : 'standard', wall, change.from, change.to);
    }
  }
  return zone;
}

/** The VTIMEZONE and VEVENT blocks for these events, as unfolded content lines. */
export function timedEventLines(events: readonly TimedEvent[], stamp: Date): string[] {
  const zones = new Map<string, Set<number>>();
  for (const event of events) {
    const years = zones.get(event.timeZone) ?? new Set<number>();
    years.add(Number(localDateTime(event.startsAt, event.timeZone).slice(0, 4)));
    zones.set(event.timeZone, years);
  }
  const components: ICAL.Component[] = [];
  for (const [timeZone, years] of zones) {
    if (timeZone !== 'UTC') components.push(timezoneComponent(timeZone, [...years].sort()));
  }
  for (const event of events) {
    const vevent = new ICAL.Component('vevent');
    vevent.addPropertyWithValue('uid', event.uid);
    vevent.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(stamp, true));
    const endsAt = new Date(Date.parse(event.startsAt) + event.minutes * minute).toISOString();
    for (const [name, moment] of [
      ['dtstart', event.startsAt],
      ['dtend', endsAt],
    ] as const) {
      if (event.timeZone === 'UTC') {
        vevent.addPropertyWithValue(name, ICAL.Time.fromJSDate(new Date(moment), true));
      } else {
        const property = new ICAL.Property(name);
        property.setParameter('tzid', event.timeZone);
        property.setValue(ICAL.Time.fromDateTimeString(localDateTime(moment, event.timeZone)));
        vevent.addProperty(property);
      }
    }
    vevent.addPropertyWithValue('summary', event.summary);
    if (event.description) vevent.addPropertyWithValue('description', event.description);
    if (event.location) vevent.addPropertyWithValue('location', event.location);
    components.push(vevent);
  }
  return components.flatMap((component) =>
    component
      .toString()
      .replace(/\r\n[ \t]/g, '')
      .split('\r\n'),
  );
}
