import type Database from 'better-sqlite3';
import type { Reminder } from './scheduler';

/**
 * What was already shown, kept in SQLite's app_meta rather than the settings
 * file: it is history about the data (which check-in, which idle stretch),
 * so it travels with the database through backups and restores; it changes
 * at every reminder, and a settings write would wake every settings listener
 * (and the scheduler itself) for nothing; and settings stay what the person
 * chose, nothing else.
 *
 * - `reminders.lastCheckedAt`: reminders up to this moment were dealt with (shown or summarized).
 * - `reminders.checkIn.<rejectionId>`: that reflection's check-in was shown (once each).
 * - `reminders.idleShownFor`: the idle stretch (its last active day) already nudged about.
 * - `reminders.interview.<interviewId>`: the start (UTC ISO) that round's evening-before reminder was
 *   shown for; a round moved to another start is reminded again.
 * - `launchAtLogin.offered`: the launch-at-login suggestion was answered or dismissed.
 */
export const ledgerKeys = {
  lastCheckedAt: 'reminders.lastCheckedAt',
  checkInPrefix: 'reminders.checkIn.',
  idleShownFor: 'reminders.idleShownFor',
  interviewPrefix: 'reminders.interview.',
  launchOffered: 'launchAtLogin.offered',
} as const;

export interface Ledger {
  lastCheckedAt: Date | null;
  checkInsShown: number[];
  idleShownFor: string | null;
  interviewsReminded: Record<number, string>;
}

function getMeta(db: Database.Database, key: string): string | null {
  const row = db.prepare('SELECT value FROM app_meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

function setMeta(db: Database.Database, key: string, value: string): void {
  db.prepare('INSERT INTO app_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function readLedger(db: Database.Database): Ledger {
  const checked = getMeta(db, ledgerKeys.lastCheckedAt);
  const at = checked ? new Date(checked) : null;
  const checkIns = db.prepare("SELECT key FROM app_meta WHERE key LIKE 'reminders.checkIn.%'").all() as { key: string }[];
  const rounds = db.prepare("SELECT key, value FROM app_meta WHERE key LIKE 'reminders.interview.%'").all() as {
    key: string;
    value: string;
  }[];
  const interviewsReminded: Record<number, string> = {};
  for (const row of rounds) {
    const id = Number(row.key.slice(ledgerKeys.interviewPrefix.length));
    if (Number.isInteger(id)) interviewsReminded[id] = row.value;
  }
  return {
    interviewsReminded,
    lastCheckedAt: at && !Number.isNaN(at.getTime()) ? at : null,
    checkInsShown: checkIns.map((row) => Number(row.key.slice(ledgerKeys.checkInPrefix.length))).filter(Number.isInteger),
    idleShownFor: getMeta(db, ledgerKeys.idleShownFor),
  };
}

/** Records that reminders up to `now` were dealt with, and which one-shot ones were shown; one transaction. */
export function recordShown(db: Database.Database, now: Date, shown: readonly Reminder[]): void {
  db.transaction(() => {
    setMeta(db, ledgerKeys.lastCheckedAt, now.toISOString());
    for (const reminder of shown) {
      if (reminder.kind === 'checkIn' && reminder.rejectionId !== undefined) {
        setMeta(db, `${ledgerKeys.checkInPrefix}${reminder.rejectionId}`, now.toISOString());
      }
      if (reminder.kind === 'idleNudge' && reminder.idleSince) setMeta(db, ledgerKeys.idleShownFor, reminder.idleSince);
      if (reminder.kind === 'interviewTomorrow' && reminder.interviewId !== undefined && reminder.startsAt) {
        setMeta(db, `${ledgerKeys.interviewPrefix}${reminder.interviewId}`, reminder.startsAt);
      }
    }
  })();
}

/** Moves the watermark only (after a settings change: a time set in the past today is not "missed"). */
export function markCheckedAt(db: Database.Database, now: Date): void {
  setMeta(db, ledgerKeys.lastCheckedAt, now.toISOString());
}

export function launchOffered(db: Database.Database): boolean {
  return getMeta(db, ledgerKeys.launchOffered) !== null;
}

export function markLaunchOffered(db: Database.Database, now: Date): void {
  setMeta(db, ledgerKeys.launchOffered, now.toISOString());
}
