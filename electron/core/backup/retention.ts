import { format } from 'date-fns';
import { dayOf } from '../time/days';

export interface BackupStamp {
  path: string;
  takenAt: Date;
}

export interface RetentionPolicy {
  daily: number;
  weekly: number;
  monthly: number;
}

export const defaultRetention: RetentionPolicy = { daily: 7, weekly: 4, monthly: 6 };

/**
 * Which automatic backups to keep: the newest of each of the last `daily`
 * days that have one, then of the last `weekly` ISO weeks, then of the last
 * `monthly` months. Everything else may be deleted. Pure, so the table of
 * cases in its test is the whole story.
 */
export function backupsToKeep(backups: readonly BackupStamp[], policy: RetentionPolicy = defaultRetention): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const keep = new Set<string>();
  const buckets: [(date: Date) => string, number][] = [
    [(date) => dayOf(date), policy.daily],
    [(date) => format(date, "RRRR-'W'II"), policy.weekly],
    [(date) => format(date, 'yyyy-MM'), policy.monthly],
  ];
  for (const [bucketOf, limit] of buckets) {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      if (seen.size >= limit) break;
      const bucket = bucketOf(backup.takenAt);
      if (seen.has(bucket)) continue;
      seen.add(bucket);
      keep.add(backup.path);
    }
  }
  return keep;
}
