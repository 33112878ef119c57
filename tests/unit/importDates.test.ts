import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guessDateFormat, readDay } from '../../electron/core/imports/dates';

/**
 * The dates other tools write, read one value at a time, and the guess of a column's order from its
 * slashed values. The zone is fixed to Tokyo (nine hours ahead of UTC, no daylight saving), so a
 * moment with a zone lands on a day worked out by hand below.
 */

const originalTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Tokyo';
});
afterAll(() => {
  process.env.TZ = originalTz;
});

describe('reading one date', () => {
  it.each([
    // ISO days, spaces around them trimmed; a day the calendar does not have is no date.
    [' 2025-03-04 ', '2025-03-04'],
    ['2025-02-30', null],
    ['2025-3-04', null],
    // A moment without a zone is the day as written, whatever the hour.
    ['2025-03-04T23:30', '2025-03-04'],
    ['2025-03-04T23:30:59', '2025-03-04'],
    ['2025-03-04T23:30:59.250', '2025-03-04'],
    ['2025-02-30T10:00', null],
    // A moment with a zone is the day it was in Tokyo: 23:30 UTC is 08:30 the next morning there.
    ['2025-03-04T23:30:00Z', '2025-03-05'],
    ['2025-03-04T23:30:00.125Z', '2025-03-05'],
    ['2025-03-04T20:00:00-05:00', '2025-03-05'],
    ['2025-03-04T23:00-0100', '2025-03-05'],
    ['2025-03-04T10:00+09:00', '2025-03-04'],
    ['2025-13-04T10:00Z', null],
    // Something that only starts like a moment is not one.
    ['2025-03-04T10:00Zulu', null],
    ['2025-03-04T10', null],
    // Epoch milliseconds, twelve or thirteen digits: 1741046400000 is 2025-03-04 00:00 UTC, 09:00 in Tokyo.
    ['1741046400000', '2025-03-04'],
    ['999999999999', '2001-09-09'],
    ['12345678901', null],
    ['17410464000000', null],
  ] as const)('reads %j as %s', (value, expected) => {
    expect(readDay(value, 'mdy')).toBe(expected);
    expect(readDay(value, 'dmy')).toBe(expected);
  });

  it.each([
    ['3/4/25', '2025-03-04', '2025-04-03'],
    ['03/04/2025', '2025-03-04', '2025-04-03'],
    ['03-04-2025', '2025-03-04', '2025-04-03'],
    [' 03/04/2025 ', '2025-03-04', '2025-04-03'],
    ['03/04/2025 10:30', '2025-03-04', '2025-04-03'],
    ['03/04/2025, 10:30', '2025-03-04', '2025-04-03'],
    ['03/04/2025T10:30', '2025-03-04', '2025-04-03'],
    ['12/31/99', '2099-12-31', null],
    ['31/12/2024', null, '2024-12-31'],
    ['03/04/2025x', null, null],
    ['03/04/202', null, null],
    ['003/04/2025', null, null],
    ['03/004/2025', null, null],
    ['0/4/2025', null, null],
  ] as const)('reads the slashed %j as %s month first and %s day first', (value, monthFirst, dayFirst) => {
    expect(readDay(value, 'mdy')).toBe(monthFirst);
    expect(readDay(value, 'dmy')).toBe(dayFirst);
  });

  it('reads dots day first whichever order the column was given, spaces and a time after them too', () => {
    expect(readDay(' 03.04.2025 10:30', 'mdy')).toBe('2025-04-03');
    expect(readDay('03.04.2025', 'dmy')).toBe('2025-04-03');
  });
});

describe("guessing a column's order", () => {
  it('takes the order that a day past twelve proves, in either place', () => {
    expect(guessDateFormat(['03/04/2025', '13/04/2025'])).toEqual({ format: 'dmy', ambiguous: false, example: '' });
    expect(guessDateFormat(['03/04/2025', '04/13/2025'])).toEqual({ format: 'mdy', ambiguous: false, example: '' });
    expect(guessDateFormat([' 13/12/2025 '])).toEqual({ format: 'dmy', ambiguous: false, example: '' });
    expect(guessDateFormat(['12/13/2025'])).toEqual({ format: 'mdy', ambiguous: false, example: '' });
  });

  it('proves nothing from a value both of whose numbers are past twelve, or the same', () => {
    expect(guessDateFormat(['13/13/2025'])).toEqual({ format: null, ambiguous: false, example: '' });
    expect(guessDateFormat(['05/05/2025', '12/12/2025'])).toEqual({ format: null, ambiguous: false, example: '' });
    expect(guessDateFormat(['2025-03-04', 'soon', ''])).toEqual({ format: null, ambiguous: false, example: '' });
  });

  it('counts twelve as a month in either place, so 12/05 and 05/12 prove nothing', () => {
    expect(guessDateFormat(['12/05/2025'])).toEqual({ format: null, ambiguous: true, example: '12/05/2025' });
    expect(guessDateFormat(['05/12/2025'])).toEqual({ format: null, ambiguous: true, example: '05/12/2025' });
  });

  it('leaves out a dotted value with spaces around it, as it does one without', () => {
    expect(guessDateFormat([' 03.04.2025 ', '05/05/2025'])).toEqual({ format: null, ambiguous: false, example: '' });
    expect(guessDateFormat([' 01.02.2025 ', '13/04/2025', '04/13/2025'])).toEqual({
      format: null,
      ambiguous: true,
      example: '13/04/2025',
    });
  });

  it('asks when a slashed value could be read both ways, quoting the first one trimmed', () => {
    expect(guessDateFormat(['05/05/2025', ' 03/04/2025 ', '06/07/2025'])).toEqual({
      format: null,
      ambiguous: true,
      example: '03/04/2025',
    });
  });

  it('asks when the values prove both orders, quoting one that could be read both ways', () => {
    expect(guessDateFormat(['13/04/2025', '04/13/2025', '06/07/2025'])).toEqual({
      format: null,
      ambiguous: true,
      example: '06/07/2025',
    });
  });

  it('quotes the first slashed value, trimmed and not dotted, when every value of a column written both ways proves one order', () => {
    expect(guessDateFormat(['2025-03-04', '01.02.2025', ' 13/04/2025 ', '04/13/2025'])).toEqual({
      format: null,
      ambiguous: true,
      example: '13/04/2025',
    });
  });
});
