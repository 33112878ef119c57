import type Database from 'better-sqlite3';
import { derivedOf } from '../db/derived';
import { dayNumber } from '../time/days';
import { reasonIds, stages, type Insights, type ReasonId, type Stage } from './schema';

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** A day someone applied: how many different applications, and one of them. */
interface AppliedDay {
  day: string;
  applications: number;
  one: number;
}

/** The earliest day on or after `from` in `applied` (sorted by day) with an application other than `skip`. */
function firstAppliedFrom(applied: readonly AppliedDay[], from: string, skip: number | null): string | null {
  let low = 0;
  let high = applied.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((applied[middle] as AppliedDay).day < from) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < applied.length; i += 1) {
    const entry = applied[i] as AppliedDay;
    if (entry.applications > 1 || entry.one !== skip) return entry.day;
  }
  return null;
}

/**
 * What the rejections so far can teach: which reasons and stages come up,
 * how often a feedback request gets an answer, and how quickly the next
 * application followed (the bounce-back). Worked out over every rejection and
 * application, so kept until one of those tables changes.
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
  // Read once as one row per day (SQLite groups the two covering indexes; JavaScript sees a few thousand
  // days, not every application) and searched per rejection: a query per rejection took most of a minute
  // at 5,000 rejections, and every row read whole took 30 ms.
  const applied = db
    .prepare(
      `SELECT day, count(DISTINCT application) AS applications, min(application) AS one FROM (
         SELECT applied_on AS day, id AS application FROM applications WHERE applied_on IS NOT NULL
         UNION ALL
         SELECT day, application_id FROM application_status_history WHERE status = 'applied'
       ) GROUP BY day ORDER BY day`,
    )
    .all() as AppliedDay[];
  const rejections = db.prepare('SELECT received_on AS receivedOn, application_id AS applicationId FROM rejections').all() as {
    receivedOn: string;
    applicationId: number | null;
  }[];
  const gaps: number[] = [];
  for (const rejection of rejections) {
    const next = firstAppliedFrom(applied, rejection.receivedOn, rejection.applicationId);
    if (next) gaps.push(dayNumber(next) - dayNumber(rejection.receivedOn));
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
