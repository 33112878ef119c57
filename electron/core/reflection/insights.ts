import type Database from 'better-sqlite3';
import { daysBetween } from '../time/days';
import { reasonIds, stages, type Insights, type ReasonId, type Stage } from './schema';

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The earliest day on or after `from` in `applied` (sorted by day), skipping the given application's own entries. */
function firstAppliedFrom(applied: readonly { day: string; applicationId: number }[], from: string, skip: number | null): string | null {
  let low = 0;
  let high = applied.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((applied[middle] as { day: string }).day < from) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < applied.length; i += 1) {
    const entry = applied[i] as { day: string; applicationId: number };
    if (skip === null || entry.applicationId !== skip) return entry.day;
  }
  return null;
}

/**
 * What the rejections so far can teach: which reasons and stages come up,
 * how often a feedback request gets an answer, and how quickly the next
 * application followed (the bounce-back).
 */
export function insights(db: Database.Database): Insights {
  const total = db.prepare('SELECT count(*) FROM rejections').pluck().get() as number;
  const reasonCounts = new Map(
    (
      db
        .prepare(
          `SELECT j.value AS id, count(*) AS count FROM reflection_answers a, json_each(a.answers, '$.reasons') j
           WHERE a.step = 2 GROUP BY j.value`,
        )
        .all() as { id: string; count: number }[]
    ).map((row) => [row.id, row.count]),
  );
  const stageCounts = new Map(
    (db.prepare('SELECT stage AS id, count(*) AS count FROM rejections GROUP BY stage').all() as { id: string; count: number }[]).map(
      (row) => [row.id, row.count],
    ),
  );
  const feedbackRows = db.prepare('SELECT state, count(*) AS count FROM feedback_requests GROUP BY state').all() as {
    state: string;
    count: number;
  }[];
  const feedbackCount = (state: string) => feedbackRows.find((row) => row.state === state)?.count ?? 0;

  // The first application logged on or after the day the news came, other than the one that was turned down.
  // Read once and searched per rejection: a query per rejection scanned every application each time
  // (5,000 rejections over 20,000 applications took most of a minute).
  const applied = db
    .prepare(
      `SELECT applied_on AS day, id AS applicationId FROM applications WHERE applied_on IS NOT NULL
       UNION ALL
       SELECT day, application_id FROM application_status_history WHERE status = 'applied'
       ORDER BY day`,
    )
    .all() as { day: string; applicationId: number }[];
  const rejections = db.prepare('SELECT received_on AS receivedOn, application_id AS applicationId FROM rejections').all() as {
    receivedOn: string;
    applicationId: number | null;
  }[];
  const gaps: number[] = [];
  for (const rejection of rejections) {
    const next = firstAppliedFrom(applied, rejection.receivedOn, rejection.applicationId);
    if (next) gaps.push(daysBetween(rejection.receivedOn, next));
  }
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
    bounceBack: { samples: gaps.length, medianDays: median(gaps), fastestDays: gaps.length ? Math.min(...gaps) : null },
  };
}
