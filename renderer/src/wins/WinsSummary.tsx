import { content, fillTemplate } from '../../../content';
import type { WinsSummary as Summary } from '../../../electron/core/wins/schema';

const copy = content.wins.summary;

/** This week against last week, and the streaks: the numbers on top of Wins. */
export function WinsSummary({ summary }: { summary: Summary }) {
  return (
    <section className="win-stats" aria-label={copy.heading}>
      <dl>
        <div className="stat">
          <dt>{copy.thisWeek}</dt>
          <dd>
            <span className="stat-number">{summary.thisWeek}</span>
            <span className="stat-note">{fillTemplate(copy.vsLastWeek, { lastWeek: String(summary.lastWeek) })}</span>
          </dd>
        </div>
        <div className="stat">
          <dt>{copy.dayStreak}</dt>
          <dd>
            <span className="stat-number">{summary.dayStreak}</span>
            {summary.dayStreak === 0 ? <span className="stat-note">{summary.total > 0 ? copy.streakFresh : copy.streakNone}</span> : null}
          </dd>
        </div>
        <div className="stat">
          <dt>{copy.weekStreak}</dt>
          <dd>
            <span className="stat-number">{summary.weekStreak}</span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
