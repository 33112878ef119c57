/**
 * A wall-clock time in a named zone ("10:00 in Europe/Berlin on 2026-03-29")
 * as a UTC moment, and back, with Intl only. A wall time that does not exist
 * there (the hour the clocks skip in spring) is reported, never moved: the
 * person decides. A time that happens twice (autumn) is the first of the two.
 */

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** en-US's numeric reading with h23, "11/20/2026, 14:05": one string, where formatToParts built nine objects. */
const usWallTime = /^(\d{1,2})\/(\d{1,2})\/(\d+), (\d{1,2}):(\d{2})$/;

function wallTimeAt(epochMs: number, timeZone: string): WallTime {
  const formatter = formatterFor(timeZone);
  const date = new Date(epochMs);
  // format() is about a third of formatToParts' cost (6 µs against 14 a row, most of an interview list's
  // own work); should an ICU ever write it otherwise, the parts still answer.
  const match = usWallTime.exec(formatter.format(date));
  if (match) {
    return { year: Number(match[3]), month: Number(match[1]), day: Number(match[2]), hour: Number(match[4]), minute: Number(match[5]) };
  }
  const parts = Object.fromEntries(formatter.formatToParts(date).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

const asUtc = (wall: WallTime) => Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);

/** The zone's offset from UTC at a moment, in ms. */
export const offsetAt = (epochMs: number, timeZone: string) => asUtc(wallTimeAt(epochMs, timeZone)) - Math.floor(epochMs / 60000) * 60000;

export type ZonedResult = { ok: true; startsAt: string } | { ok: false; reason: 'gap' };

/** `date` YYYY-MM-DD and `time` HH:MM on the clocks of `timeZone`, as an ISO UTC string. */
export function zonedToUtc(date: string, time: string, timeZone: string): ZonedResult {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  // The offsets either side of the moment: trying both finds the earlier of two readings, and shows a gap.
  const candidates = [wanted - offsetAt(wanted - 86_400_000, timeZone), wanted - offsetAt(wanted + 86_400_000, timeZone)]
    .filter((moment) => asUtc(wallTimeAt(moment, timeZone)) === wanted)
    .sort((a, b) => a - b);
  const first = candidates[0];
  return first === undefined ? { ok: false, reason: 'gap' } : { ok: true, startsAt: new Date(first).toISOString() };
}

/**
 * Readings already made, by moment and zone: Today, the tray and a side panel read the same few rounds again
 * and again, and Intl's format is most of an interview read's own work (6 µs a row, where the SQL is about 10).
 * A moment's wall time in a zone never changes while the app runs, so a reading can be kept; the map is
 * emptied when it holds 1,024, which ten years of rounds on one screen never reach.
 */
const readings = new Map<string, Readonly<{ date: string; time: string }>>();
const keptReadings = 1024;

/** The wall-clock day and time of a UTC moment in `timeZone`. */
export function utcToZoned(startsAt: string, timeZone: string): { date: string; time: string } {
  const key = `${startsAt} ${timeZone}`;
  const kept = readings.get(key);
  if (kept) return { date: kept.date, time: kept.time };
  const wall = wallTimeAt(Date.parse(startsAt), timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  const reading = { date: `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`, time: `${pad(wall.hour)}:${pad(wall.minute)}` };
  if (readings.size >= keptReadings) readings.clear();
  readings.set(key, Object.freeze({ ...reading }));
  return reading;
}
