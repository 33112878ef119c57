import type Database from 'better-sqlite3';
import { derivedOf } from '../db/derived';
import { reasonIds, stages, type Insights, type ReasonId, type Stage } from './schema';

/**
 * The middle of the bounce-back gaps, read from the gap index: the one or two
 * values at the middle position, never every gap.
 */
function medianGap(db: Database.Database, samples: number): number | null {
  if (samples === 0) return null;
  const middle = db
    .prepare('SELECT gap_days FROM rejection_bounce WHERE gap_days IS NOT NULL ORDER BY gap_days LIMIT ? OFFSET ?')
    .pluck()
    .all(samples % 2 ? 1 : 2, Math.floor((samples - 1) / 2)) as number[];
  return samples % 2 ? (middle[0] as number) : ((middle[0] as number) + (middle[1] as number)) / 2;
}

const countsBy = (db: Database.Database, sql: string) => new Map(db.prepare(sql).raw().all() as [string, number][]);

/**
 * What the rejections so far can teach: which reasons and stages come up,
 * how often a feedback request gets an answer, and how quickly the next
 * application followed (the bounce-back). Read from the tallies migration
 * 0003's triggers keep (reason_counts, rejection_bounce) and small grouped
 * counts, and kept until one of the tables behind them changes.
 */
export function insights(db: Database.Database): Insights {
  return derivedOf(db).get(
    'rejections:insights',
    ['rejections', 'reflection_answers', 'feedback_requests', 'applications', 'application_status_history'],
    '',
    () => readInsights(db),
  );
}

function readInsights(db: Database.Database): Insights {
  const total = db.prepare('SELECT count(*) FROM rejections').pluck().get() as number;
  const reasonCounts = countsBy(db, 'SELECT reason, mentions FROM reason_counts');
  const stageCounts = countsBy(db, 'SELECT stage, count(*) FROM rejections GROUP BY stage');
  const feedback = countsBy(db, 'SELECT state, count(*) FROM feedback_requests GROUP BY state');
  const feedbackCount = (state: string) => feedback.get(state) ?? 0;
  // A gap exists exactly when a next application does; both figures come from an index (counting the
  // generated gap column itself worked it out for every row).
  const samples = db.prepare('SELECT count(*) FROM rejection_bounce WHERE next_on IS NOT NULL').pluck().get() as number;
  const fastest = db.prepare('SELECT min(gap_days) FROM rejection_bounce').pluck().get() as number | null;
  return {
    total,
    byReason: reasonIds.map((id: ReasonId) => ({ id, count: reasonCounts.get(id) ?? 0 })).filter((row) => row.count > 0),
    byStage: stages.map((id: Stage) => ({ id, count: stageCounts.get(id) ?? 0 })).filter((row) => row.count > 0),
    feedback: {
      asked: feedbackCount('asked') + feedbackCount('answered') + feedbackCount('no_reply'),
      answered: feedbackCount('answered'),
      noReply: feedbackCount('no_reply'),
      waiting: feedbackCount('asked'),
    },
    bounceBack: { samples, medianDays: medianGap(db, samples), fastestDays: fastest },
  };
}
