import { describe, expect, it } from 'vitest';
import { timedEventLines, type TimedEvent } from '../../electron/core/planner/interviewEvents';

// Interview rounds as timed iCalendar events (RFC 5545), line by line: the mutation run of interviewEvents.ts with
// calendarInterviews.test.ts (which reads the file back through ical.js) left the VTIMEZONE's observances, the
// offsets' signs, DTSTAMP in UTC and the optional lines unchecked (session 6). Transition moments are the zones'
// published rules: Berlin changes at 01:00 UTC on the last Sundays of March and October, New York at 02:00 local on
// the second Sunday of March and the first of November, London at 01:00 UTC like Berlin.

const stamp = new Date('2026-03-11T10:00:00.000Z');
const event = (overrides: Partial<TimedEvent>): TimedEvent => ({
  uid: 'interview-1@rebound.local',
  startsAt: '2026-03-31T08:00:00.000Z',
  timeZone: 'Europe/Berlin',
  minutes: 60,
  summary: 'Interview: Designer at Acme',
  ...overrides,
});

const berlin2026 = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0100',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:20260329T020000',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'DTSTART:20261025T030000',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'END:STANDARD',
  'END:VTIMEZONE',
];

describe('interview rounds as timed events', () => {
  it('in Berlin: one VTIMEZONE with the year’s two changes, the wall times in the zone, the optional lines', () => {
    const lines = timedEventLines([event({ description: 'Good luck', location: 'Room 4' })], stamp);
    expect(lines).toEqual([
      ...berlin2026,
      'BEGIN:VEVENT',
      'UID:interview-1@rebound.local',
      'DTSTAMP:20260311T100000Z',
      'DTSTART;TZID=Europe/Berlin:20260331T100000',
      'DTEND;TZID=Europe/Berlin:20260331T110000',
      'SUMMARY:Interview: Designer at Acme',
      'DESCRIPTION:Good luck',
      'LOCATION:Room 4',
      'END:VEVENT',
    ]);
  });

  it('west of Greenwich the offsets are negative; with no description or place those lines are left out', () => {
    const lines = timedEventLines([event({ timeZone: 'America/New_York', startsAt: '2026-03-31T14:00:00.000Z', minutes: 45 })], stamp);
    expect(lines).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:America/New_York',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0500',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:20260308T020000',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0400',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20261101T020000',
      'TZOFFSETFROM:-0400',
      'TZOFFSETTO:-0500',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:interview-1@rebound.local',
      'DTSTAMP:20260311T100000Z',
      'DTSTART;TZID=America/New_York:20260331T100000',
      'DTEND;TZID=America/New_York:20260331T104500',
      'SUMMARY:Interview: Designer at Acme',
      'END:VEVENT',
    ]);
  });

  it('London in winter is +0000, never -0000', () => {
    const lines = timedEventLines([event({ timeZone: 'Europe/London', startsAt: '2026-01-15T09:00:00.000Z' })], stamp);
    expect(lines.filter((line) => line.startsWith('TZOFFSET'))).toEqual([
      'TZOFFSETFROM:+0000',
      'TZOFFSETTO:+0000',
      'TZOFFSETFROM:+0000',
      'TZOFFSETTO:+0100',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0000',
    ]);
    expect(lines.filter((line) => line.startsWith('DTSTART'))).toEqual([
      'DTSTART:19700101T000000',
      'DTSTART:20260329T010000',
      'DTSTART:20261025T020000',
      'DTSTART;TZID=Europe/London:20260115T090000',
    ]);
  });

  it('south of the equator January is summer: the October change is the daylight one (Sydney)', () => {
    // Sydney leaves daylight time at 03:00 local on the first Sunday of April and enters it at 02:00 on the first of October.
    const lines = timedEventLines([event({ timeZone: 'Australia/Sydney', startsAt: '2026-05-12T00:00:00.000Z' })], stamp);
    expect(lines.slice(0, lines.indexOf('END:VTIMEZONE') + 1)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Australia/Sydney',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+1100',
      'TZOFFSETTO:+1100',
      'END:STANDARD',
      'BEGIN:STANDARD',
      'DTSTART:20260405T030000',
      'TZOFFSETFROM:+1100',
      'TZOFFSETTO:+1000',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:20261004T020000',
      'TZOFFSETFROM:+1000',
      'TZOFFSETTO:+1100',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
    ]);
  });

  it('a zone with a half hour keeps its minutes (Kolkata, +05:30, no changes)', () => {
    const lines = timedEventLines([event({ timeZone: 'Asia/Kolkata', startsAt: '2026-03-31T04:30:00.000Z' })], stamp);
    expect(lines.filter((line) => line.startsWith('TZOFFSET') || line.startsWith('DTSTART'))).toEqual([
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0530',
      'TZOFFSETTO:+0530',
      'DTSTART;TZID=Asia/Kolkata:20260331T100000',
    ]);
  });

  it('in UTC: no VTIMEZONE, the times in UTC', () => {
    expect(timedEventLines([event({ timeZone: 'UTC' })], stamp)).toEqual([
      'BEGIN:VEVENT',
      'UID:interview-1@rebound.local',
      'DTSTAMP:20260311T100000Z',
      'DTSTART:20260331T080000Z',
      'DTEND:20260331T090000Z',
      'SUMMARY:Interview: Designer at Acme',
      'END:VEVENT',
    ]);
  });

  it('rounds in two years of one zone: one VTIMEZONE, the years in order, from the earlier year’s offset', () => {
    const lines = timedEventLines(
      [
        event({ uid: 'interview-2@rebound.local', startsAt: '2027-01-12T09:00:00.000Z' }),
        event({ uid: 'interview-1@rebound.local', startsAt: '2026-03-31T08:00:00.000Z' }),
      ],
      stamp,
    );
    expect(lines.filter((line) => line === 'BEGIN:VTIMEZONE')).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith('DTSTART:'))).toEqual([
      'DTSTART:19700101T000000',
      'DTSTART:20260329T020000',
      'DTSTART:20261025T030000',
      'DTSTART:20270328T020000',
      'DTSTART:20271031T030000',
    ]);
  });

  it('a long summary comes back as one unfolded line (the calendar writer folds it later)', () => {
    const summary = `Interview: ${'Senior Staff Product Designer, Payments Platform '.repeat(3).trim()} at Acme`;
    const lines = timedEventLines([event({ timeZone: 'UTC', summary })], stamp);
    expect(lines).toContain(`SUMMARY:${summary.replace(/,/g, '\\,')}`);
  });
});
