import { describe, expect, it } from 'vitest';
import { noticeForReminder } from '../../electron/core/reminders/notice';
import type { Reminder } from '../../electron/core/reminders/scheduler';

const checkIn = (company: string): Reminder => ({
  kind: 'checkIn',
  key: 'checkIn:1',
  at: new Date('2026-11-27T10:00:00Z'),
  nav: { view: 'reflect' },
  company,
  rejectionId: 1,
});

describe('a check-in notice', () => {
  it.each([
    ['names the company', 'Acme', "Your breather after Acme is up. When you feel ready, the next step is waiting, and it's a short one."],
    [
      'says "that one" for a company left blank',
      '  ',
      "Your breather after that one is up. When you feel ready, the next step is waiting, and it's a short one.",
    ],
  ])('%s', (_name, company, body) => {
    expect(noticeForReminder(checkIn(company)).body).toBe(body);
  });
});
