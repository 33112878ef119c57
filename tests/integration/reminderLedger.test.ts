import { afterEach, describe, expect, it } from 'vitest';
import { markCheckedAt, readLedger, recordShown } from '../../electron/core/reminders/ledger';
import type { Reminder } from '../../electron/core/reminders/scheduler';
import { startPlannerCore } from '../support/plannerCore';

/**
 * What was already shown (electron/core/reminders/ledger.ts, kept in app_meta), the edges the session-7
 * mutation run left open: each kind writes only its own row, and rows that do not parse are not read back.
 * Fixed moments; nothing waits on time.
 */

let close: (() => void) | null = null;
afterEach(() => close?.());

async function store() {
  const p = await startPlannerCore('2026-11-24T12:00:00Z');
  close = () => p.core.close();
  const rows = () =>
    p.core.db.prepare("SELECT key, value FROM app_meta WHERE key LIKE 'reminders.%' ORDER BY key").all() as {
      key: string;
      value: string;
    }[];
  return { db: p.core.db, rows };
}

const shownAt = new Date('2026-11-24T12:00:00Z');
const base = { at: shownAt, nav: { view: 'today' as const } };

describe('the reminder ledger', () => {
  it('writes the watermark and one row per one-shot reminder shown, nothing for the recurring ones', async () => {
    const { db, rows } = await store();
    const shown: Reminder[] = [
      { ...base, kind: 'weeklyPlanning', key: 'weeklyPlanning:2026-11-23' },
      { ...base, kind: 'followUps', key: 'followUps:2026-11-24', count: 2 },
      { ...base, kind: 'checkIn', key: 'checkIn:7', company: 'Acme', rejectionId: 7 },
      { ...base, kind: 'idleNudge', key: 'idleNudge:2026-11-20', idleSince: '2026-11-20' },
      {
        ...base,
        kind: 'interviewTomorrow',
        key: 'interviewTomorrow:5:x',
        company: 'Beta',
        interviewId: 5,
        startsAt: '2026-11-25T10:00:00.000Z',
      },
    ];
    recordShown(db, shownAt, shown);
    expect(rows()).toEqual([
      { key: 'reminders.checkIn.7', value: '2026-11-24T12:00:00.000Z' },
      { key: 'reminders.idleShownFor', value: '2026-11-20' },
      { key: 'reminders.interview.5', value: '2026-11-25T10:00:00.000Z' },
      { key: 'reminders.lastCheckedAt', value: '2026-11-24T12:00:00.000Z' },
    ]);
    expect(readLedger(db)).toEqual({
      lastCheckedAt: shownAt,
      checkInsShown: [7],
      idleShownFor: '2026-11-20',
      interviewsReminded: { 5: '2026-11-25T10:00:00.000Z' },
    });
  });

  it('moves only the watermark after a settings change', async () => {
    const { db, rows } = await store();
    markCheckedAt(db, new Date('2026-11-24T13:00:00Z'));
    expect(rows()).toEqual([{ key: 'reminders.lastCheckedAt', value: '2026-11-24T13:00:00.000Z' }]);
  });

  it('does not read back rows that do not parse (a damaged or hand-edited app_meta)', async () => {
    const { db } = await store();
    const put = db.prepare('INSERT INTO app_meta (key, value) VALUES (?, ?)');
    put.run('reminders.lastCheckedAt', 'yesterday-ish');
    put.run('reminders.checkIn.abc', '2026-11-24T12:00:00.000Z');
    put.run('reminders.checkIn.3', '2026-11-24T12:00:00.000Z');
    put.run('reminders.interview.x1', '2026-11-25T10:00:00.000Z');
    expect(readLedger(db)).toEqual({ lastCheckedAt: null, checkInsShown: [3], idleShownFor: null, interviewsReminded: {} });
  });
});
