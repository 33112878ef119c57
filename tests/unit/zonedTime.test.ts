import { describe, expect, it } from 'vitest';
import { utcToZoned, zonedToUtc } from '../../electron/core/time/zonedTime';

/**
 * Expected moments from the published rules: Europe/Berlin moves from +01:00
 * to +02:00 at 02:00 on 2026-03-29 and back at 03:00 on 2026-10-25;
 * America/New_York from -05:00 to -04:00 at 02:00 on 2026-03-08;
 * Australia/Lord_Howe moves by half an hour (+10:30 to +11:00 at 02:00 on 2026-10-04).
 */
describe('a wall time in a zone as a UTC moment', () => {
  it.each([
    ['2026-03-10', '10:00', 'Europe/Berlin', '2026-03-10T09:00:00.000Z'],
    ['2026-07-10', '10:00', 'Europe/Berlin', '2026-07-10T08:00:00.000Z'],
    ['2026-03-29', '01:59', 'Europe/Berlin', '2026-03-29T00:59:00.000Z'],
    ['2026-03-29', '03:00', 'Europe/Berlin', '2026-03-29T01:00:00.000Z'],
    // Autumn: 02:30 happens twice; the first one counts.
    ['2026-10-25', '02:30', 'Europe/Berlin', '2026-10-25T00:30:00.000Z'],
    ['2026-03-08', '09:30', 'America/New_York', '2026-03-08T13:30:00.000Z'],
    ['2026-03-07', '09:30', 'America/New_York', '2026-03-07T14:30:00.000Z'],
    ['2026-12-31', '23:30', 'UTC', '2026-12-31T23:30:00.000Z'],
    ['2026-06-01', '09:00', 'Asia/Kolkata', '2026-06-01T03:30:00.000Z'],
  ])('%s %s in %s is %s', (date, time, zone, expected) => {
    expect(zonedToUtc(date, time, zone)).toEqual({ ok: true, startsAt: expected });
  });

  it.each([
    ['2026-03-29', '02:00', 'Europe/Berlin'],
    ['2026-03-29', '02:30', 'Europe/Berlin'],
    ['2026-03-08', '02:15', 'America/New_York'],
    ['2026-10-04', '02:15', 'Australia/Lord_Howe'],
  ])('%s %s does not exist in %s', (date, time, zone) => {
    expect(zonedToUtc(date, time, zone)).toEqual({ ok: false, reason: 'gap' });
  });

  it('reads a moment back as the wall time it was typed in', () => {
    expect(utcToZoned('2026-10-25T00:30:00.000Z', 'Europe/Berlin')).toEqual({ date: '2026-10-25', time: '02:30' });
    expect(utcToZoned('2026-10-25T01:30:00.000Z', 'Europe/Berlin')).toEqual({ date: '2026-10-25', time: '02:30' });
    expect(utcToZoned('2026-03-08T13:30:00.000Z', 'America/New_York')).toEqual({ date: '2026-03-08', time: '09:30' });
  });
});

describe('the wall time read from one formatted string', () => {
  it('is the wall time Intl gives part by part, every 97 minutes of a year, in zones with and without DST', () => {
    for (const timeZone of ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC']) {
      const parts = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      });
      for (let moment = Date.UTC(2026, 0, 1); moment < Date.UTC(2027, 0, 1); moment += 97 * 60_000) {
        const of = Object.fromEntries(parts.formatToParts(new Date(moment)).map((part) => [part.type, part.value]));
        expect(utcToZoned(new Date(moment).toISOString(), timeZone)).toEqual({
          date: `${of.year}-${of.month}-${of.day}`,
          time: `${of.hour}:${of.minute}`,
        });
      }
    }
  });

  it('reads a moment again the same way after its kept reading was changed by a caller or the kept readings were emptied', () => {
    const first = utcToZoned('2026-10-25T00:30:00.000Z', 'Europe/Berlin');
    first.time = '99:99';
    first.date = 'changed';
    expect(utcToZoned('2026-10-25T00:30:00.000Z', 'Europe/Berlin')).toEqual({ date: '2026-10-25', time: '02:30' });
    // The same moment in another zone is its own reading, not the one kept for Berlin.
    expect(utcToZoned('2026-10-25T00:30:00.000Z', 'America/New_York')).toEqual({ date: '2026-10-24', time: '20:30' });
    // More distinct moments than are kept: the map is emptied on the way, and every reading is still right.
    for (let minute = 0; minute < 1500; minute += 1) {
      const moment = Date.UTC(2026, 6, 1, 0, minute);
      const wall = new Date(moment + 2 * 3_600_000); // Berlin keeps summer time (UTC+2) all of July
      const expected = {
        date: wall.toISOString().slice(0, 10),
        time: wall.toISOString().slice(11, 16),
      };
      expect(utcToZoned(new Date(moment).toISOString(), 'Europe/Berlin')).toEqual(expected);
    }
    expect(utcToZoned('2026-10-25T00:30:00.000Z', 'Europe/Berlin')).toEqual({ date: '2026-10-25', time: '02:30' });
  });
});
