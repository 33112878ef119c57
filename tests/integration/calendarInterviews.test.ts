import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { startPlannerCore } from '../support/plannerCore';

/**
 * Interview rounds in the .ics export as timed events in their own zone,
 * read back with ical.js. Expected moments from the published rules:
 * Berlin is UTC+1 until 01:00 UTC on 2026-03-29 and UTC+2 after it;
 * New York is UTC-4 from 2026-03-08 to 2026-11-01.
 */

let close: (() => void) | null = null;
afterEach(() => close?.());

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('interviews in the calendar file', () => {
  it('are timed events with their zone, described by a VTIMEZONE ical.js can use, next to the all-day ones', async () => {
    const p = await startPlannerCore('2026-03-11T10:00:00');
    close = () => p.core.close();
    const app = await p.call('applications:create', { company: 'Zoë & Co; "Ltd"', role: 'Designer, senior', status: 'applied' });
    const round = {
      applicationId: app.id,
      kind: 'screen',
      place: 'https://meet.example/zoë-designer-screen-with-a-long-link-to-fold',
    } as const;
    await p.call('interviews:create' as never, { ...round, date: '2026-03-27', time: '10:00', timeZone: 'Europe/Berlin' } as never);
    await p.call('interviews:create' as never, { ...round, date: '2026-03-31', time: '10:00', timeZone: 'Europe/Berlin' } as never);
    await p.call('interviews:create' as never, { ...round, date: '2026-04-02', time: '09:30', timeZone: 'America/New_York' } as never);
    await p.call('interviews:create' as never, { ...round, date: '2026-04-03', time: '15:00', timeZone: 'UTC' } as never);
    const file = await p.call('planner:exportIcs', { weekStart: '2026-03-09' });

    expect(file.content.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of file.content.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);

    const calendar = new ICAL.Component(ICAL.parse(file.content));
    for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const interviews = events.filter((event) => event.uid.startsWith('interview-'));
    expect(
      interviews.map((event) => [
        event.startDate.toJSDate().toISOString(),
        event.endDate.toJSDate().toISOString(),
        event.startDate.zone?.tzid ?? event.component.getFirstProperty('dtstart')?.getParameter('tzid'),
      ]),
    ).toEqual([
      ['2026-03-27T09:00:00.000Z', '2026-03-27T10:00:00.000Z', 'Europe/Berlin'],
      ['2026-03-31T08:00:00.000Z', '2026-03-31T09:00:00.000Z', 'Europe/Berlin'],
      ['2026-04-02T13:30:00.000Z', '2026-04-02T14:30:00.000Z', 'America/New_York'],
      ['2026-04-03T15:00:00.000Z', '2026-04-03T16:00:00.000Z', 'UTC'],
    ]);
    expect(interviews[0]?.summary).toBe('Interview: Designer, senior at Zoë & Co; "Ltd"');
    expect(interviews[0]?.location).toBe(round.place);
    // The wall time the invitation said is what the file says.
    expect(file.content).toContain('DTSTART;TZID=Europe/Berlin:20260331T100000');
    expect(calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual([
      'Europe/Berlin',
      'America/New_York',
    ]);
    // The all-day events stay all-day.
    for (const event of events.filter((one) => !one.uid.startsWith('interview-'))) expect(event.startDate.isDate).toBe(true);
    for (const vtimezone of calendar.getAllSubcomponents('vtimezone'))
      ICAL.TimezoneService.remove(String(vtimezone.getFirstPropertyValue('tzid')));
  });
});
