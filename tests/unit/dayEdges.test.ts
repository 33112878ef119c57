import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import { dayOutOfRange } from '../../electron/core/time/dayRange';
import { parseDay } from '../../electron/core/time/days';
import { isRealDay } from '../../electron/core/time/schema';

/**
 * The edges of a calendar day and of the typed-day range that the wider suites step over
 * (found by mutation testing, issue 13). Expectations from a calendar, not from the code:
 * the years 1900 to 2999 are the ones a typed day may name, and day 0 of a month is no day.
 */
describe('the years a day may name', () => {
  it.each([
    ['1900-01-01', true],
    ['1899-12-31', false],
    ['2999-12-31', true],
    ['3000-01-01', false],
    ['2026-03-00', false],
    ['2026-03-31', true],
  ])('%s is a real day: %s', (day, real) => {
    expect(isRealDay(day)).toBe(real);
  });

  it('names the day it could not read, for the log', () => {
    expect(() => parseDay('2026-02-30')).toThrow('2026-02-30');
  });
});

describe('the typed-day range checked on its own', () => {
  // Today 2026-03-10: the last day allowed is 2028-03-10.
  const today = '2026-03-10';

  it('refuses a day before 1990 beside its own field, even when the schema was skipped', () => {
    expect(dayOutOfRange(today, { day: '1989-12-31' })).toEqual({ field: 'day', message: content.views.errors.dayTooEarly });
  });

  it('passes over fields left empty and refuses the first one out of range', () => {
    expect(dayOutOfRange(today, { from: null, to: undefined, dueOn: '1970-01-01' })).toEqual({
      field: 'dueOn',
      message: content.views.errors.dayTooEarly,
    });
    expect(dayOutOfRange(today, { from: null, to: '2028-03-10' })).toBeNull();
  });
});
