import { describe, expect, it } from 'vitest';
import { checkAccelerator } from '../../electron/core/reminders/accelerator';
import { noticeFor, noticeForReminder } from '../../electron/core/reminders/notice';
import type { Reminder } from '../../electron/core/reminders/scheduler';

/**
 * A notification's words and the global shortcut's check (electron/core/reminders/notice.ts and
 * accelerator.ts), the edges the session-7 mutation run left open. No clock: every reminder is built here.
 */

const moment = new Date('2026-11-23T09:00:00Z');
const reminder = (kind: Reminder['kind'], key: string, extra: Partial<Reminder> = {}): Reminder => ({
  kind,
  key,
  at: moment,
  nav: { view: 'today' },
  ...extra,
});

describe('a notification on its own', () => {
  it('says how many follow-ups are due, one when it is not told', () => {
    expect(noticeForReminder(reminder('followUps', 'followUps:2026-11-23', { count: 3 }), moment)).toEqual({
      title: 'Follow-up time',
      body: '3 follow-ups are due. Start with the easiest one; momentum does the rest.',
      nav: { view: 'today' },
    });
    expect(noticeForReminder(reminder('followUps', 'followUps:2026-11-23'), moment).body).toBe(
      'One follow-up is due. A short, friendly note keeps you on their radar.',
    );
  });

  it('has its own words for planning, the look back and the nudge', () => {
    const nav = { view: 'plan' as const, action: 'plan-week' };
    expect(noticeForReminder(reminder('weeklyPlanning', 'weeklyPlanning:2026-11-23', { nav }), moment)).toEqual({
      title: 'A fresh week',
      body: "Five minutes to set this week's targets? Small numbers you can hit beat big ones you dread.",
      nav,
    });
    expect(noticeForReminder(reminder('weeklyReview', 'weeklyReview:2026-11-27'), moment).title).toBe('Look back at your week');
    expect(noticeForReminder(reminder('idleNudge', 'idleNudge:2026-11-20'), moment)).toEqual({
      title: "Whenever you're ready",
      body: "It's been a few quiet days. One tiny step today, even a five-minute search, gets things rolling again.",
      nav: { view: 'today' },
    });
  });
});

describe('what is due together', () => {
  it('is nothing to show when nothing is due', () => {
    expect(noticeFor([], moment)).toBeNull();
  });

  it('several days of one recurring kind say it once; two check-ins or two rounds are a summary', () => {
    const days = [reminder('followUps', 'followUps:2026-11-22', { count: 1 }), reminder('followUps', 'followUps:2026-11-23', { count: 2 })];
    expect(noticeFor(days, moment)?.title).toBe('Follow-up time');
    expect(noticeFor(days, moment)?.body).toMatch(/^2 follow-ups are due/);
    const checkIns = [reminder('checkIn', 'checkIn:1', { company: 'Acme' }), reminder('checkIn', 'checkIn:2', { company: 'Beta' })];
    expect(noticeFor(checkIns, moment)?.title).toBe('While you were away');
    const rounds = [
      reminder('interviewTomorrow', 'interviewTomorrow:1:x', { company: 'Acme', interviewId: 1, startsAt: '2026-11-24T10:00:00Z' }),
      reminder('interviewTomorrow', 'interviewTomorrow:2:y', { company: 'Beta', interviewId: 2, startsAt: '2026-11-24T15:00:00Z' }),
    ];
    expect(noticeFor(rounds, moment)?.title).toBe('While you were away');
  });

  it('a summary names each kind that came, and no other', () => {
    const body = (due: Reminder[]) => noticeFor(due, moment)?.body ?? '';
    const planAndCheckIn = body([
      reminder('weeklyPlanning', 'weeklyPlanning:2026-11-23'),
      reminder('checkIn', 'checkIn:1', { company: 'Acme' }),
    ]);
    expect(planAndCheckIn).toContain('planning your week');
    expect(planAndCheckIn).toContain('a check-in after Acme');
    for (const absent of ['follow-up', 'weekly look back', 'gentle nudge']) expect(planAndCheckIn).not.toContain(absent);
    const reviewAndNudge = body([reminder('weeklyReview', 'weeklyReview:2026-11-27'), reminder('idleNudge', 'idleNudge:2026-11-20')]);
    expect(reviewAndNudge).toContain('your weekly look back');
    expect(reviewAndNudge).toContain('a gentle nudge to get going');
    expect(reviewAndNudge).not.toContain('planning your week');
  });
});

describe('the global shortcut', () => {
  const refused = (raw: string) => {
    const check = checkAccelerator(raw);
    return check.ok ? null : check.message;
  };

  it('takes one written loosely and writes it as Electron expects', () => {
    expect(checkAccelerator('  ctrl + shift + w ')).toEqual({ ok: true, accelerator: 'Ctrl+Shift+W' });
    expect(checkAccelerator('CommandOrControl+Alt+f5')).toEqual({ ok: true, accelerator: 'CommandOrControl+Alt+F5' });
  });

  it('refuses each way one can be wrong, with its reason', () => {
    expect(refused('')).toBe('Type a shortcut, like CommandOrControl+Shift+W.');
    expect(refused('   ')).toBe('Type a shortcut, like CommandOrControl+Shift+W.');
    expect(refused('Ctrl++W')).toBe('Join the keys with a single +, like CommandOrControl+Shift+W.');
    expect(refused('Ctrl+ +W')).toBe('Join the keys with a single +, like CommandOrControl+Shift+W.');
    const key = 'End the shortcut with one ordinary key (a letter, a digit or F1–F24), like CommandOrControl+Shift+W.';
    expect(refused('Ctrl+Shift')).toBe(key);
    expect(refused('Ctrl+Banana')).toBe(key);
    expect(refused('Hyper+W')).toBe('"Hyper" is not a modifier key. Use keys like CommandOrControl, Alt or Shift.');
    expect(refused('Ctrl+ctrl+W')).toBe('Ctrl appears twice in that shortcut.');
    expect(refused('Shift+W')).toBe('Add CommandOrControl, Alt or another modifier so the shortcut never gets in the way of typing.');
  });
});
